using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PerformanceWorkflow.Application.Data;

/// <summary>Which database engine the service uses.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file under data/: zero set-up, the default.</summary>
    Sqlite,

    /// <summary>SQL Server, for production and for several instances of the service.</summary>
    SqlServer,
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
        if (provider == DatabaseProvider.SqlServer)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Database:Provider è SqlServer ma ConnectionStrings:Default è vuota: indicare la stringa di connessione a SQL Server.")
                : connectionString;
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString);
        if (builder.DataSource.Length > 0 && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(basePath, builder.DataSource));
        }

        return builder.ToString();
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
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Provider sconosciuto.");
        }
    }
}
