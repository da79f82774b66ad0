using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Plan.Demo;

/// <summary>
/// The demo at work on its first start (Development): the demo plan's objectives, indicators and targets are given
/// to the current year too (due dates moved by as many years), the year's plan is approved by a demo deliberation, the
/// rounds already past get sample values and are closed, and the current round is opened by the monitoring workflow as
/// the scheduler would — tasks, emails in the pickup folder, schede to fill — with two weeks left to send them. A
/// newcomer signing in as a dirigente finds something to do, and the segretario a round in progress.
/// </summary>
public sealed class DemoCurrentYear(AppDbContext db, WorkflowEngine engine, TimeProvider time, IScoreRecompute recompute)
{
    /// <summary>The demo deliberation's number, so that nobody takes it for a real one.</summary>
    public const string Deliberation = "demo";

    /// <summary>Days left to send the current round's schede when the demo starts.</summary>
    public const int DaysToSend = 14;

    /// <returns>The year set in motion and the round opened, or null when there is no demo plan to copy or the year is already under way.</returns>
    public async Task<(int Year, int Round)?> StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ItalianFormat.DayOf(now);
        var year = today.Year;
        var source = await db.ObjectiveAssignments.Select(a => (int?)a.Year).MinAsync(cancellationToken);
        if (source is null || await db.WorkflowInstances.AnyAsync(i => i.Year == year, cancellationToken))
        {
            return null;
        }

        var plan = await db.PlanYears.SingleOrDefaultAsync(p => p.Year == year, cancellationToken);
        if (plan is null)
        {
            plan = new PlanYear(year);
            db.PlanYears.Add(plan);
            db.MonitoringRounds.AddRange(MonitoringRound.DefaultCalendar(year));
        }

        if (year != source && !await db.ObjectiveAssignments.AnyAsync(a => a.Year == year, cancellationToken))
        {
            await CopyAsync(source.Value, year, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        // The rounds before today's: sample values, closed; today's (or the first, early in the year): two weeks to send.
        var rounds = await db.MonitoringRounds.Where(r => r.Year == year).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        var current = rounds.LastOrDefault(r => r.ReferenceDate <= today) ?? rounds[0];
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ManagementObjective.ObjectiveAssignment.Year == year)
            .Select(i => new { i.Id, i.Kind, i.Target }).ToListAsync(cancellationToken);
        var hasValues = await db.Measurements.Where(m => db.MonitoringRounds.Any(r => r.Id == m.RoundId && r.Year == year)).Select(m => m.RoundId).Distinct().ToListAsync(cancellationToken);
        foreach (var round in rounds.Where(r => r.Number < current.Number && r.Status == RoundStatus.Planned))
        {
            if (!hasValues.Contains(round.Id))
            {
                db.Measurements.AddRange(indicators.Select(i => new Measurement(i.Id, round.Id, DemoPlanSeeder.SampleValue(i.Id, i.Kind, i.Target, round.Number), null, null, DemoPlanSeeder.SampleNote, "demo", now)));
            }

            round.Close();
        }

        if (current.DueDate < today.AddDays(DaysToSend))
        {
            current.Reschedule(current.ReferenceDate, today.AddDays(DaysToSend));
        }

        if (plan.Status != PlanStatus.Locked)
        {
            plan.Lock(Deliberation, today, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await ScoringVersions.BumpAsync(db, year, cancellationToken);
        db.ChangeTracker.Clear();
        await recompute.RequestAsync(year, cancellationToken);

        var started = await engine.StartAsync(RoundOpeningJobs.PhaseOf(current.Kind), year, current.Number, Actor.Scheduler, cancellationToken);
        if (started.InstanceId is not { } id)
        {
            throw new InvalidOperationException($"Avvio del round dimostrativo non riuscito: {started.Message}");
        }

        var opened = await engine.FireAsync(id, "apri", Actor.Scheduler, FireInput.None, cancellationToken);
        return opened.Succeeded ? (year, current.Number) : throw new InvalidOperationException($"Apertura del round dimostrativo non riuscita: {opened.Message}");
    }

    /// <summary>The source year's assignments, management objectives and indicators, for another year.</summary>
    private async Task CopyAsync(int source, int year, CancellationToken cancellationToken)
    {
        var assignments = await db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == source).OrderBy(a => a.Position)
            .Include(a => a.ManagementObjectives).ThenInclude(m => m.Indicators).ToListAsync(cancellationToken);
        var objectives = await db.OperationalObjectives.ToDictionaryAsync(o => o.Id, cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Id, cancellationToken);
        var offices = await db.Offices.ToDictionaryAsync(o => o.Id, cancellationToken);
        var years = year - source;
        foreach (var a in assignments)
        {
            var copy = new ObjectiveAssignment(year, objectives[a.OperationalObjectiveId], units[a.UnitId], a.Position);
            foreach (var m in a.ManagementObjectives.OrderBy(m => m.Position))
            {
                var management = new ManagementObjective(m.Title, m.Position);
                management.Indicators.AddRange(m.Indicators.OrderBy(i => i.Position).Select(i => new Indicator(
                    i.Title, i.Kind, i.KindLabel, i.Target, i.DueDate?.AddYears(years), i.OfficeId is { } office ? offices[office] : null, i.Position)));
                copy.ManagementObjectives.Add(management);
            }

            db.ObjectiveAssignments.Add(copy);
        }
    }
}
