using System.Xml;

namespace PerformanceWorkflow.Domain.Workflow;

/// <summary>
/// A phase of the cycle as declared in <c>workflows/&lt;phase&gt;.json</c>: a version, Italian labels, and the state
/// machines it runs (a coordinator for the year or round, participants for each owner or employee).
/// </summary>
public sealed record WorkflowDefinition(string Phase, int Version, string Label, string? Description, IReadOnlyList<MachineDefinition> Machines)
{
    public MachineDefinition? Machine(string id) => Machines.FirstOrDefault(m => m.Id == id);
}

/// <summary>One state machine: what its instances are about (year, round, owner, employee), states, triggers, timers.</summary>
public sealed record MachineDefinition(
    string Id,
    string Subject,
    string Label,
    string Initial,
    IReadOnlyList<StateDefinition> States,
    IReadOnlyList<TriggerDefinition> Triggers,
    IReadOnlyList<TimerDefinition> Timers,
    IReadOnlyList<ActionDefinition> OnStart)
{
    public StateDefinition? State(string id) => States.FirstOrDefault(s => s.Id == id);

    public TriggerDefinition? Trigger(string id) => Triggers.FirstOrDefault(t => t.Id == id);

    /// <summary>The machines this one starts as children (by startChildren actions).</summary>
    public IEnumerable<string> ChildMachines =>
        States.SelectMany(s => s.OnEntry).Concat(Triggers.SelectMany(t => t.Actions)).Concat(OnStart)
            .Where(a => a.Type == ActionTypes.StartChildren && a.Machine is not null).Select(a => a.Machine!).Distinct();
}

public sealed record StateDefinition(string Id, string Label, bool Final, IReadOnlyList<ActionDefinition> OnEntry);

/// <summary>
/// A trigger: from which states to which, who may fire it (roles of domain.md, "owner" of the instance, "system" for
/// timers and jobs), an optional named guard, what it requires (a comment, a deliberation) and its actions.
/// A trigger whose target is its only source state is internal: the state is not left, its timers keep running.
/// </summary>
public sealed record TriggerDefinition(
    string Id,
    string Label,
    IReadOnlyList<string> From,
    string To,
    IReadOnlyList<string> Roles,
    string? Guard,
    IReadOnlyList<string> Requires,
    IReadOnlyList<ActionDefinition> Actions)
{
    public bool IsInternal => From.Count == 1 && From[0] == To;
}

/// <summary>What a trigger can ask of whoever fires it.</summary>
public static class Requirements
{
    public const string Comment = "comment";
    public const string Deliberation = "deliberation";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>([Comment, Deliberation], StringComparer.Ordinal);
}

/// <summary>
/// A named action: notify (to "owner" or "role:X", with a template), openTask (for "owner" or "role:X", a title, a due
/// time), closeTasks, startChildren (a machine, for a set of people), fireParent (a trigger of the parent instance),
/// enqueue (a named job), recordDeliberation, run (a named domain operation).
/// </summary>
public sealed record ActionDefinition(
    string Type,
    string? To = null,
    string? Template = null,
    string? For = null,
    string? Title = null,
    RelativeTime? Due = null,
    string? Machine = null,
    string? Trigger = null,
    string? Job = null,
    string? Operation = null);

/// <summary>The action types the engine knows.</summary>
public static class ActionTypes
{
    public const string Notify = "notify";
    public const string OpenTask = "openTask";
    public const string CloseTasks = "closeTasks";
    public const string StartChildren = "startChildren";
    public const string FireParent = "fireParent";
    public const string Enqueue = "enqueue";
    public const string RecordDeliberation = "recordDeliberation";
    public const string Run = "run";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>([Notify, OpenTask, CloseTasks, StartChildren, FireParent, Enqueue, RecordDeliberation, Run], StringComparer.Ordinal);
}

/// <summary>A timer: while the instance is in <see cref="State"/>, at a time relative to a date of the instance, fire a trigger.</summary>
public sealed record TimerDefinition(string Id, string State, RelativeTime At, string? Repeat, string Trigger)
{
    public TimeSpan? RepeatEvery => Repeat is null ? null : RelativeTime.ParseDuration(Repeat);
}

/// <summary>
/// A time relative to a date of the instance: "entered" (when its current state was entered), "started", or a named
/// date ("dueDate", "referenceDate": 08:00 in Rome of that day); the offset is an ISO 8601 duration, negative before
/// the date ("-P7D": seven days before).
/// </summary>
public sealed record RelativeTime(string RelativeTo, string Offset)
{
    public const string Entered = "entered";
    public const string Started = "started";

    public TimeSpan OffsetSpan => ParseDuration(Offset);

    /// <summary>Resolves against the instance's dates (UTC); null when the date is not set.</summary>
    public DateTime? Resolve(DateTime enteredUtc, DateTime startedUtc, IReadOnlyDictionary<string, DateTime> datesUtc)
    {
        ArgumentNullException.ThrowIfNull(datesUtc);
        DateTime? basis = RelativeTo switch
        {
            Entered => enteredUtc,
            Started => startedUtc,
            _ => datesUtc.TryGetValue(RelativeTo, out var date) ? date : null,
        };
        return basis + OffsetSpan;
    }

    /// <summary>"P7D", "-P7D", "PT12H", "P1DT6H".</summary>
    public static TimeSpan ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var negative = text.StartsWith('-');
        var span = XmlConvert.ToTimeSpan(negative ? text[1..] : text);
        return negative ? -span : span;
    }

    public static bool TryParseDuration(string? text, out TimeSpan span)
    {
        span = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            span = ParseDuration(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
