using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Accessibility;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Rewards;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Application.Features.Home;

/// <summary>A round open now; its progress only for who follows the monitoring.</summary>
public sealed record HomeRound(int Year, int Number, string Label, DateOnly DueDate, bool PastDue, RoundProgressCount? Progress);

/// <summary>How many schede of a round are sent and validated.</summary>
public sealed record RoundProgressCount(int Schede, int Submitted, int Validated, int Overdue);

/// <summary>One of the person's units: its score in the latest round with values and in the one before.</summary>
public sealed record HomeUnitScore(int UnitId, string Unit, string Round, double? Percent, string? PreviousRound, double? Previous)
{
    /// <summary>Points gained (positive) or lost since the round before; null without both numbers.</summary>
    public double? Change => Percent is { } now && Previous is { } before ? Math.Round(now - before, 1) : null;
}

/// <summary>The person's own evaluation form of a year.</summary>
public sealed record HomeEvaluation(int InstanceId, int Year, string StateLabel, bool Final);

/// <summary>
/// The home page of a person: what he has to do and by when (his tasks, overdue first), the rounds open now, and what
/// his role looks at first — a dirigente his units' latest scores with their trend, the segretario and the Nucleo the
/// rounds' progress, HR whether the year's scores are out, an employee his own evaluation, the controllo di gestione
/// the plan and the open accessibility reports.
/// </summary>
public sealed record HomeView(
    int? Year,
    IReadOnlyList<TaskRow> Tasks,
    int OpenTasks,
    IReadOnlyList<HomeRound> OpenRounds,
    IReadOnlyList<HomeUnitScore> UnitScores,
    IReadOnlyList<HomeEvaluation> Evaluations,
    ReleaseState? Release,
    int? OpenAccessibilityReports);

/// <summary>Reads <see cref="HomeView"/> for a person, only the parts his roles use.</summary>
public sealed class HomeQueries(
    AppDbContext db,
    PlanQueries plan,
    WorkflowQueries workflows,
    WorkflowEngine engine,
    ScoreService scores,
    BonusService bonus,
    AccessibilityReportService accessibility,
    TimeProvider time)
{
    /// <summary>The tasks listed on the home page; the rest are on «Le mie attività».</summary>
    public const int TasksShown = 8;

    public async Task<HomeView> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var year = await plan.DefaultYearAsync(cancellationToken);
        var tasks = await workflows.TasksAsync(actor, includeClosed: false, cancellationToken);

        // Late ones first, then by due date: what burns is read first.
        var shown = tasks.OrderByDescending(t => t.Overdue).ThenBy(t => t.DueDate ?? DateOnly.MaxValue).ThenBy(t => t.Id).Take(TasksShown).ToList();
        if (year is not { } y)
        {
            return new HomeView(null, shown, tasks.Count, [], [], [], null, AccessRules.CanAdminister(actor) ? await accessibility.OpenCountAsync(cancellationToken) : null);
        }

        var rounds = await scores.RoundsAsync(y, cancellationToken);
        var today = Domain.Text.ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);
        var open = new List<HomeRound>();
        foreach (var round in rounds.Where(r => r.Status == RoundStatus.Open))
        {
            var progress = AccessRules.CanFollowMonitoring(actor) ? await ProgressAsync(round, today, cancellationToken) : null;
            open.Add(new HomeRound(y, round.Number, round.Label, round.DueDate, today > round.DueDate, progress));
        }

        return new HomeView(
            y,
            shown,
            tasks.Count,
            open,
            await UnitScoresAsync(actor, y, rounds, cancellationToken),
            await EvaluationsAsync(actor, cancellationToken),
            actor.Is(Roles.HumanResources) ? await bonus.ReleaseAsync(y, cancellationToken) : null,
            AccessRules.CanAdminister(actor) ? await accessibility.OpenCountAsync(cancellationToken) : null);
    }

    /// <summary>
    /// A round's schede counted by state in the database (a city's round has thousands: the dashboard's rows are not
    /// read for four numbers); sent means sent at least once, as on the dashboard.
    /// </summary>
    private async Task<RoundProgressCount?> ProgressAsync(RoundInfo round, DateOnly today, CancellationToken cancellationToken)
    {
        var key = Domain.Workflow.WorkflowInstance.KeyOf(RoundOpeningJobs.PhaseOf(round.Kind), round.Year, round.Number, null);
        var parent = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.SubjectKey == key, cancellationToken);
        if (parent is null)
        {
            return null;
        }

        var children = db.WorkflowInstances.AsNoTracking().Where(i => i.ParentId == parent.Id && WorkflowNames.SubmissionMachines.Contains(i.Machine));
        var states = await children.GroupBy(i => new { i.Machine, i.State }).Select(g => new { g.Key.Machine, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
        var submitted = await db.Submissions.AsNoTracking().CountAsync(s => s.SubmittedAtUtc != null && children.Any(c => c.Id == s.InstanceId), cancellationToken);
        var definition = engine.DefinitionOf(parent);
        int Counted(Func<Domain.Workflow.MachineDefinition, string, bool> test) =>
            states.Where(s => definition.Machine(s.Machine) is { } machine && test(machine, s.State)).Sum(s => s.Count);
        return new RoundProgressCount(
            states.Sum(s => s.Count),
            submitted,
            Counted((machine, state) => machine.State(state)?.Final == true),
            today > round.DueDate ? Counted((machine, state) => state == machine.Initial) : 0);
    }

    private async Task<IReadOnlyList<HomeUnitScore>> UnitScoresAsync(Actor actor, int year, IReadOnlyList<RoundInfo> rounds, CancellationToken cancellationToken)
    {
        if (actor.OwnedUnits.Count == 0)
        {
            return [];
        }

        var withValues = rounds.Where(r => r.HasValues).OrderByDescending(r => r.Number).Take(2).ToList();
        if (withValues.Count == 0)
        {
            return [];
        }

        var latest = await scores.GetAsync(year, withValues[0].Id, cancellationToken);
        var previous = withValues.Count > 1 ? await scores.GetAsync(year, withValues[1].Id, cancellationToken) : null;
        var before = previous?.Units.ToDictionary(u => u.Id, u => u.Score.Percent) ?? [];
        return [.. latest.Units.Where(u => actor.OwnedUnits.Contains(u.Id)).Select(u => new HomeUnitScore(
            u.Id, u.Name, withValues[0].Label, u.Score.Percent, previous is null ? null : withValues[1].Label, before.GetValueOrDefault(u.Id)))];
    }

    private async Task<IReadOnlyList<HomeEvaluation>> EvaluationsAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
        {
            return [];
        }

        var forms = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.OwnerId == actor.UserId && WorkflowNames.FormMachines.Contains(i.Machine) && db.AppraisalForms.Any(f => f.InstanceId == i.Id))
            .OrderByDescending(i => i.Year).Take(3).ToListAsync(cancellationToken);
        return [.. forms.Select(i =>
        {
            var state = engine.DefinitionOf(i).Machine(i.Machine)?.State(i.State);
            return new HomeEvaluation(i.Id, i.Year, state?.Label ?? i.State, state?.Final == true);
        })];
    }
}
