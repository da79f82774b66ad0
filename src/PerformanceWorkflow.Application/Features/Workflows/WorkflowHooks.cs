using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>A guard's verdict, with the reason in Italian when it says no.</summary>
public sealed record GuardResult(bool Passed, string? Reason)
{
    public static GuardResult Yes { get; } = new(true, null);

    public static GuardResult No(string reason) => new(false, reason);
}

/// <summary>Someone a child instance is started for: the owner and, for appraisals, the reviewer.</summary>
public sealed record Participant(string? OwnerId, string? ReviewerId, IReadOnlyList<int> UnitIds, int? SubjectId = null);

/// <summary>What a guard, an operation or a list can see of the transition in progress.</summary>
public sealed record TransitionScope(WorkflowInstance Instance, WorkflowDefinition Definition, Deliberation? Deliberation, DateTime NowUtc, Actor Actor, string? Comment = null);

/// <summary>
/// The names a definition may use, and the code behind each, by kind: guards (<see cref="WorkflowGuards"/>),
/// operations (<see cref="WorkflowOperations"/>), jobs, sets of people (<see cref="WorkflowParticipants"/>) and the
/// list an email shows (<see cref="WorkflowEmailLists"/>). The one place where the JSON meets the domain;
/// <see cref="Vocabulary"/> is what start-up validation checks the files against.
/// </summary>
public sealed class WorkflowHooks(WorkflowGuards guards, WorkflowOperations operations, WorkflowParticipants participants, WorkflowEmailLists lists, IScoreRecompute recompute)
{
    public static WorkflowVocabulary Vocabulary { get; } = new(
        Guards: Set(WorkflowGuards.Names),
        Operations: Set(WorkflowOperations.Names),
        Jobs: Set("recomputeScores"),
        Templates: Set(),
        Recipients: Set(WorkflowParticipants.Names),
        Subjects: Set("year", "round", "owner", "employee"),
        Dates: WorkflowDates.All);

    private static HashSet<string> Set(params IEnumerable<string> names) => new(names, StringComparer.Ordinal);

    public Task<GuardResult> CheckAsync(string guard, TransitionScope scope, CancellationToken cancellationToken) => guards.CheckAsync(guard, scope, cancellationToken);

    /// <summary>A named domain operation, inside the transition's transaction.</summary>
    public Task RunAsync(string operation, TransitionScope scope, CancellationToken cancellationToken) => operations.RunAsync(operation, scope, cancellationToken);

    /// <summary>A named job, after the commit.</summary>
    public Task EnqueueAsync(string job, int year, CancellationToken cancellationToken) => job switch
    {
        "recomputeScores" => recompute.RequestAsync(year, cancellationToken),
        _ => throw new InvalidOperationException($"Lavoro «{job}» sconosciuto."),
    };

    /// <summary>The people a set names, for a year, as of a day (delegations count on that day).</summary>
    public Task<IReadOnlyList<Participant>> ParticipantsAsync(string set, int year, DateOnly asOf, CancellationToken cancellationToken) =>
        participants.ParticipantsAsync(set, year, asOf, cancellationToken);

    /// <summary>The list an email of this instance shows.</summary>
    public Task<IReadOnlyList<EmailListItem>> ListAsync(WorkflowInstance instance, MachineDefinition machine, WorkflowDefinition definition, CancellationToken cancellationToken) =>
        lists.ListAsync(instance, machine, definition, cancellationToken);
}
