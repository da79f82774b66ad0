using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;
using Stateless;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>How a request to the engine ended.</summary>
public enum WorkflowOutcome
{
    Done,
    NotFound,

    /// <summary>Not possible in the current state, or a guard says not yet.</summary>
    NotPermitted,

    /// <summary>The actor may not fire this trigger.</summary>
    Forbidden,

    /// <summary>Something the trigger requires is missing (a comment, a deliberation).</summary>
    Invalid,

    /// <summary>Someone else changed the instance meanwhile.</summary>
    Conflict,
}

/// <summary>The answer of the engine, with an Italian message for the person who asked.</summary>
public sealed record WorkflowResult(WorkflowOutcome Outcome, string Message, int? InstanceId = null, string? State = null)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Done;
}

/// <summary>What the person firing a trigger gives: a comment, a deliberation, the revision he saw.</summary>
public sealed record FireInput(string? Comment = null, Deliberation? Deliberation = null, int? ExpectedRevision = null)
{
    public static FireInput None { get; } = new();
}

/// <summary>
/// The workflow engine: definitions from <see cref="WorkflowCatalog"/>, transitions by Stateless, state in the
/// application database. Starting or firing loads the instance and its rows, checks who may fire and what the trigger
/// requires, evaluates its guard, lets Stateless fire, then writes in one transaction the new state, the journal,
/// opened and closed tasks, timers and the outbox. The revision of the instance makes a concurrent change lose with a
/// clear message instead of overwriting. Instances keep the definition version they started on. Its collaborators:
/// <see cref="WorkflowPermissions"/> (who may fire), <see cref="WorkflowStateMachines"/> (Stateless, diagrams),
/// <see cref="WorkflowHooks"/> (guards, operations, people, email lists), <see cref="WorkflowAgenda"/> (tasks, timers,
/// rescheduling) and <see cref="WorkflowUnitOfWork"/> (the transaction, the outbox, the audit trail, the jobs after).
/// </summary>
public sealed partial class WorkflowEngine(
    AppDbContext db,
    WorkflowCatalog catalog,
    WorkflowHooks hooks,
    WorkflowAgenda agenda,
    WorkflowUnitOfWork unitOfWork,
    TimeProvider time,
    ILogger<WorkflowEngine> logger)
{
    public const string StartTrigger = "avvio";

    /// <summary>Starts the coordinating machine of a phase for a year (and a round, for the rounds' phases).</summary>
    public Task<WorkflowResult> StartAsync(string phase, int year, int? round, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Is(Roles.Administrator) && !actor.Is(WorkflowVocabulary.System))
        {
            return Task.FromResult(new WorkflowResult(WorkflowOutcome.Forbidden, "Solo il controllo di gestione può avviare una fase del ciclo."));
        }

        return unitOfWork.RunAsync(async run =>
        {
            var definition = catalog.Current(phase);
            var machine = definition.Machines[0];
            var key = WorkflowInstance.KeyOf(machine.Id, year, round, null);
            var existing = await db.WorkflowInstances.AsNoTracking().Where(i => i.SubjectKey == key).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                return new WorkflowResult(WorkflowOutcome.Conflict, $"«{machine.Label}» del {year} è già avviata.", existing);
            }

            if (!await db.PlanYears.AnyAsync(p => p.Year == year, cancellationToken))
            {
                return new WorkflowResult(WorkflowOutcome.Invalid, $"Il piano {year} non esiste: importarlo prima.");
            }

            var instance = new WorkflowInstance(definition.Phase, definition.Version, machine.Id, year, round, null, null, null, machine.Initial, run.NowUtc);
            if (machine.Subject == "round")
            {
                var monitoringRound = await db.MonitoringRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Year == year && r.Number == round, cancellationToken);
                if (monitoringRound is null)
                {
                    return new WorkflowResult(WorkflowOutcome.Invalid, $"Il round {round} del {year} non esiste nel calendario.");
                }

                instance.SetDates(monitoringRound.ReferenceDate, monitoringRound.DueDate);
            }

            run.Audit(actor, await StartInstanceAsync(instance, definition, machine, actor, run, cancellationToken));
            run.Subject = instance;
            return new WorkflowResult(WorkflowOutcome.Done, $"«{machine.Label}» del {year} avviata.", null, instance.State);
        }, cancellationToken);
    }

    /// <summary>
    /// Starts a child instance on request (a target revision asked from a scheda): <paramref name="prepare"/> writes the
    /// domain row it is about, in the same transaction, and returns an error message to refuse.
    /// </summary>
    public Task<WorkflowResult> StartChildAsync(int parentId, string machineId, string ownerId, string discriminator, Actor actor, Func<WorkflowInstance, Task<string?>> prepare, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(prepare);
        return unitOfWork.RunAsync(async run =>
        {
            var parent = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == parentId, cancellationToken);
            if (parent is null)
            {
                return new WorkflowResult(WorkflowOutcome.NotFound, $"La pratica {parentId} non esiste.");
            }

            var definition = DefinitionOf(parent);
            var machine = definition.Machine(machineId) ?? throw new InvalidOperationException($"La macchina «{machineId}» non esiste in {definition.Phase}.");
            var child = new WorkflowInstance(definition.Phase, definition.Version, machineId, parent.Year, parent.Round, ownerId, null, parent, machine.Initial, run.NowUtc, discriminator);
            child.SetDates(parent.ReferenceDate, parent.DueDate);
            if (await prepare(child) is { } refusal)
            {
                return new WorkflowResult(WorkflowOutcome.Invalid, refusal);
            }

            run.Audit(actor, await StartInstanceAsync(child, definition, machine, actor, run, cancellationToken, new FireInput(comment)));
            run.Subject = child;
            return new WorkflowResult(WorkflowOutcome.Done, $"«{machine.Label}» avviata.", null, child.State);
        }, cancellationToken);
    }

    /// <summary>Fires a trigger on behalf of <paramref name="actor"/>.</summary>
    public Task<WorkflowResult> FireAsync(int instanceId, string trigger, Actor actor, FireInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        return unitOfWork.RunAsync(async run =>
        {
            var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
            if (instance is null)
            {
                return new WorkflowResult(WorkflowOutcome.NotFound, $"La pratica {instanceId} non esiste.");
            }

            if (input.ExpectedRevision is { } seen && seen != instance.Revision)
            {
                return Conflict(instance);
            }

            return await TransitionAsync(instance, trigger, actor, input, run, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Fires the timers due now, each in its own transaction; returns how many fired a transition.</summary>
    public async Task<int> FireDueTimersAsync(CancellationToken cancellationToken, int max = 500)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.WorkflowTimers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAtUtc <= now)
            .OrderBy(t => t.DueAtUtc).ThenBy(t => t.Id).Select(t => t.Id).Take(max).ToListAsync(cancellationToken);
        var fired = 0;
        foreach (var id in due)
        {
            var result = await FireTimerAsync(id, cancellationToken);
            if (result.Succeeded && result.State is not null)
            {
                fired++;
            }

            db.ChangeTracker.Clear();
        }

        return fired;
    }

    /// <summary>The triggers <paramref name="actor"/> could fire now, with the reason when a guard says not yet.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="except">A trigger a page offers its own way (the scheda's "invia"): its guard is not evaluated here.</param>
    public async Task<IReadOnlyList<AvailableTrigger>> AvailableAsync(WorkflowInstance instance, Actor actor, CancellationToken cancellationToken, string? except = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(actor);
        var definition = DefinitionOf(instance);
        var machine = definition.Machine(instance.Machine)!;
        var scope = new TransitionScope(instance, definition, null, time.GetUtcNow().UtcDateTime, actor);
        var available = new List<AvailableTrigger>();
        foreach (var trigger in machine.Triggers.Where(t => t.Id != except && t.From.Contains(instance.State) && WorkflowPermissions.MayFire(actor, instance, t) && !(t.Roles.Count == 1 && t.Roles[0] == WorkflowVocabulary.System)))
        {
            var verdict = trigger.Guard is { } guard ? await hooks.CheckAsync(guard, scope, cancellationToken) : GuardResult.Yes;
            available.Add(new AvailableTrigger(trigger.Id, trigger.Label, trigger.Requires.Contains(Requirements.Comment), trigger.Requires.Contains(Requirements.Deliberation), verdict.Passed, verdict.Reason));
        }

        return available;
    }

    /// <summary>The definition an instance runs on.</summary>
    public WorkflowDefinition DefinitionOf(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return catalog.Of(instance, db);
    }

    private Task<WorkflowResult> FireTimerAsync(long timerId, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(async run =>
        {
            var timer = await db.WorkflowTimers.Include(t => t.Instance).FirstOrDefaultAsync(t => t.Id == timerId, cancellationToken);
            if (timer is null || timer.Status != TimerStatus.Pending)
            {
                return new WorkflowResult(WorkflowOutcome.NotFound, "Timer già gestito.");
            }

            var instance = timer.Instance;
            timer.Fire(run.NowUtc);
            if (instance.State != timer.State)
            {
                timer.Cancel();
                return new WorkflowResult(WorkflowOutcome.Done, "Timer superato: la pratica ha cambiato stato.", instance.Id);
            }

            var result = await TransitionAsync(instance, timer.Trigger, Actor.Scheduler, FireInput.None, run, cancellationToken);
            if (!result.Succeeded)
            {
                // Not possible now (a guard says no): the timer is spent, and the reason is in the log.
                LogTimerSkipped(logger, timer.TimerId, instance.Id, result.Outcome);
            }

            var definition = DefinitionOf(instance);
            var declared = definition.Machine(instance.Machine)?.Timers.FirstOrDefault(t => t.Id == timer.TimerId);
            var repeat = agenda.Override(instance.Machine, timer.TimerId)?.Repeat ?? declared?.Repeat;
            if (repeat is not null && instance.State == timer.State && RelativeTime.TryParseDuration(repeat, out var every) && every > TimeSpan.Zero)
            {
                db.WorkflowTimers.Add(new WorkflowTimer(instance, timer.TimerId, timer.State, timer.Trigger, WorkflowTimer.NextOccurrence(timer.DueAtUtc, every, run.NowUtc)));
            }

            return result.Succeeded ? result : new WorkflowResult(WorkflowOutcome.Done, result.Message, instance.Id);
        }, cancellationToken);

    private async Task<WorkflowResult> TransitionAsync(WorkflowInstance instance, string triggerId, Actor actor, FireInput input, WorkflowRun run, CancellationToken cancellationToken)
    {
        var definition = DefinitionOf(instance);
        var machine = definition.Machine(instance.Machine) ?? throw new InvalidOperationException($"La macchina «{instance.Machine}» non esiste nella versione {instance.Version} di {instance.Phase}.");
        var current = machine.State(instance.State)?.Label ?? instance.State;
        var trigger = machine.Trigger(triggerId);
        if (trigger is null || !trigger.From.Contains(instance.State))
        {
            var name = trigger?.Label ?? triggerId;
            return new WorkflowResult(WorkflowOutcome.NotPermitted, $"«{name}» non è possibile nello stato «{current}». {WorkflowPermissions.PermittedText(machine, instance, actor)}", instance.Id, instance.State);
        }

        if (!WorkflowPermissions.MayFire(actor, instance, trigger))
        {
            return new WorkflowResult(WorkflowOutcome.Forbidden, $"«{trigger.Label}» spetta a: {string.Join(", ", trigger.Roles.Select(WorkflowPermissions.WhoLabel))}.", instance.Id, instance.State);
        }

        if (trigger.Requires.Contains(Requirements.Comment) && string.IsNullOrWhiteSpace(input.Comment))
        {
            return new WorkflowResult(WorkflowOutcome.Invalid, $"Scrivere un commento: è richiesto per «{trigger.Label}».", instance.Id, instance.State);
        }

        if (trigger.Requires.Contains(Requirements.Deliberation))
        {
            var today = ItalianFormat.DayOf(run.NowUtc);
            if (input.Deliberation is null || string.IsNullOrWhiteSpace(input.Deliberation.Number))
            {
                return new WorkflowResult(WorkflowOutcome.Invalid, "Indicare numero e data della delibera di Giunta.", instance.Id, instance.State);
            }

            if (input.Deliberation.Date > today)
            {
                return new WorkflowResult(WorkflowOutcome.Invalid, $"La data della delibera ({ItalianFormat.Date(input.Deliberation.Date)}) non può essere futura.", instance.Id, instance.State);
            }
        }

        var scope = new TransitionScope(instance, definition, input.Deliberation, run.NowUtc, actor, Clean(input.Comment));
        var verdict = trigger.Guard is { } guard ? await hooks.CheckAsync(guard, scope, cancellationToken) : GuardResult.Yes;

        // Stateless owns the transition rules (which trigger from which state, under which guard); the effects below
        // follow from the definition, in a fixed order.
        var from = instance.State;
        var reached = from;
        var stateMachine = new StateMachine<string, string>(() => reached, s => reached = s);
        WorkflowStateMachines.Configure(stateMachine, machine, from, trigger.Id, verdict.Passed);
        if (!stateMachine.CanFire(trigger.Id))
        {
            return new WorkflowResult(WorkflowOutcome.NotPermitted, $"«{trigger.Label}» non è ancora possibile: {verdict.Reason}", instance.Id, instance.State);
        }

        await stateMachine.FireAsync(trigger.Id);

        var journal = new WorkflowJournalEntry(instance, trigger.Id, from, reached, actor.UserId, actor.Name, Clean(input.Comment), run.NowUtc);
        db.WorkflowJournal.Add(journal);
        run.Audit(actor, journal);
        if (!trigger.IsInternal)
        {
            await agenda.CloseTasksAsync(instance, null, actor.Name, run.NowUtc, cancellationToken);
            await agenda.CancelTimersAsync(instance, cancellationToken);
        }

        instance.Transition(reached, trigger.IsInternal, run.NowUtc);
        var context = new ActionContext(instance, definition, machine, actor, input, journal, run);
        await RunActionsAsync(trigger.Actions, context, cancellationToken);
        if (!trigger.IsInternal)
        {
            await RunActionsAsync(machine.State(reached)!.OnEntry, context, cancellationToken);
            agenda.ScheduleTimers(instance, machine, reached);
        }

        await FireParentsAsync(context, cancellationToken);
        var label = machine.State(instance.State)?.Label ?? instance.State;
        return new WorkflowResult(WorkflowOutcome.Done, trigger.IsInternal ? $"«{trigger.Label}» eseguito." : $"«{trigger.Label}»: ora «{label}».", instance.Id, instance.State);
    }

    /// <returns>The journal line of the start, for the audit trail when a person started it.</returns>
    private async Task<WorkflowJournalEntry> StartInstanceAsync(WorkflowInstance instance, WorkflowDefinition definition, MachineDefinition machine, Actor actor, WorkflowRun run, CancellationToken cancellationToken, FireInput? input = null)
    {
        db.WorkflowInstances.Add(instance);
        var journal = new WorkflowJournalEntry(instance, StartTrigger, string.Empty, machine.Initial, actor.UserId, actor.Name, Clean(input?.Comment), run.NowUtc);
        db.WorkflowJournal.Add(journal);
        var context = new ActionContext(instance, definition, machine, actor, input ?? FireInput.None, journal, run);
        await RunActionsAsync(machine.OnStart, context, cancellationToken);
        await RunActionsAsync(machine.State(machine.Initial)!.OnEntry, context, cancellationToken);
        agenda.ScheduleTimers(instance, machine, machine.Initial);
        await FireParentsAsync(context, cancellationToken);
        return journal;
    }

    private async Task RunActionsAsync(IReadOnlyList<ActionDefinition> actions, ActionContext context, CancellationToken cancellationToken)
    {
        var instance = context.Instance;
        foreach (var action in actions)
        {
            switch (action.Type)
            {
                case ActionTypes.Notify:
                    context.Run.Mails.Add(new PendingMail(instance, context.Definition, context.Machine, action.Template!, action.To!, context.Actor, Clean(context.Input.Comment), context.Input.Deliberation));
                    break;
                case ActionTypes.OpenTask:
                    agenda.OpenTask(instance, action, context.Run.NowUtc);
                    break;
                case ActionTypes.CloseTasks:
                    await agenda.CloseTasksAsync(instance, action.For, context.Actor.Name, context.Run.NowUtc, cancellationToken);
                    break;
                case ActionTypes.StartChildren:
                    await StartChildrenAsync(context, action.Machine!, action.For!, cancellationToken);
                    break;
                case ActionTypes.FireParent:
                    context.ParentTriggers.Add(action.Trigger!);
                    break;
                case ActionTypes.Enqueue:
                    context.Run.Jobs.Add((action.Job!, instance.Year));
                    break;
                case ActionTypes.RecordDeliberation:
                    context.Journal.RecordDeliberation(context.Input.Deliberation ?? throw new InvalidOperationException("Delibera mancante."));
                    break;
                case ActionTypes.Run:
                    await hooks.RunAsync(action.Operation!, new TransitionScope(instance, context.Definition, context.Input.Deliberation, context.Run.NowUtc, context.Actor, Clean(context.Input.Comment)), cancellationToken);
                    break;
                default:
                    throw new InvalidOperationException($"Azione «{action.Type}» sconosciuta.");
            }
        }
    }

    private async Task StartChildrenAsync(ActionContext context, string machineId, string set, CancellationToken cancellationToken)
    {
        var parent = context.Instance;
        var machine = context.Definition.Machine(machineId)!;
        var participants = await hooks.ParticipantsAsync(set, parent.Year, Today(context.Run.NowUtc), cancellationToken);
        var existing = parent.Id == 0
            ? []
            : await db.WorkflowInstances.AsNoTracking().Where(i => i.ParentId == parent.Id && i.Machine == machineId).Select(i => i.SubjectKey).ToListAsync(cancellationToken);
        var started = existing.ToHashSet(StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            // A person without an account (an evaluated employee) is told apart by the record the instance is about.
            var discriminator = participant.SubjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!started.Add(WorkflowInstance.KeyOf(machineId, parent.Year, parent.Round, participant.OwnerId) + (discriminator is null ? string.Empty : "|" + discriminator)))
            {
                continue;
            }

            var child = new WorkflowInstance(context.Definition.Phase, context.Definition.Version, machineId, parent.Year, parent.Round, participant.OwnerId, participant.ReviewerId, parent, machine.Initial, context.Run.NowUtc, discriminator, participant.SubjectId);
            child.SetDates(parent.ReferenceDate, parent.DueDate);
            await StartInstanceAsync(child, context.Definition, machine, context.Actor, context.Run, cancellationToken);
        }
    }

    private async Task FireParentsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        foreach (var trigger in context.ParentTriggers)
        {
            var parent = context.Instance.Parent;
            if (parent is null && context.Instance.ParentId is { } parentId)
            {
                parent = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == parentId, cancellationToken);
            }

            if (parent is null)
            {
                continue;
            }

            // The parent moves only when its own rules allow (all children accepted, for example); otherwise it waits.
            var result = await TransitionAsync(parent, trigger, Actor.Scheduler, FireInput.None, context.Run, cancellationToken);
            if (!result.Succeeded)
            {
                LogParentWaits(logger, parent.Id, trigger, result.Outcome);
            }
        }
    }

    private static DateOnly Today(DateTime nowUtc) => ItalianFormat.DayOf(nowUtc);

    private static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();

    private static WorkflowResult Conflict(WorkflowInstance instance) =>
        new(WorkflowOutcome.Conflict, "La pratica è stata modificata da qualcun altro nel frattempo: ricaricare la pagina per vederne lo stato attuale e riprovare.", instance.Id, instance.State);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Timer} della pratica {Instance} non applicabile ora ({Outcome})")]
    private static partial void LogTimerSkipped(ILogger logger, string timer, int instance, WorkflowOutcome outcome);

    [LoggerMessage(Level = LogLevel.Debug, Message = "La pratica madre {Instance} resta ferma su {Trigger} ({Outcome})")]
    private static partial void LogParentWaits(ILogger logger, int instance, string trigger, WorkflowOutcome outcome);

    private sealed class ActionContext(WorkflowInstance instance, WorkflowDefinition definition, MachineDefinition machine, Actor actor, FireInput input, WorkflowJournalEntry journal, WorkflowRun run)
    {
        public WorkflowInstance Instance { get; } = instance;

        public WorkflowDefinition Definition { get; } = definition;

        public MachineDefinition Machine { get; } = machine;

        public Actor Actor { get; } = actor;

        public FireInput Input { get; } = input;

        public WorkflowJournalEntry Journal { get; } = journal;

        public WorkflowRun Run { get; } = run;

        public List<string> ParentTriggers { get; } = [];
    }
}

/// <summary>A trigger offered to a person on the instance's page.</summary>
public sealed record AvailableTrigger(string Id, string Label, bool RequiresComment, bool RequiresDeliberation, bool Enabled, string? Reason);

/// <summary>An email a transition asked for, composed once the transaction's instances have ids.</summary>
public sealed record PendingMail(WorkflowInstance Instance, WorkflowDefinition Definition, MachineDefinition Machine, string Template, string Party, Actor Actor, string? Comment, Deliberation? Deliberation);
