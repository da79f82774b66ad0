using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Domain.Monitoring;

/// <summary>The state of a target revision request.</summary>
public enum RevisionStatus
{
    Requested,
    Approved,
    Rejected,
}

/// <summary>
/// TargetRevision (intervento correttivo): an owner asks, during a round, to change an indicator's target, with the
/// reason; the segretario decides. An approved revision applies from its round on; the plan keeps the original
/// target, so the history shows both.
/// </summary>
public sealed class TargetRevision
{
    private TargetRevision()
    {
        Reason = string.Empty;
        RequestedBy = string.Empty;
        OldTarget = Target.None;
        NewTarget = Target.None;
    }

    public TargetRevision(int indicatorId, int year, int fromRound, Target oldTarget, Target newTarget, string reason, string requestedBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(newTarget);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("Indicare il motivo della revisione.", nameof(reason));
        }

        if (newTarget.Problem is not null || !newTarget.IsScorable)
        {
            throw new ArgumentException($"Il nuovo target «{newTarget.Text}» non è comprensibile: {newTarget.Problem ?? "manca il valore"}.", nameof(newTarget));
        }

        IndicatorId = indicatorId;
        Year = year;
        FromRound = fromRound;
        OldTarget = oldTarget;
        NewTarget = newTarget;
        Reason = reason.Trim();
        RequestedBy = requestedBy;
        RequestedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int IndicatorId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The round from which the new target applies.</summary>
    public int FromRound { get; private set; }

    /// <summary>The target in force when the revision was asked.</summary>
    public Target OldTarget { get; private set; }

    public Target NewTarget { get; private set; }

    public string Reason { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public RevisionStatus Status { get; private set; } = RevisionStatus.Requested;

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The workflow instance that carries the decision.</summary>
    public int? InstanceId { get; private set; }

    public Workflow.WorkflowInstance? Instance { get; private set; }

    /// <summary>Ties the request to the instance started for it (in the same transaction).</summary>
    public void Track(Workflow.WorkflowInstance instance) => Instance = instance;

    public void Approve(string decidedBy, DateTime nowUtc) => Decide(RevisionStatus.Approved, decidedBy, nowUtc);

    public void Reject(string decidedBy, DateTime nowUtc) => Decide(RevisionStatus.Rejected, decidedBy, nowUtc);

    private void Decide(RevisionStatus status, string decidedBy, DateTime nowUtc)
    {
        if (Status != RevisionStatus.Requested)
        {
            throw new InvalidOperationException("La revisione è già stata decisa.");
        }

        Status = status;
        DecidedBy = decidedBy;
        DecidedAtUtc = nowUtc;
    }

    /// <summary>
    /// The target of an indicator in a round: the latest approved revision that applies from that round or earlier,
    /// else the plan's.
    /// </summary>
    public static Target Effective(Target planned, IEnumerable<TargetRevision> revisions, int round)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        return revisions.Where(r => r.Status == RevisionStatus.Approved && r.FromRound <= round)
            .OrderBy(r => r.FromRound).ThenBy(r => r.DecidedAtUtc).ThenBy(r => r.Id)
            .LastOrDefault()?.NewTarget ?? planned;
    }
}
