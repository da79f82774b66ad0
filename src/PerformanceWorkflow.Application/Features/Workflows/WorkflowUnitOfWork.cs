using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>
/// One step of the engine as one transaction: the body's changes, the outbox rows of its emails and the people's
/// steps on the audit trail commit together or not at all; the jobs it asked for and the sender run after the commit.
/// </summary>
public sealed partial class WorkflowUnitOfWork(AppDbContext db, WorkflowMailer mailer, WorkflowHooks hooks, IOutboxSignal outbox, AuditTrail audit, TimeProvider time, ILogger<WorkflowUnitOfWork> logger)
{
    /// <summary>One unit of work: the body's changes, then the outbox, in one transaction; jobs and the sender after.</summary>
    internal async Task<WorkflowResult> RunAsync(Func<WorkflowRun, Task<WorkflowResult>> body, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var run = new WorkflowRun(time.GetUtcNow().UtcDateTime);
        var result = await strategy.ExecuteAsync(async ct =>
        {
            run.Reset();

            // The whole step is one transaction: savepoints around each SaveChanges inside it would only add statements.
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var outcome = await body(run);
                if (!outcome.Succeeded)
                {
                    await transaction.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                    return outcome;
                }

                await mailer.QueueAsync(run.Mails, run.NowUtc, ct);
                await db.SaveChangesAsync(ct);
                if (run.Audited.Count > 0)
                {
                    await RecordOnTrailAsync(run.Audited, ct);
                    await db.SaveChangesAsync(ct);
                }

                await transaction.CommitAsync(ct);
                return outcome with { InstanceId = outcome.InstanceId ?? run.Subject?.Id };
            }
            catch (DbUpdateException exception)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                LogConflict(logger, exception.GetType().Name);
                return new WorkflowResult(WorkflowOutcome.Conflict, "La pratica è stata modificata da qualcun altro nel frattempo: ricaricare la pagina per vederne lo stato attuale e riprovare.");
            }
        }, cancellationToken);

        if (result.Succeeded)
        {
            foreach (var (job, year) in run.Jobs.Distinct())
            {
                await hooks.EnqueueAsync(job, year, cancellationToken);
            }

            if (run.Mails.Count > 0)
            {
                await outbox.WakeAsync(cancellationToken);
            }
        }

        return result;
    }

    /// <summary>
    /// People's steps (an acceptance, a validation, a deliberation, a start) go on the hash-chained audit trail too, after
    /// the save that gives the instance its id and inside the same transaction. The scheduler's reminders and escalations
    /// stay in the journal only: they follow from the definition, and the trail records what people decided.
    /// </summary>
    private async Task RecordOnTrailAsync(IReadOnlyList<(Actor Actor, WorkflowJournalEntry Journal)> steps, CancellationToken cancellationToken)
    {
        foreach (var (actor, journal) in steps)
        {
            var instance = journal.Instance;
            var deliberation = journal.DeliberationNumber is null ? null : new { Number = journal.DeliberationNumber, Date = journal.DeliberationDate };
            await audit.RecordAsAsync(actor.Name, journal.Trigger == WorkflowEngine.StartTrigger ? "workflow.started" : "workflow.step", "WorkflowInstance", instance.Id,
                journal.Trigger == WorkflowEngine.StartTrigger ? null : new { State = journal.FromState },
                new { instance.Phase, instance.Version, instance.Machine, instance.Year, instance.Round, Trigger = journal.Trigger, State = journal.ToState, journal.Comment, Deliberation = deliberation },
                cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conflitto di concorrenza su una pratica ({Kind}): la modifica è stata rifiutata")]
    private static partial void LogConflict(ILogger logger, string kind);
}

/// <summary>What one transaction gathers: emails to compose, jobs to enqueue after the commit, steps for the audit trail.</summary>
internal sealed class WorkflowRun(DateTime nowUtc)
{
    public DateTime NowUtc { get; } = nowUtc;

    public List<(Actor Actor, WorkflowJournalEntry Journal)> Audited { get; } = [];

    public void Audit(Actor actor, WorkflowJournalEntry journal)
    {
        if (!ReferenceEquals(actor, Actor.Scheduler))
        {
            Audited.Add((actor, journal));
        }
    }

    public List<PendingMail> Mails { get; } = [];

    public List<(string Job, int Year)> Jobs { get; } = [];

    /// <summary>The instance a start created: its id is known after the commit.</summary>
    public WorkflowInstance? Subject { get; set; }

    public void Reset()
    {
        Mails.Clear();
        Jobs.Clear();
        Audited.Clear();
        Subject = null;
    }
}
