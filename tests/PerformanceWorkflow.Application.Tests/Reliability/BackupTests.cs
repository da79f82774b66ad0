using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Cli.Bench;

namespace PerformanceWorkflow.Application.Tests.Reliability;

/// <summary>The restore drill: a copy taken while the service writes, restored, checked and served.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pw-backup-test-").FullName;

#if POSTGRESQL
    [Fact]
    public async Task On_a_server_database_pw_db_backup_says_how_to_use_its_own_tools_and_refuses()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (exit, output) = await Pw.RunAsync("db", "backup", Path.Combine(folder, "copia.db"), "--db", db.Connection);

        Assert.Equal(2, exit);
        Assert.Contains("pg_dump --format=custom", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "copia.db")));
    }
#else
    [Fact]
    public async Task A_copy_taken_during_writes_restores_whole_and_the_service_starts_on_it()
    {
        var live = Path.Combine(folder, "vivo.db");
        await using var db = await TestDatabase.OpenAsync(live);

        // A writer appends to the audit chain without pause while `pw db backup` copies the file.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                await db.RunAsync(sp => sp.GetRequiredService<AuditTrail>().RecordAsAsync("test", "test.write", "Prova", ++written, null, new { written }, CancellationToken.None));
            }

            return written;
        });
        await WaitForAsync(db, rows: 20);
        var copy = Path.Combine(folder, "copia.db");
        var (exit, output) = await Pw.RunAsync("db", "backup", copy, "--db", live);
        Assert.True(exit == 0, output);
        Assert.Contains("Copia scritta", output, StringComparison.Ordinal);
        await WaitForAsync(db, rows: (await CountAsync(db)) + 20);
        await stop.CancelAsync();
        var writtenInAll = await writer;

        // A second copy never overwrites the first.
        Assert.Equal(1, (await Pw.RunAsync("db", "backup", copy, "--db", live)).Exit);

        var restored = Path.Combine(folder, "ripristinato.db");
        (exit, output) = await Pw.RunAsync("db", "restore", copy, "--db", restored);
        Assert.True(exit == 0, output);
        await using var back = await TestDatabase.OpenAsync(restored);
        var (integrityOk, integrity) = await back.RunAsync(sp => DatabaseChecks.IntegrityAsync(sp.GetRequiredService<AppDbContext>(), CancellationToken.None));
        Assert.True(integrityOk, integrity);
        var verification = await back.RunAsync(sp => sp.GetRequiredService<AuditQueries>().VerifyAsync(CancellationToken.None));
        Assert.True(verification.Intact, verification.Message);

        // The copy is one moment: the chain's head and its rows agree, and the writer went on after it.
        var (rows, head) = await back.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            return (await context.AuditEntries.CountAsync(), (await context.AuditHeads.SingleAsync()).LastId);
        });
        Assert.Equal(head, rows);
        Assert.InRange(rows, 20, writtenInAll - 1);
        Assert.Equal(0, (await Pw.RunAsync("audit", "verify", "--db", restored)).Exit);

        // The service starts on the restored file and says it is ready.
        var dll = WebService.Locate();
        Assert.NotNull(dll);
        await using (var service = await WebService.StartAsync(dll, restored, jobs: true, CancellationToken.None))
        {
            using var client = service.Client();
            Assert.True((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode);

            // While it runs, restoring over its file is refused, naming it.
            (exit, output) = await Pw.RunAsync("db", "restore", copy, "--db", restored);
            Assert.Equal(1, exit);
            Assert.Contains("fermarlo prima di ripristinare", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_copy_of_this_service_is_not_restored()
    {
        var target = Path.Combine(folder, "vivo.db");
        await using (await TestDatabase.OpenAsync(target))
        {
        }

        var garbage = Path.Combine(folder, "non-una-copia.db");
        await File.WriteAllTextAsync(garbage, "questo non è un database");
        var (exit, output) = await Pw.RunAsync("db", "restore", garbage, "--db", target);

        Assert.Equal(1, exit);
        Assert.Contains("non ripristinat", output, StringComparison.Ordinal);
        Assert.Equal(0, (await Pw.RunAsync("audit", "verify", "--db", target)).Exit);
    }

    [Fact]
    public async Task The_nightly_job_keeps_only_the_newest_copies()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 1, 30, 0, TimeSpan.Zero));
        await using var db = await TestDatabase.OpenAsync(Path.Combine(folder, "notte.db"), clock, new Dictionary<string, string?> { ["Backup:Directory"] = "copie", ["Backup:Keep"] = "3" });
        for (var night = 0; night < 5; night++)
        {
            await db.RunAsync(sp => sp.GetRequiredService<DatabaseBackup>().NightlyAsync(CancellationToken.None));
            clock.Advance(TimeSpan.FromDays(1));
        }

        var kept = Directory.GetFiles(Path.Combine(folder, "copie")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["notte-20261203-013000.db", "notte-20261204-013000.db", "notte-20261205-013000.db"], kept);
    }

    private static Task<int> CountAsync(TestDatabase db) => db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync());

    private static async Task WaitForAsync(TestDatabase db, int rows)
    {
        for (var attempt = 0; attempt < 500 && await CountAsync(db) < rows; attempt++)
        {
            await Task.Delay(10);
        }
    }
#endif

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
