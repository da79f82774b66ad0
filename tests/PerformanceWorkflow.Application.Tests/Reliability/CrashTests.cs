using PerformanceWorkflow.Application.Data;
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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
