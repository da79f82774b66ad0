using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Plan.Demo;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Domain.Monitoring;

namespace PerformanceWorkflow.Application.Data;

/// <summary>Settings of section "DemoData".</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>On first start with an empty database, import the reference PIAO as demo data.</summary>
    public bool ImportReferencePlanOnEmptyDatabase { get; set; } = true;

    /// <summary>With the demo plan, sample values for its first two rounds, so that the scores pages have something to show.</summary>
    public bool IncludeSampleValues { get; set; } = true;

    /// <summary>One demo user per role (password in the README). On in Development only, unless configured.</summary>
    public bool CreateDemoUsers { get; set; }

    /// <summary>
    /// On the first start with the demo plan, set the current year in motion: its plan approved and its current round
    /// open, with tasks, emails and schede (<see cref="Features.Plan.Demo.DemoCurrentYear"/>). On in Development only.
    /// </summary>
    public bool CurrentYearInProgress { get; set; }
}

/// <summary>Creates and migrates the database on start, and loads the demo plan into an empty one.</summary>
public sealed partial class DatabaseInitializer(AppDbContext db, DemoPlanSeeder demo, DemoCurrentYear currentYear, DemoUsersSeeder demoUsers, StaffImportHandler staff, IOptions<DemoDataOptions> demoOptions, WorkflowCatalog workflows, TimeProvider time, ILogger<DatabaseInitializer> logger)
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

        // EF takes a migration lock before it looks for work; on SQLite that lock is a row, and a process killed while
        // holding it (a pw command stopped during its start) would leave every later start waiting on it. An up-to-date
        // database needs no lock at all, and a lock older than any migration of ours is a dead process's.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            if (db.Database.IsSqlite())
            {
                await ReleaseStaleSqliteMigrationLockAsync(cancellationToken);
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits, and makes writes 4–5× faster (docs/architecture).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Running instances keep the definition text they started on; a changed version with instances stops here.
        await WorkflowVersions.RegisterAsync(db, workflows, time.GetUtcNow().UtcDateTime, cancellationToken);

        // Years created before rounds existed get the default cycle calendar.
        var withoutRounds = await db.PlanYears.Where(y => !db.MonitoringRounds.Any(r => r.Year == y.Year)).Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var year in withoutRounds)
        {
            db.MonitoringRounds.AddRange(MonitoringRound.DefaultCalendar(year));
        }

        if (withoutRounds.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await demoUsers.EnsureRolesAsync();
        var seeded = false;
        if (demoOptions.Value.ImportReferencePlanOnEmptyDatabase && !await db.Departments.AnyAsync(cancellationToken))
        {
            var result = await demo.SeedAsync(demoOptions.Value.IncludeSampleValues, cancellationToken);
            seeded = result.Applied;
            LogDemo(logger, result.Summary.Indicators, result.Summary.Warnings.Count);
        }

        if (demoOptions.Value.CreateDemoUsers)
        {
            await demoUsers.SeedAsync(cancellationToken);
            if (await db.Departments.AnyAsync(cancellationToken) && !await db.Staff.AnyAsync(cancellationToken))
            {
                // The demo's people to evaluate go through the real importer, like an office's file: the directors and
                // the unit head of the chart, an EQ per unit, three employees a unit, and the demo employee.
                var people = await StaffGenerator.ForPlanAsync(db, 1, 3, [("dipendente", RoleGroup.Staff, "U.O.C. Lavori Pubblici-Patrimonio")], cancellationToken);
                var imported = await staff.ImportAsync(new StaffImportRequest(StaffGenerator.ToCsv(people), "personale-demo.csv", false, "demo"), cancellationToken);
                LogDemoStaff(logger, imported.Added, imported.Messages.Count(m => m.Kind == ImportMessageKind.Error));
            }
        }

        // After the demo's people, who own the schede the round gives out.
        if (seeded && demoOptions.Value.CurrentYearInProgress && await currentYear.StartAsync(cancellationToken) is { } started)
        {
            LogDemoYear(logger, started.Year, started.Round);
        }
    }

    /// <summary>Deletes EF's SQLite migration lock when it is older than <see cref="StaleMigrationLock"/>: its holder is gone.</summary>
    private async Task ReleaseStaleSqliteMigrationLockAsync(CancellationToken cancellationToken)
    {
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").ToListAsync(cancellationToken);
        if (tables.Count == 0)
        {
            return;
        }

        var stamps = await db.Database.SqlQueryRaw<string>("SELECT CAST(\"Timestamp\" AS TEXT) AS \"Value\" FROM \"__EFMigrationsLock\"").ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (stamps.Count > 0 && stamps.TrueForAll(t => DateTimeOffset.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) && now - at > StaleMigrationLock))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
            LogStaleLock(logger, stamps[0]);
        }
    }

    /// <summary>Longer than any migration of this service takes on SQLite.</summary>
    private static readonly TimeSpan StaleMigrationLock = TimeSpan.FromMinutes(5);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blocco delle migrazioni del {Since} lasciato da un processo interrotto: rimosso.")]
    private static partial void LogStaleLock(ILogger logger, string since);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo staff imported ({People} people, {Errors} errors).")]
    private static partial void LogDemoStaff(ILogger logger, int people, int errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database empty: demo plan imported ({Indicators} indicators, {Warnings} warnings to review).")]
    private static partial void LogDemo(ILogger logger, int indicators, int warnings);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: the plan {Year} approved and its round {Round} open, with its tasks and emails.")]
    private static partial void LogDemoYear(ILogger logger, int year, int round);
}
