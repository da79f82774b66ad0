using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Features.Plan.Demo;

namespace PerformanceWorkflow.Application.Data;

/// <summary>Settings of section "DemoData".</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>On first start with an empty database, import the reference PIAO as demo data.</summary>
    public bool ImportReferencePlanOnEmptyDatabase { get; set; } = true;
}

/// <summary>Creates and migrates the database on start, and loads the demo plan into an empty one.</summary>
public sealed partial class DatabaseInitializer(AppDbContext db, DemoPlanSeeder demo, IOptions<DemoDataOptions> demoOptions, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var directory = Path.GetDirectoryName(dataSource);
            if (!string.IsNullOrEmpty(directory) && dataSource != ":memory:")
            {
                Directory.CreateDirectory(directory);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits, and makes writes 4–5× faster (docs/architecture).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (demoOptions.Value.ImportReferencePlanOnEmptyDatabase && !await db.Departments.AnyAsync(cancellationToken))
        {
            var result = await demo.SeedAsync(cancellationToken);
            LogDemo(logger, result.Summary.Indicators, result.Summary.Warnings.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database empty: demo plan imported ({Indicators} indicators, {Warnings} warnings to review).")]
    private static partial void LogDemo(ILogger logger, int indicators, int warnings);
}
