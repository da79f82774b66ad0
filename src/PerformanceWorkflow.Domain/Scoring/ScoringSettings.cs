namespace PerformanceWorkflow.Domain.Scoring;

/// <summary>How a lower-is-better indicator (target ≤ 0, or "at most") scores when it misses its target.</summary>
public enum LowerIsBetterRule
{
    /// <summary>100 % when the value is at or below the target, else 0 % (the document's reading).</summary>
    AllOrNothing,

    /// <summary>100 % at or below the target, 0 % at target + tolerance or above, linear in between.</summary>
    LinearBand,
}

/// <summary>
/// The choices the PIAO leaves open, stored with each year's plan and defaulting to the document's reading:
/// achievement capped at 100 %, lower-is-better all-or-nothing.
/// </summary>
public sealed record ScoringSettings(bool CapAt100, LowerIsBetterRule LowerIsBetter, decimal Tolerance)
{
    public static ScoringSettings Default { get; } = new(CapAt100: true, LowerIsBetterRule.AllOrNothing, Tolerance: 0m);

    /// <summary>The problems of these settings, in Italian; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (LowerIsBetter == LowerIsBetterRule.LinearBand && Tolerance <= 0)
        {
            problems.Add("Con la fascia lineare la tolleranza deve essere maggiore di zero.");
        }

        if (Tolerance < 0)
        {
            problems.Add("La tolleranza non può essere negativa.");
        }

        return problems;
    }
}
