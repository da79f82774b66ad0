using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Tests.Support;

namespace PerformanceWorkflow.Application.Tests.Security;

/// <summary>The audit trail is hash-chained: an edited or deleted row is found, and appends never fork the chain.</summary>
public sealed class AuditTrailTests
{
    private static Task RecordAsync(TestDatabase db, int n) =>
        db.RunAsync(sp => sp.GetRequiredService<AuditTrail>().RecordAsync("test.action", "Thing", n, new { Before = n }, new { After = n + 1 }, CancellationToken.None));

    private static Task<AuditVerification> VerifyAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<AuditQueries>().VerifyAsync(CancellationToken.None));

    private static Task<int> ExecuteAsync(TestDatabase db, string sql) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(sql));

    [Fact]
    public async Task Every_change_is_a_row_chained_to_the_previous_one()
    {
        await using var db = await TestDatabase.CreateAsync();
        for (var i = 1; i <= 5; i++)
        {
            await RecordAsync(db, i);
        }

        var rows = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([1L, 2, 3, 4, 5], rows.Select(r => r.Id));
        Assert.Equal(AuditHead.Genesis, rows[0].PreviousHash);
        Assert.All(rows.Skip(1).Zip(rows), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal(("sistema", "test.action", "Thing", "3", "{\"before\":3}", "{\"after\":4}"), (rows[2].Actor, rows[2].Action, rows[2].EntityType, rows[2].EntityId, rows[2].Before, rows[2].After));
        Assert.True((await VerifyAsync(db)).Intact);
    }

    [Fact]
    public async Task A_row_edited_directly_in_the_database_is_found()
    {
        await using var db = await TestDatabase.CreateAsync();
        for (var i = 1; i <= 5; i++)
        {
            await RecordAsync(db, i);
        }

        await ExecuteAsync(db, "UPDATE \"AuditEntries\" SET \"After\" = '{{\"after\":999}}' WHERE \"Id\" = 3");

        var verification = await VerifyAsync(db);
        Assert.False(verification.Intact);
        Assert.Equal(3, verification.BrokenAt);
        Assert.Contains("Riga 3 alterata", verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_deleted_in_the_middle_or_at_the_end_is_found()
    {
        await using var db = await TestDatabase.CreateAsync();
        for (var i = 1; i <= 5; i++)
        {
            await RecordAsync(db, i);
        }

        await ExecuteAsync(db, "DELETE FROM \"AuditEntries\" WHERE \"Id\" = 5");
        Assert.Contains("cancellate", (await VerifyAsync(db)).Message, StringComparison.Ordinal);

        await ExecuteAsync(db, "DELETE FROM \"AuditEntries\" WHERE \"Id\" = 2");
        var verification = await VerifyAsync(db);
        Assert.Equal(3, verification.BrokenAt);
        Assert.Contains("manca la riga 2", verification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_appends_never_fork_the_chain()
    {
        await using var db = await TestDatabase.CreateAsync();
        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => RecordAsync(db, i))));

        var verification = await VerifyAsync(db);
        Assert.True(verification.Intact, verification.Message);
        Assert.Equal(20, verification.Rows);
    }

    [Fact]
    public async Task Pw_audit_verify_exits_with_1_naming_the_first_altered_row()
    {
        await using var db = await TestDatabase.CreateAsync();
        for (var i = 1; i <= 4; i++)
        {
            await RecordAsync(db, i);
        }

        Assert.Equal(0, (await Pw.RunAsync("audit", "verify", "--db", db.Connection)).Exit);
        await ExecuteAsync(db, "UPDATE \"AuditEntries\" SET \"Actor\" = 'qualcun altro' WHERE \"Id\" = 2");
        var (exit, output) = await Pw.RunAsync("audit", "verify", "--db", db.Connection);

        Assert.Equal(1, exit);
        Assert.Contains("Riga 2 alterata", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_changes_of_the_plan_values_and_settings_are_on_the_trail()
    {
        await using var db = await Values.ReferenceAsync();
        var indicator = (await Values.IndicatorsAsync(db)).First(i => i.Kind == Domain.Plan.IndicatorKind.Activity);
        await Values.ImportAsync(db, Values.Csv([(indicator.Id, "3")]), round: 1);
        await db.RunAsync(sp => sp.GetRequiredService<Features.Scoring.ScoringSettingsHandler>().SaveAsync(2024, Domain.Scoring.ScoringSettings.Default with { CapAt100 = false }, [], CancellationToken.None));

        var actions = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["plan.import", "values.import", "settings.changed"], actions);
        Assert.True((await VerifyAsync(db)).Intact);
    }
}
