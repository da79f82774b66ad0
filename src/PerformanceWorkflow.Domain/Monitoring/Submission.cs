namespace PerformanceWorkflow.Domain.Monitoring;

/// <summary>
/// Scheda: what an owner of indicators enters for a round — a draft kept between sessions, then submitted. Its
/// <see cref="Revision"/> makes two people saving the same form at once find out instead of overwriting each other.
/// The units are fixed when the round opens (whoever owned them that day, delegates included).
/// </summary>
public sealed class Submission
{
    private Submission()
    {
    }

    public Submission(Workflow.WorkflowInstance instance, IEnumerable<int> unitIds)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Instance = instance;
        Year = instance.Year;
        Round = instance.Round ?? throw new ArgumentException("Una scheda appartiene a un round.", nameof(instance));
        OwnerId = instance.OwnerId ?? throw new ArgumentException("Una scheda ha un titolare.", nameof(instance));
        UnitIds = [.. unitIds];
    }

    public int Id { get; private set; }

    /// <summary>The workflow instance (scheda) this form belongs to.</summary>
    public int InstanceId { get; private set; }

    public Workflow.WorkflowInstance Instance { get; private set; } = null!;

    public int Year { get; private set; }

    public int Round { get; private set; }

    public string OwnerId { get; private set; } = string.Empty;

    public List<int> UnitIds { get; private set; } = [];

    public List<SubmissionValue> Values { get; private set; } = [];

    public int Revision { get; private set; }

    public DateTime? SavedAtUtc { get; private set; }

    public string? SavedBy { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>Submitted after the round's due date.</summary>
    public bool Late { get; private set; }

    /// <summary>Replaces the draft's values with what was typed (the whole form each time).</summary>
    public void SaveDraft(IEnumerable<SubmissionValue> values, string savedBy, DateTime nowUtc)
    {
        Values.Clear();
        Values.AddRange(values);
        SavedBy = savedBy;
        SavedAtUtc = nowUtc;
        Revision++;
    }

    /// <summary>
    /// Records the sending, and decides here whether it is late: after the round's due date, as the day is in Rome.
    /// Returns <see cref="Late"/>.
    /// </summary>
    public bool MarkSubmitted(DateTime nowUtc, DateOnly dueDate)
    {
        SubmittedAtUtc = nowUtc;
        Late = Text.ItalianFormat.DayOf(nowUtc) > dueDate;
        Revision++;
        return Late;
    }
}

/// <summary>A value of a scheda: the number (or numerator and denominator) and the note.</summary>
public sealed class SubmissionValue
{
    private SubmissionValue()
    {
    }

    public SubmissionValue(int indicatorId, decimal? value, decimal? numerator, decimal? denominator, string? note)
    {
        IndicatorId = indicatorId;
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }

    public int SubmissionId { get; private set; }

    public int IndicatorId { get; private set; }

    public decimal? Value { get; private set; }

    public decimal? Numerator { get; private set; }

    public decimal? Denominator { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The value as scored: the ratio in percent when numerator and denominator are given.</summary>
    public decimal? Effective => Measurement.Effective(Value, Numerator, Denominator);
}
