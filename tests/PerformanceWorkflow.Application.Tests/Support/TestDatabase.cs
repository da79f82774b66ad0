using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerformanceWorkflow.Application;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>
/// A real database, migrated, with the application's services around it; deleted afterwards. A SQLite file, or, in the
/// PostgreSQL build of these tests (POSTGRESQL), a database of a throwaway cluster named after the would-be file.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly bool ownsFile;

    private TestDatabase(string path, string connection, ServiceProvider services, bool ownsFile)
    {
        FilePath = path;
        Connection = connection;
        Services = services;
        this.ownsFile = ownsFile;
    }

#if POSTGRESQL
    public const bool IsPostgreSql = true;
#else
    public const bool IsPostgreSql = false;
#endif

    /// <summary>The SQLite file, or the name the PostgreSQL database is derived from.</summary>
    public string FilePath { get; }

    /// <summary>What `pw --db` takes to reach this database: the file, or the connection string.</summary>
    public string Connection { get; }

    /// <summary>This database's own pickup folder: the emails it sends, as .eml files.</summary>
    public string MailDirectory => FilePath + ".mail";

    public ServiceProvider Services { get; }

    public static Task<TestDatabase> CreateAsync(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pw-tests");
        Directory.CreateDirectory(directory);
        return OpenAsync(Path.Combine(directory, $"{Guid.NewGuid():N}.db"), time, settings, ownsFile: true);
    }

    /// <summary>A service over an existing (or new) database file: a restart, when the file was used before.</summary>
    public static async Task<TestDatabase> OpenAsync(string path, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null, bool ownsFile = false)
    {
        var directory = Path.GetDirectoryName(path)!;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DemoData:ImportReferencePlanOnEmptyDatabase"] = "false",
            ["Email:PickupDirectory"] = path + ".mail",
            ["Email:JournalDirectory"] = path + ".outbox",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var connection = await ConnectionAsync(path);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddPerformanceWorkflow(configuration, directory, connection);
        if (time is not null)
        {
            services.Replace(ServiceDescriptor.Singleton(time));
        }

        var provider = services.BuildServiceProvider(validateScopes: true);
        var database = new TestDatabase(path, connection, provider, ownsFile);
        await database.RunAsync(sp => sp.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None));
        return database;
    }

    public async Task RunAsync(Func<IServiceProvider, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

#if POSTGRESQL
    /// <summary>The database of the shared cluster that stands for <paramref name="path"/>, created on first use.</summary>
    private static async Task<string> ConnectionAsync(string path)
    {
        var cluster = await Cli.Bench.PostgresCluster.SharedAsync();
        var name = DatabaseName(path);
        return await cluster.ExistsAsync(name) ? cluster.ConnectionString(name) : await cluster.CreateDatabaseAsync(name);
    }

    private static string DatabaseName(string path) =>
        "pw_" + new string([.. Path.GetFileNameWithoutExtension(path).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
#else
    private static Task<string> ConnectionAsync(string path) => Task.FromResult(path);
#endif

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!ownsFile)
        {
            return;
        }

#if POSTGRESQL
        await (await Cli.Bench.PostgresCluster.SharedAsync()).DropDatabaseAsync(DatabaseName(FilePath));
#endif
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }

        foreach (var folder in new[] { MailDirectory, FilePath + ".outbox" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
