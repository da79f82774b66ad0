namespace PerformanceWorkflow.Domain.Plan;

/// <summary>The state of a year's plan.</summary>
public enum PlanStatus
{
    /// <summary>Being prepared: imports may change it.</summary>
    Draft,

    /// <summary>Approved by the Giunta: targets change only through a target revision.</summary>
    Locked,
}

/// <summary>
/// One year of the Comune's plan (2024, 2025, 2026 of a triennial PIAO are three rows), with the scoring choices of
/// that year and a version that changes whenever something its scores depend on changes.
/// </summary>
public sealed class PlanYear
{
    private PlanYear()
    {
    }

    public PlanYear(int year) => Year = year;

    public int Year { get; private set; }

    public PlanStatus Status { get; private set; } = PlanStatus.Draft;

    /// <summary>Cap, lower-is-better rule and tolerance of the year (rule 3).</summary>
    public Scoring.ScoringSettings Scoring { get; private set; } = PerformanceWorkflow.Domain.Scoring.ScoringSettings.Default;

    /// <summary>Incremented by every change of values, weights or settings: scores computed at an older version are stale.</summary>
    public long ScoringVersion { get; private set; }

    /// <summary>Changes the scoring choices; refuses settings that cannot be used.</summary>
    public void ChangeScoring(Scoring.ScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(settings));
        }

        Scoring = settings;
        ScoringVersion++;
    }

    /// <summary>Values or weights of the year changed: its scores must be computed again.</summary>
    public void ScoresChanged() => ScoringVersion++;

    /// <summary>The Giunta's deliberation that approved the plan, once locked.</summary>
    public string? DeliberationNumber { get; private set; }

    public DateOnly? DeliberationDate { get; private set; }

    public DateTime? LockedAtUtc { get; private set; }

    /// <summary>The Giunta approved the plan: from now on targets change only through a target revision.</summary>
    public void Lock(string deliberationNumber, DateOnly deliberationDate, DateTime nowUtc)
    {
        if (Status == PlanStatus.Locked)
        {
            throw new InvalidOperationException($"Il piano {Year} è già bloccato (delibera n. {DeliberationNumber}).");
        }

        Status = PlanStatus.Locked;
        DeliberationNumber = deliberationNumber;
        DeliberationDate = deliberationDate;
        LockedAtUtc = nowUtc;
    }
}

/// <summary>
/// Assegnazione: an operational objective assigned to a unit for a year, with that unit's management objectives and
/// indicators (a cross-cutting objective has one per unit, each with its own values).
/// </summary>
public sealed class ObjectiveAssignment
{
    private ObjectiveAssignment()
    {
    }

    public ObjectiveAssignment(int year, OperationalObjective objective, Unit unit, int position)
    {
        Year = year;
        OperationalObjective = objective;
        Unit = unit;
        Position = position;
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    public int OperationalObjectiveId { get; private set; }

    public OperationalObjective OperationalObjective { get; private set; } = null!;

    public int UnitId { get; private set; }

    public Unit Unit { get; private set; } = null!;

    public int Position { get; private set; }

    public List<ManagementObjective> ManagementObjectives { get; private set; } = [];

    public void MoveTo(int position) => Position = position;
}

/// <summary>Obiettivo gestionale.</summary>
public sealed class ManagementObjective
{
    private ManagementObjective()
    {
        Title = string.Empty;
    }

    public ManagementObjective(string title, int position)
    {
        Title = Text.TextKey.Clean(title);
        Position = position;
    }

    public int Id { get; private set; }

    public int ObjectiveAssignmentId { get; private set; }

    public ObjectiveAssignment ObjectiveAssignment { get; private set; } = null!;

    public string Title { get; private set; }

    public int Position { get; private set; }

    public List<Indicator> Indicators { get; private set; } = [];

    public void Update(string title, int position)
    {
        Title = Text.TextKey.Clean(title);
        Position = position;
    }
}

/// <summary>Indicatore: kind, target as written and its meaning, due date (Data Previsione) and office.</summary>
public sealed class Indicator
{
    private Indicator()
    {
        Title = string.Empty;
        KindLabel = string.Empty;
        Target = Target.None;
    }

    public Indicator(string title, IndicatorKind kind, string kindLabel, Target target, DateOnly? dueDate, Office? office, int position)
    {
        Title = Text.TextKey.Clean(title);
        Kind = kind;
        KindLabel = kindLabel;
        Target = target;
        DueDate = dueDate;
        Office = office;
        Position = position;
    }

    public int Id { get; private set; }

    public int ManagementObjectiveId { get; private set; }

    public ManagementObjective ManagementObjective { get; private set; } = null!;

    public string Title { get; private set; }

    public IndicatorKind Kind { get; private set; }

    /// <summary>The kind as the plan writes it ("Dato di Qualità").</summary>
    public string KindLabel { get; private set; }

    public Target Target { get; private set; }

    /// <summary>A percentage of two counts ("N. servizi attivati / n. servizi previsti"): entered as numerator and denominator.</summary>
    public bool IsRatio => IsRatioOf(Target, Title);

    /// <summary>
    /// The one rule for ratios: a percent target on a title that divides ("… / …"). Asked with the target in force in
    /// a round, which a revision may have changed.
    /// </summary>
    public static bool IsRatioOf(Target target, string title)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(title);
        return target.Measure == TargetMeasure.Percent && title.Contains('/', StringComparison.Ordinal);
    }

    public DateOnly? DueDate { get; private set; }

    public int? OfficeId { get; private set; }

    public Office? Office { get; private set; }

    public int Position { get; private set; }

    public void Update(string title, IndicatorKind kind, string kindLabel, Target target, DateOnly? dueDate, Office? office, int position)
    {
        Title = Text.TextKey.Clean(title);
        Kind = kind;
        KindLabel = kindLabel;
        Target = target;
        DueDate = dueDate;
        Office = office;
        OfficeId = office?.Id;
        Position = position;
    }
}
