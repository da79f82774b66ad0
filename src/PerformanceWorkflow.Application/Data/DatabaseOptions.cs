using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PerformanceWorkflow.Application.Data;

/// <summary>Which database engine the service uses.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file under data/: zero set-up, the default.</summary>
    Sqlite,

    /// <summary>SQL Server, the production default, for several instances of the service.</summary>
    SqlServer,

    /// <summary>PostgreSQL (15 or later), for production and several instances where the Comune runs it.</summary>
    PostgreSql,
}

/// <summary>Settings of section "Database" (the connection string is ConnectionStrings:Default).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string DefaultSqliteConnection = "Data Source=data/performance.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string with relative SQLite paths made absolute against <paramref name="basePath"/>.</summary>
    public static string Resolve(DatabaseProvider provider, string? connectionString, string basePath)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException($"Database:Provider è {provider} ma ConnectionStrings:Default è vuota: indicare la stringa di connessione al server.")
                : connectionString;
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString);
        if (builder.DataSource.Length > 0 && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(basePath, builder.DataSource));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The provider a connection given on the command line (`pw --db`) is meant for: a path is a SQLite file,
    /// <c>Host=</c> is PostgreSQL, <c>Server=</c> is SQL Server, <c>Data Source=</c> a SQLite file; null when unclear.
    /// </summary>
    public static DatabaseProvider? Recognize(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!connection.Contains('=', StringComparison.Ordinal))
        {
            return DatabaseProvider.Sqlite;
        }

        var keys = connection.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2)[0].Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        return keys.Contains("HOST") ? DatabaseProvider.PostgreSql
            : keys.Contains("SERVER") || keys.Contains("INITIAL CATALOG") ? DatabaseProvider.SqlServer
            : keys.Contains("DATA SOURCE") && !keys.Contains("USER ID") ? DatabaseProvider.Sqlite
            : null;
    }

    /// <summary>Points EF at the provider and at the migrations assembly kept for it.</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("PerformanceWorkflow.Migrations.Sqlite"));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly("PerformanceWorkflow.Migrations.SqlServer").EnableRetryOnFailure());
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly("PerformanceWorkflow.Migrations.PostgreSql").EnableRetryOnFailure());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Provider sconosciuto.");
        }
    }
}
