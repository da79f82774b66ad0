using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Tests.Scoring;

/// <summary>
/// A recomputation rebuilds only the reports whose inputs changed, and the plan's structure is read again only after
/// a save that changed it: both rest on <see cref="StructureChange"/>, written by the same save as the change.
/// </summary>
public sealed class ScoreRecomputeTests
{
    private sealed record Stored(int Round, long Version, byte[] Payload);

    private static Task<List<Stored>> SnapshotsAsync(TestDatabase db) =>
        db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            var rounds = await context.MonitoringRounds.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Number);
            var snapshots = await context.ScoreSnapshots.AsNoTracking().Where(s => s.Year == 2024).ToListAsync();
            return snapshots.Select(s => new Stored(rounds[s.RoundId], s.Version, s.Payload)).OrderBy(s => s.Round).ToList();
        });

    private static Task<int> RecomputeAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<ScoreService>().RecomputeYearAsync(2024, CancellationToken.None));

    private static Task<long> StructureAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().StructureChanges.MaxAsync(c => (long?)c.Id)).ContinueWith(t => t.Result ?? 0, TaskScheduler.Default);

    private static async Task<(TestDatabase Db, List<PlannedIndicator> Indicators)> TwoRoundsAsync()
    {
        var db = await Values.ReferenceAsync();
        var indicators = await Values.IndicatorsAsync(db);
        var activities = indicators.Where(i => i.Kind == IndicatorKind.Activity).ToList();
        Assert.True((await Values.ImportAsync(db, Values.Csv(activities.Select(i => (i.Id, "3"))), round: 1)).Applied);
        Assert.True((await Values.ImportAsync(db, Values.Csv(activities.Select(i => (i.Id, "4"))), round: 2)).Applied);
        await RecomputeAsync(db);
        Assert.Equal(2, (await SnapshotsAsync(db)).Count);
        return (db, activities);
    }

    [Fact]
    public async Task A_value_saved_in_one_round_rebuilds_that_rounds_report_and_moves_only_the_version_of_the_other()
    {
        var (db, activities) = await TwoRoundsAsync();
        await using var _ = db;
        var before = await SnapshotsAsync(db);

        // The import asks for the recomputation itself (inline here, a job in the service).
        Assert.True((await Values.ImportAsync(db, Values.Csv([(activities[0].Id, "1")]), round: 2)).Applied);
        await RecomputeAsync(db);

        var after = await SnapshotsAsync(db);
        var version = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().PlanYears.Where(y => y.Year == 2024).Select(y => y.ScoringVersion).SingleAsync());
        Assert.All(after, s => Assert.Equal(version, s.Version));
        Assert.Equal(before[0].Payload, after[0].Payload);
        Assert.NotEqual(before[1].Payload, after[1].Payload);

        // The kept report is served as fresh, with the new version, and its numbers are those of its own values.
        var (round1, round2) = await db.RunAsync(async sp =>
        {
            var scores = sp.GetRequiredService<ScoreService>();
            var rounds = await scores.RoundsAsync(2024, CancellationToken.None);
            return (await scores.GetAsync(2024, rounds[0].Id, CancellationToken.None), await scores.ComputeAsync(2024, rounds[1].Id, CancellationToken.None));
        });
        Assert.Equal(version, round1.Version);
        Assert.Equal(60.0, round1.Organization.Percent!.Value, 6);
        var stored2 = await db.RunAsync(async sp => await sp.GetRequiredService<ScoreService>().GetAsync(2024, round2.RoundId, CancellationToken.None));
        Assert.Equal(round2.Organization.Percent, stored2.Organization.Percent);
        Assert.True(stored2.Organization.Percent < 80.0);
    }

    [Fact]
    public async Task A_renamed_unit_is_read_again_and_every_report_is_rebuilt_with_its_new_name()
    {
        var (db, _) = await TwoRoundsAsync();
        await using var _ = db;
        var before = await SnapshotsAsync(db);
        var structure = await StructureAsync(db);

        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            var unit = await context.Units.Include(u => u.Department).SingleAsync(u => u.Name == "U.O.A. POLIZIA MUNICIPALE");
            unit.Update(unit.Department, "U.O.A. Polizia Locale", unit.Position);
            await context.SaveChangesAsync();
            await ScoringVersions.BumpAsync(context, 2024, CancellationToken.None);
        });
        Assert.True(await StructureAsync(db) > structure);
        Assert.Equal("Unit", await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().StructureChanges.OrderByDescending(c => c.Id).Select(c => c.Tables).FirstAsync()));
        Assert.Equal(2, await RecomputeAsync(db));

        var after = await SnapshotsAsync(db);
        Assert.All(after.Zip(before), pair => Assert.NotEqual(pair.Second.Payload, pair.First.Payload));
        var report = await db.RunAsync(async sp =>
        {
            var scores = sp.GetRequiredService<ScoreService>();
            return await scores.GetAsync(2024, (await scores.RoundsAsync(2024, CancellationToken.None))[0].Id, CancellationToken.None);
        });
        Assert.Contains(report.Units, u => u.Name == "U.O.A. Polizia Locale");
        Assert.DoesNotContain(report.Units, u => u.Name == "U.O.A. POLIZIA MUNICIPALE");
    }

    [Fact]
    public async Task Values_scoring_versions_and_sign_ins_leave_the_structure_as_it_was_names_settings_and_weights_move_it()
    {
        var (db, activities) = await TwoRoundsAsync();
        await using var _ = db;
        async Task<bool> MovesAsync(Func<AppDbContext, Task> change)
        {
            var before = await StructureAsync(db);
            await db.RunAsync(async sp =>
            {
                var context = sp.GetRequiredService<AppDbContext>();
                await change(context);
                await context.SaveChangesAsync();
            });
            return await StructureAsync(db) > before;
        }

        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            context.Users.Add(new AppUser { UserName = "dirigente", FullName = "Dirigente" });
            await context.SaveChangesAsync();
        });
        Assert.False(await MovesAsync(async c => (await c.PlanYears.SingleAsync(y => y.Year == 2024)).ScoresChanged()));
        Assert.False(await MovesAsync(async c => (await c.Users.FirstAsync()).MustChangePassword = true));
        Assert.False(await MovesAsync(async c => (await c.Measurements.FirstAsync()).Set(2m, null, null, null, "test", DateTime.UnixEpoch)));
        Assert.False(await MovesAsync(async _ => await Values.ImportAsync(db, Values.Csv([(activities[1].Id, "2")]), round: 1)));

        Assert.True(await MovesAsync(async c => (await c.Users.FirstAsync()).FullName = "Nome Cambiato"));
        Assert.True(await MovesAsync(async c => (await c.PlanYears.SingleAsync(y => y.Year == 2024)).ChangeScoring(ScoringSettings.Default with { CapAt100 = false })));
        Assert.True(await MovesAsync(async c => c.ScoringWeights.Add(new ScoringWeight(2024, WeightedElement.Objective, (await c.OperationalObjectives.FirstAsync()).Id, 2m))));
    }

    [Fact]
    public async Task The_rows_of_a_unit_kept_between_visits_follow_a_renamed_indicator_and_show_new_values()
    {
        var (db, activities) = await TwoRoundsAsync();
        await using var _ = db;
        var indicator = activities[0];
        Task<UnitIndicatorValue> RowAsync() => db.RunAsync(async sp =>
        {
            var unit = await sp.GetRequiredService<AppDbContext>().Indicators.Where(i => i.Id == indicator.Id).Select(i => i.ManagementObjective.ObjectiveAssignment.UnitId).SingleAsync();
            var view = await sp.GetRequiredService<UnitValuesService>().GetAsync(Actor.System("test"), unit, 2024, 2, CancellationToken.None);
            return view!.Indicators.Single(i => i.IndicatorId == indicator.Id);
        });

        Assert.Equal(indicator.Title, (await RowAsync()).Title);
        Assert.Equal(4m, (await RowAsync()).Value);

        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            var row = await context.Indicators.Include(i => i.Office).SingleAsync(i => i.Id == indicator.Id);
            row.Update("Pratiche evase nel trimestre", row.Kind, row.KindLabel, row.Target, row.DueDate, row.Office, row.Position);
            await context.SaveChangesAsync();
        });
        Assert.Equal("Pratiche evase nel trimestre", (await RowAsync()).Title);

        // A value is not structure: it is read on every visit, and the kept rows stay.
        Assert.True((await Values.ImportAsync(db, Values.Csv([(indicator.Id, "2")]), round: 2)).Applied);
        Assert.Equal(2m, (await RowAsync()).Value);
    }
}
