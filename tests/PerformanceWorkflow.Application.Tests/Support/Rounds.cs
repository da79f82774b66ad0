using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>The reference plan approved for 2024, and the monitoring rounds opened by the real job on a fake clock.</summary>
internal static class Rounds
{
    public static DateTimeOffset At(int year, int month, int day, int hour = 9) =>
        new(TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified), Domain.Text.ItalianFormat.TimeZone), TimeSpan.Zero);

    /// <summary>The plan 2024 approved by the Giunta (locked) on 31 January.</summary>
    public static async Task<TestDatabase> ApprovedAsync(FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        clock.SetUtcNow(At(2024, 1, 15));
        var db = await Cycle.ReferenceWithPeopleAsync(clock, settings);
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            var plan = await context.PlanYears.SingleAsync(p => p.Year == 2024);
            plan.Lock("12", new DateOnly(2024, 1, 31), clock.GetUtcNow().UtcDateTime);
            await context.SaveChangesAsync();
        });
        return db;
    }

    /// <summary>The plan 2024 approved and its first round opened by the job on 1 April.</summary>
    public static async Task<TestDatabase> FirstRoundOpenAsync(FakeTimeProvider clock)
    {
        var db = await ApprovedAsync(clock);
        clock.SetUtcNow(At(2024, 4, 1));
        Assert.Equal(1, await OpenDueAsync(db));
        return db;
    }

    /// <summary>An owner's scheda of the first round, as he sees it.</summary>
    public static async Task<(int Scheda, Actor Owner, SubmissionView View)> SchedaOfAsync(TestDatabase db, string owner)
    {
        var scheda = (await SchedeAsync(db))[owner].Id;
        var actor = await Cycle.ActorAsync(db, owner);
        return (scheda, actor, (await ViewAsync(db, scheda, actor))!);
    }

    public static Task<int> OpenDueAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<RoundOpeningJobs>().OpenDueRoundsAsync(CancellationToken.None));

    /// <summary>The schede of a round, by owner's user name.</summary>
    public static async Task<Dictionary<string, WorkflowInstance>> SchedeAsync(TestDatabase db, int round = 1) =>
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            var schede = await context.WorkflowInstances.AsNoTracking().Where(i => i.Round == round && (i.Machine == "monitoraggio.scheda" || i.Machine == "misurazione.scheda")).ToListAsync();
            var ids = schede.Select(s => s.OwnerId).ToList();
            var names = await context.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName!);
            return schede.ToDictionary(s => names[s.OwnerId!], s => s);
        });

    public static Task<SubmissionView?> ViewAsync(TestDatabase db, int scheda, Actor actor) =>
        db.RunAsync(sp => sp.GetRequiredService<SubmissionService>().LoadAsync(scheda, actor, CancellationToken.None));

    public static Task<SubmissionResult> SaveAsync(TestDatabase db, int scheda, Actor actor, IReadOnlyDictionary<int, TypedValue> typed, int revision, bool submit) =>
        db.RunAsync(sp => sp.GetRequiredService<SubmissionService>().SaveAsync(scheda, actor, typed, revision, submit, CancellationToken.None));

    /// <summary>Every indicator at its target (activities at 5): nothing behind, no note needed.</summary>
    public static Dictionary<int, TypedValue> AtTarget(SubmissionView view) =>
        view.Rows.ToDictionary(r => r.Indicator.IndicatorId, r => r.Indicator.Kind switch
        {
            IndicatorKind.Informational => new TypedValue(null, null, null, null),
            IndicatorKind.Activity => new TypedValue("5", null, null, null),
            _ when r.Indicator.IsRatio => new TypedValue(null, "10", "10", null),
            _ => new TypedValue(Domain.Text.ItalianFormat.Number(r.Indicator.Target.Threshold ?? 1m), null, null, null),
        });

    /// <summary>Sends a scheda with every value at target.</summary>
    public static async Task<SubmissionResult> SubmitAtTargetAsync(TestDatabase db, int scheda, Actor owner)
    {
        var view = (await ViewAsync(db, scheda, owner))!;
        return await SaveAsync(db, scheda, owner, AtTarget(view), view.Revision, submit: true);
    }
}
