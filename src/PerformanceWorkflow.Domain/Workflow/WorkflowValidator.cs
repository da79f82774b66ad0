using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Domain.Workflow;

/// <summary>The names the engine knows, against which a definition is checked.</summary>
public sealed record WorkflowVocabulary(
    IReadOnlySet<string> Guards,
    IReadOnlySet<string> Operations,
    IReadOnlySet<string> Jobs,
    IReadOnlySet<string> Templates,
    IReadOnlySet<string> Recipients,
    IReadOnlySet<string> Subjects,
    IReadOnlySet<string> Dates)
{
    /// <summary>Who may fire a trigger besides the roles of domain.md.</summary>
    public const string Owner = "owner";

    /// <summary>Who reviews the owner's work on this instance (the evaluator of an appraisal).</summary>
    public const string Reviewer = "reviewer";

    public const string System = "system";

    public static bool IsRole(string role) => role is Owner or Reviewer or System || Roles.All.Contains(role);

    /// <summary>"owner", "reviewer" or "role:X": who receives an email or a task.</summary>
    public static bool IsParty(string party) =>
        party is Owner or Reviewer || (party.StartsWith("role:", StringComparison.Ordinal) && Roles.All.Contains(party[5..]));
}

/// <summary>
/// Checks a definition before the service starts: every name known (guards, operations, jobs, templates, roles,
/// recipients), every state reachable, every timer tied to a trigger its state permits. Messages name the file and the
/// element, in Italian, so that whoever edits the JSON finds the mistake.
/// </summary>
public static class WorkflowValidator
{
    public static IReadOnlyList<string> Validate(WorkflowDefinition definition, string file, WorkflowVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var errors = new List<string>();
        void Error(string where, string message) => errors.Add($"{file}: {where}: {message}");

        if (definition.Version < 1)
        {
            Error("version", "la versione deve essere un intero da 1 in su.");
        }

        if (definition.Machines.Count == 0)
        {
            Error("machines", "nessuna macchina a stati.");
        }

        foreach (var duplicate in definition.Machines.GroupBy(m => m.Id).Where(g => g.Count() > 1))
        {
            Error($"machines «{duplicate.Key}»", "identificativo ripetuto.");
        }

        foreach (var machine in definition.Machines)
        {
            var where = $"machines «{machine.Id}»";
            if (!vocabulary.Subjects.Contains(machine.Subject))
            {
                Error(where, $"soggetto «{machine.Subject}» sconosciuto (ammessi: {string.Join(", ", vocabulary.Subjects)}).");
            }

            var states = machine.States.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var duplicate in machine.States.GroupBy(s => s.Id).Where(g => g.Count() > 1))
            {
                Error($"{where} states «{duplicate.Key}»", "stato ripetuto.");
            }

            if (!states.Contains(machine.Initial))
            {
                Error($"{where} initial", $"lo stato iniziale «{machine.Initial}» non esiste.");
            }

            foreach (var action in machine.OnStart)
            {
                CheckAction(action, $"{where} onStart", definition, machine, vocabulary, Error);
            }

            foreach (var state in machine.States)
            {
                foreach (var action in state.OnEntry)
                {
                    CheckAction(action, $"{where} states «{state.Id}» onEntry", definition, machine, vocabulary, Error);
                }
            }

            foreach (var duplicate in machine.Triggers.GroupBy(t => t.Id).Where(g => g.Count() > 1))
            {
                Error($"{where} triggers «{duplicate.Key}»", "trigger ripetuto.");
            }

            foreach (var trigger in machine.Triggers)
            {
                var at = $"{where} triggers «{trigger.Id}»";
                foreach (var from in trigger.From.Where(f => !states.Contains(f)))
                {
                    Error(at, $"lo stato di partenza «{from}» non esiste.");
                }

                if (!states.Contains(trigger.To))
                {
                    Error(at, $"lo stato di arrivo «{trigger.To}» non esiste.");
                }

                if (trigger.Roles.Count == 0)
                {
                    Error(at, "nessun ruolo può attivarlo.");
                }

                foreach (var role in trigger.Roles.Where(r => !WorkflowVocabulary.IsRole(r)))
                {
                    Error(at, $"ruolo «{role}» sconosciuto (ammessi: {string.Join(", ", Roles.All)}, owner, reviewer, system).");
                }

                if (trigger.Guard is { } guard && !vocabulary.Guards.Contains(GuardName(guard)))
                {
                    Error(at, $"condizione «{guard}» sconosciuta (ammesse: {string.Join(", ", vocabulary.Guards)}).");
                }

                foreach (var requirement in trigger.Requires.Where(r => !Requirements.All.Contains(r)))
                {
                    Error(at, $"requisito «{requirement}» sconosciuto (ammessi: {string.Join(", ", Requirements.All)}).");
                }

                foreach (var action in trigger.Actions)
                {
                    CheckAction(action, $"{at} actions", definition, machine, vocabulary, Error);
                }
            }

            foreach (var timer in machine.Timers)
            {
                var at = $"{where} timers «{timer.Id}»";
                if (!states.Contains(timer.State))
                {
                    Error(at, $"lo stato «{timer.State}» non esiste.");
                }

                var trigger = machine.Trigger(timer.Trigger);
                if (trigger is null)
                {
                    Error(at, $"il trigger «{timer.Trigger}» non esiste.");
                }
                else
                {
                    if (!trigger.From.Contains(timer.State))
                    {
                        Error(at, $"il trigger «{timer.Trigger}» non parte dallo stato «{timer.State}».");
                    }

                    if (!trigger.Roles.Contains(WorkflowVocabulary.System))
                    {
                        Error(at, $"il trigger «{timer.Trigger}» deve ammettere il ruolo «system» per essere attivato da un timer.");
                    }
                }

                CheckTime(timer.At, at, vocabulary, Error);
                if (timer.Repeat is not null && (!RelativeTime.TryParseDuration(timer.Repeat, out var every) || every <= TimeSpan.Zero))
                {
                    Error(at, $"ripetizione «{timer.Repeat}» non valida: una durata ISO 8601 positiva (es. P7D).");
                }
            }

            // Every state reachable from the initial one.
            var reached = new HashSet<string>([machine.Initial], StringComparer.Ordinal);
            var frontier = new Queue<string>(reached);
            while (frontier.Count > 0)
            {
                var current = frontier.Dequeue();
                foreach (var next in machine.Triggers.Where(t => t.From.Contains(current)).Select(t => t.To))
                {
                    if (reached.Add(next))
                    {
                        frontier.Enqueue(next);
                    }
                }
            }

            foreach (var unreachable in machine.States.Where(s => !reached.Contains(s.Id)))
            {
                Error($"{where} states «{unreachable.Id}»", "stato irraggiungibile dallo stato iniziale.");
            }
        }

        return errors;
    }

    /// <summary>"allChildrenIn:accettato" → "allChildrenIn".</summary>
    public static string GuardName(string guard)
    {
        ArgumentNullException.ThrowIfNull(guard);
        var colon = guard.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? guard : guard[..colon];
    }

    private static void CheckTime(RelativeTime time, string where, WorkflowVocabulary vocabulary, Action<string, string> error)
    {
        if (time.RelativeTo is not (RelativeTime.Entered or RelativeTime.Started) && !vocabulary.Dates.Contains(time.RelativeTo))
        {
            error(where, $"data «{time.RelativeTo}» sconosciuta (ammesse: entered, started, {string.Join(", ", vocabulary.Dates)}).");
        }

        if (!RelativeTime.TryParseDuration(time.Offset, out _))
        {
            error(where, $"scostamento «{time.Offset}» non valido: una durata ISO 8601 (es. P7D, -P7D, PT12H).");
        }
    }

    private static void CheckAction(ActionDefinition action, string where, WorkflowDefinition definition, MachineDefinition machine, WorkflowVocabulary vocabulary, Action<string, string> error)
    {
        var at = $"{where} «{action.Type}»";
        void CheckParty(string? party, string name)
        {
            if (party is null)
            {
                error(at, $"manca «{name}».");
            }
            else if (!WorkflowVocabulary.IsParty(party))
            {
                error(at, $"«{name}» deve essere «owner», «reviewer» o «role:<ruolo>», non «{party}».");
            }
        }

        switch (action.Type)
        {
            case ActionTypes.Notify:
                CheckParty(action.To, "to");
                if (action.Template is null || !vocabulary.Templates.Contains(action.Template))
                {
                    error(at, $"modello email «{action.Template}» inesistente (in workflows/templates).");
                }

                break;
            case ActionTypes.OpenTask:
                CheckParty(action.For, "for");
                if (string.IsNullOrWhiteSpace(action.Title))
                {
                    error(at, "manca il titolo del compito («title»).");
                }

                if (action.Due is { } due)
                {
                    CheckTime(due, at, vocabulary, error);
                }

                break;
            case ActionTypes.CloseTasks:
                if (action.For is not null)
                {
                    CheckParty(action.For, "for");
                }

                break;
            case ActionTypes.RecordDeliberation:
                if (!machine.Triggers.Any(t => t.Actions.Contains(action) && t.Requires.Contains(Requirements.Deliberation)))
                {
                    error(at, "il trigger che registra la delibera deve richiederla («requires»: [\"deliberation\"]).");
                }

                break;
            case ActionTypes.StartChildren:
                if (action.Machine is null || definition.Machine(action.Machine) is null || action.Machine == machine.Id)
                {
                    error(at, $"macchina «{action.Machine}» inesistente in questo file (o la stessa).");
                }

                if (action.For is null || !vocabulary.Recipients.Contains(action.For))
                {
                    error(at, $"insieme di persone «{action.For}» sconosciuto (ammessi: {string.Join(", ", vocabulary.Recipients)}).");
                }

                break;
            case ActionTypes.FireParent:
                var parents = definition.Machines.Where(m => m.ChildMachines.Contains(machine.Id)).ToList();
                if (parents.Count == 0)
                {
                    error(at, "nessuna macchina avvia questa come figlia.");
                }
                else if (action.Trigger is null || parents.TrueForAll(p => p.Trigger(action.Trigger) is null))
                {
                    error(at, $"il trigger «{action.Trigger}» non esiste nella macchina madre.");
                }

                break;
            case ActionTypes.Enqueue:
                if (action.Job is null || !vocabulary.Jobs.Contains(action.Job))
                {
                    error(at, $"lavoro «{action.Job}» sconosciuto (ammessi: {string.Join(", ", vocabulary.Jobs)}).");
                }

                break;
            case ActionTypes.Run:
                if (action.Operation is null || !vocabulary.Operations.Contains(action.Operation))
                {
                    error(at, $"operazione «{action.Operation}» sconosciuta (ammesse: {string.Join(", ", vocabulary.Operations)}).");
                }

                break;
            default:
                error(at, $"azione sconosciuta (ammesse: {string.Join(", ", ActionTypes.All)}).");
                break;
        }
    }
}
