using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerformanceWorkflow.Application;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PerformanceWorkflow.Cli;

/// <summary>Exit codes of `pw`: the contract scripts rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int Usage = 2;
}

/// <summary>
/// Builds the application for one command: the same registrations as the service, the database given with --db
/// (a SQLite file path or a connection string; default: the configured one), created and migrated when needed.
/// </summary>
internal static class CliHost
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <param name="db">--db: a SQLite file or a connection string.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="initialize">Create and migrate the database first (not for `pw db restore`, which replaces it).</param>
    public static async Task<ServiceProvider> OpenAsync(string? db, CancellationToken cancellationToken, bool initialize = true)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection([new("DemoData:ImportReferencePlanOnEmptyDatabase", "false")])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error));
        services.AddPerformanceWorkflow(configuration, Directory.GetCurrentDirectory(), db);

        // The operator's tool acts with the rights of whoever can reach the database, under his name on the record.
        services.Replace(ServiceDescriptor.Singleton<IActorAccessor>(new FixedActorAccessor(Operator)));
        var provider = services.BuildServiceProvider(validateScopes: true);
        if (initialize)
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        }

        return provider;
    }

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>An import's messages, one a line with its line number, as the values and staff imports print them.</summary>
    public static void WriteMessages(IEnumerable<PerformanceWorkflow.Application.Features.Plan.Import.ImportMessage> messages)
    {
        var it = System.Globalization.CultureInfo.GetCultureInfo("it-IT");
        foreach (var m in messages)
        {
            Console.WriteLine($"  {(m.Line is { } l ? string.Create(it, $"riga {l}") : "file")}: {(m.Kind == PerformanceWorkflow.Application.Features.Plan.Import.ImportMessageKind.Error ? "ERRORE" : "avviso")}: {m.Message}");
        }
    }

    /// <summary>The operator running `pw`, as recorded on the audit trail and on values.</summary>
    public static Actor Operator { get; } = Actor.System($"cli:{Environment.UserName}");
}
