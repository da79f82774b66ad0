using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Cli.Bench;

namespace PerformanceWorkflow.Application.Tests.Reliability;

/// <summary>
/// The short crash drill of docs/reliability.md, on this build's database (SQLite, or PostgreSQL in the PostgreSQL
/// build): the service killed with SIGKILL three times during a fan-out of 2,000 emails, then restarted to the end.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pw-crash-test-").FullName;

    [Fact]
    public async Task Killed_during_a_fan_out_the_service_loses_no_email_and_repeats_at_most_one_per_kill()
    {
        var provider = TestDatabase.IsPostgreSql ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var ledger = await new CrashDrill(folder, _ => { }).RunAsync(provider, kills: 3, emails: 2000, seed: 7, CancellationToken.None);

        Assert.Equal(2000, ledger.Emails);
        Assert.Equal(0, ledger.Lost);
        Assert.Equal(2000, ledger.Delivered);
        Assert.True(ledger.MaxDuplicatesPerKill <= 1, $"{ledger.Duplicates} doppie, fino a {ledger.MaxDuplicatesPerKill} dopo un arresto");
        Assert.True(ledger.IntegrityOk, ledger.Integrity);
        Assert.True(ledger.AuditOk);
    }

    [Fact]
    public void Repeats_are_counted_against_the_kill_that_preceded_them()
    {
        string[] arrivals = ["a", "b", "c", "c", "d", "a", "b", "e"];

        // Kills after the 3rd and the 5th arrival: the second run repeats c, the third repeats a and b.
        Assert.Equal(2, CrashDrill.MaxRepeatsAfterAKill(arrivals, [3, 5]));
        Assert.Equal(0, CrashDrill.MaxRepeatsAfterAKill(["a", "b"], [1]));
    }

    [Fact]
    public async Task Killed_in_the_middle_of_a_plan_import_or_a_recomputation_pw_leaves_nothing_half_written()
    {
        // A plan of a Comune (generated in a SQLite file whatever the database under test), exported as an office would send it.
        var generated = Path.Combine(folder, "generato.db");
        var workbook = Path.Combine(folder, "piano.xlsx");
        Assert.Equal(0, (await Pw.RunAsync("plan", "generate", "--preset", "comune", "--year", "2026", "--db", generated)).Exit);
        Assert.Equal(0, (await Pw.RunAsync("plan", "export", workbook, "--db", generated)).Exit);

        // How long a whole import takes, and what it leaves.
        var whole = Path.Combine(folder, "intero.db");
        var watch = Stopwatch.StartNew();
        Assert.Equal(0, (await Pw.RunAsync("plan", "import", workbook, "--db", await ConnectionAsync(whole))).Exit);
        var duration = watch.Elapsed;
        var complete = await PlanCountsAsync(whole);

        // Killed at three moments of an import into a database that exists: each time nothing of it, or all of it.
        var interrupted = 0;
        foreach (var (fraction, n) in new[] { 0.4, 0.7, 0.9 }.Select((f, n) => (f, n)))
        {
            var target = Path.Combine(folder, $"destinazione{n}.db");
            interrupted += await Pw.KillAfterAsync(duration * fraction, "plan", "import", workbook, "--db", await ConnectionAsync(target)) ? 1 : 0;
            await using var db = await TestDatabase.OpenAsync(target);
            await AssertSoundAsync(db);
            var counts = await PlanCountsAsync(target);
            Assert.True(counts == (0, 0, 0) || counts == complete, $"Import interrotto a metà: {counts}, atteso nulla o {complete}.");
        }

        Assert.True(interrupted > 0, "pw plan import è sempre finito prima di essere interrotto");
#if !POSTGRESQL

        // The recomputation killed while it computes and stores: every stored report is whole, and the next
        // recomputation finishes what was left (on the generated plan with its values: SQLite only).
        watch.Restart();
        Assert.Equal(0, (await Pw.RunAsync("score", "--year", "2026", "--recompute", "--db", whole)).Exit);
        var recomputation = watch.Elapsed;
        await Pw.KillAfterAsync(recomputation * 0.8, "score", "--year", "2026", "--recompute", "--db", generated);
        await using (var db = await TestDatabase.OpenAsync(generated))
        {
            await AssertSoundAsync(db);
            await db.RunAsync(async sp =>
            {
                var scores = sp.GetRequiredService<Features.Scoring.ScoreService>();
                var context = sp.GetRequiredService<AppDbContext>();
                var rounds = await context.MonitoringRounds.AsNoTracking().Where(r => r.Year == 2026).Select(r => r.Id).ToListAsync();
                foreach (var round in rounds)
                {
                    // A stored report reads back whole, whether of the old version or of the new one.
                    _ = await scores.GetAsync(2026, round, CancellationToken.None);
                }

                await scores.RecomputeYearAsync(2026, CancellationToken.None);
                foreach (var round in rounds.Where(r => context.Measurements.Any(m => m.RoundId == r)))
                {
                    Assert.True((await scores.FreshnessAsync(2026, round, CancellationToken.None)).Fresh);
                }
            });
        }
#endif
    }

#if !POSTGRESQL
    [Fact]
    public async Task A_migration_lock_left_by_a_killed_process_does_not_stop_the_next_start()
    {
        // What EF leaves on SQLite when a process is killed while it migrates: its lock row, a day old.
        var file = Path.Combine(folder, "bloccato.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); " +
                "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '" + DateTimeOffset.UtcNow.AddDays(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "');";
            await command.ExecuteNonQueryAsync();
        }

        await using var db = await TestDatabase.OpenAsync(file).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.NotEmpty(await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Database.GetAppliedMigrationsAsync()));
    }
#endif

    /// <summary>The database standing for <paramref name="path"/>, created and migrated empty, as pw's --db reaches it.</summary>
    private static async Task<string> ConnectionAsync(string path)
    {
        await using var db = await TestDatabase.OpenAsync(path);
        return db.Connection;
    }

    private static async Task<(int Departments, int Indicators, int Imports)> PlanCountsAsync(string file)
    {
        await using var db = await TestDatabase.OpenAsync(file);
        return await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            return (await context.Departments.CountAsync(), await context.Indicators.CountAsync(), await context.AuditEntries.CountAsync(e => e.Action == "plan.import"));
        });
    }

    private static async Task AssertSoundAsync(TestDatabase db)
    {
        var (ok, message) = await db.RunAsync(sp => DatabaseChecks.IntegrityAsync(sp.GetRequiredService<AppDbContext>(), CancellationToken.None));
        Assert.True(ok, message);
        var chain = await db.RunAsync(sp => sp.GetRequiredService<AuditQueries>().VerifyAsync(CancellationToken.None));
        Assert.True(chain.Intact, chain.Message);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
