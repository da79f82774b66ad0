using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Monitoring;

/// <summary>
/// The cycle calendar of a year (rounds with reference date and deadline), edited by the controllo di gestione.
/// A planned round moves freely; an open one can only have its deadline extended, and its schede, tasks and
/// reminders follow; a closed one does not change.
/// </summary>
public sealed class CalendarService(AppDbContext db, WorkflowAgenda agenda, AuditTrail audit)
{
    public Task<List<MonitoringRound>> RoundsAsync(int year, CancellationToken cancellationToken) =>
        db.MonitoringRounds.AsNoTracking().Where(r => r.Year == year).OrderBy(r => r.Number).ToListAsync(cancellationToken);

    /// <summary>Changes a round's dates; returns the Italian reason when it cannot.</summary>
    public async Task<string?> RescheduleAsync(int year, int number, DateOnly referenceDate, DateOnly dueDate, CancellationToken cancellationToken)
    {
        var rounds = await db.MonitoringRounds.Where(r => r.Year == year).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        var round = rounds.FirstOrDefault(r => r.Number == number);
        if (round is null)
        {
            return $"Il round {number} del {year} non esiste.";
        }

        if (rounds.FirstOrDefault(r => r.Number == number - 1) is { } before && referenceDate <= before.ReferenceDate)
        {
            return $"La data di riferimento deve venire dopo quella del round precedente ({ItalianFormat.Date(before.ReferenceDate)}).";
        }

        if (rounds.FirstOrDefault(r => r.Number == number + 1) is { } after && referenceDate >= after.ReferenceDate)
        {
            return $"La data di riferimento deve venire prima di quella del round successivo ({ItalianFormat.Date(after.ReferenceDate)}).";
        }

        if (referenceDate.Year != year)
        {
            return $"La data di riferimento deve cadere nel {year}.";
        }

        var (oldReference, oldDue) = (round.ReferenceDate, round.DueDate);
        try
        {
            round.Reschedule(referenceDate, dueDate);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            return exception is ArgumentException argument ? argument.Message.Split(" (Parameter", 2)[0] : exception.Message;
        }

        if (round.ReferenceDate == oldReference && round.DueDate == oldDue)
        {
            return null;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await agenda.RescheduleRoundAsync(year, number, referenceDate, dueDate, ct);
            await audit.RecordAsync("calendar.changed", "Round", round.Id, new { Reference = oldReference, Due = oldDue }, new { Reference = referenceDate, Due = dueDate }, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return null;
    }
}

/// <summary>
/// Opens the rounds whose date has come, for the years whose plan the Giunta approved: level-triggered from the
/// calendar (a round due while the service was down opens once when it is back), so running it twice does nothing.
/// Years never approved (the demo plan, a past year) are left alone.
/// </summary>
public sealed class RoundOpeningJobs(AppDbContext db, WorkflowEngine engine, TimeProvider time)
{
    public const string RecurringId = "open-due-rounds";

    public async Task<int> OpenDueRoundsAsync(CancellationToken cancellationToken)
    {
        var today = ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);
        var due = await db.MonitoringRounds.AsNoTracking()
            .Where(r => r.Status == RoundStatus.Planned && r.ReferenceDate <= today && db.PlanYears.Any(p => p.Year == r.Year && p.Status == Domain.Plan.PlanStatus.Locked))
            .OrderBy(r => r.Year).ThenBy(r => r.Number).ToListAsync(cancellationToken);
        var opened = 0;
        foreach (var round in due)
        {
            var phase = PhaseOf(round.Kind);
            var key = Domain.Workflow.WorkflowInstance.KeyOf(phase, round.Year, round.Number, null);
            var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.SubjectKey == key).Select(i => new { i.Id, i.State }).FirstOrDefaultAsync(cancellationToken);
            var id = instance?.Id;
            if (id is null)
            {
                var started = await engine.StartAsync(phase, round.Year, round.Number, Security.Actor.Scheduler, cancellationToken);
                id = started.InstanceId;
            }

            if (id is { } instanceId && (instance is null || engine.DefinitionOf(await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId, cancellationToken)).Machine(phase)!.Initial == instance.State))
            {
                var fired = await engine.FireAsync(instanceId, "apri", Security.Actor.Scheduler, FireInput.None, cancellationToken);
                opened += fired.Succeeded ? 1 : 0;
            }
        }

        return opened;
    }

    /// <summary>Monitoring rounds run the monitoraggio phase; the consuntivo the misurazione.</summary>
    public static string PhaseOf(RoundKind kind) => kind == RoundKind.Final ? "misurazione" : "monitoraggio";
}
