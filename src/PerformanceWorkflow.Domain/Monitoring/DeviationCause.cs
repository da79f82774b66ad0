namespace PerformanceWorkflow.Domain.Monitoring;

/// <summary>
/// Causa dello scostamento: for an indicator below target in the consuntivo, what its owner says caused the deviation
/// and the corrective actions taken (LG 3/2018: the Relazione gives a cause for every indicator below target).
/// </summary>
public sealed class DeviationCause
{
    private DeviationCause()
    {
    }

    public DeviationCause(Workflow.WorkflowInstance instance, int indicatorId, double percent)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Instance = instance;
        Year = instance.Year;
        IndicatorId = indicatorId;
        Percent = percent;
    }

    public int Id { get; private set; }

    /// <summary>The owner's request for causes (a workflow instance).</summary>
    public int InstanceId { get; private set; }

    public Workflow.WorkflowInstance Instance { get; private set; } = null!;

    public int Year { get; private set; }

    public int IndicatorId { get; private set; }

    /// <summary>The % achieved in the consuntivo when the cause was asked.</summary>
    public double Percent { get; private set; }

    public string? Cause { get; private set; }

    public string? CorrectiveActions { get; private set; }

    public DateTime? SavedAtUtc { get; private set; }

    public string? SavedBy { get; private set; }

    public bool IsComplete => !string.IsNullOrWhiteSpace(Cause);

    public void Write(string? cause, string? correctiveActions, string by, DateTime nowUtc)
    {
        Cause = string.IsNullOrWhiteSpace(cause) ? null : cause.Trim();
        CorrectiveActions = string.IsNullOrWhiteSpace(correctiveActions) ? null : correctiveActions.Trim();
        SavedBy = by;
        SavedAtUtc = nowUtc;
    }
}
