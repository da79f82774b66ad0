namespace PerformanceWorkflow.Domain.Plan;

/// <summary>What a target measures: the scale or unit in which values are entered.</summary>
public enum TargetMeasure
{
    /// <summary>No target (informational indicators).</summary>
    None,

    /// <summary>The 0–5 activity scale ("5 (100%)").</summary>
    ActivityScale,

    /// <summary>A percentage ("100 %").</summary>
    Percent,

    /// <summary>Hours ("&gt;= ore 24", "ore 30").</summary>
    Hours,

    /// <summary>Days ("-1": average days of payment delay).</summary>
    Days,

    /// <summary>Euro.</summary>
    Euro,

    /// <summary>A plain count or number.</summary>
    Number,
}

/// <summary>Whether a higher or a lower achieved value is better.</summary>
public enum TargetDirection
{
    /// <summary>The more the better (the default).</summary>
    HigherIsBetter,

    /// <summary>The less the better (a target of at most, or a target ≤ 0 such as "-1" days).</summary>
    LowerIsBetter,
}

/// <summary>
/// Target (valore atteso) as written in the plan and what it means. A target that cannot be understood keeps its
/// text, carries a <see cref="Problem"/> and is left out of every score, never guessed.
/// </summary>
public sealed record Target(string Text, TargetMeasure Measure, decimal? Threshold, TargetDirection Direction, string? Problem)
{
    /// <summary>The target of an informational indicator.</summary>
    public static Target None { get; } = new(string.Empty, TargetMeasure.None, null, TargetDirection.HigherIsBetter, null);

    /// <summary>True when values can be scored against this target.</summary>
    public bool IsScorable => Problem is null && Threshold is not null && Measure != TargetMeasure.None;

    /// <summary>The unit in Italian, for forms and templates.</summary>
    public string UnitLabel => Measure switch
    {
        TargetMeasure.None => string.Empty,
        TargetMeasure.ActivityScale => "scala 0–5",
        TargetMeasure.Percent => "%",
        TargetMeasure.Hours => "ore",
        TargetMeasure.Days => "giorni",
        TargetMeasure.Euro => "euro",
        TargetMeasure.Number => "numero",
    };
}
