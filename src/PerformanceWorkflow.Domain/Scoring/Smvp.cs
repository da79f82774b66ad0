using System.Globalization;

namespace PerformanceWorkflow.Domain.Scoring;

/// <summary>Groups of staff that the SMVP weighs differently.</summary>
public enum RoleGroup
{
    /// <summary>Dirigenti.</summary>
    Director,

    /// <summary>Responsabili di U.O.C. / Elevata Qualificazione.</summary>
    UnitHead,

    /// <summary>Dipendenti.</summary>
    Staff,
}

/// <summary>
/// SMVP weights (percent) between organizational results, individual objectives and behaviours for a role group.
/// The SMVP regulation is the Comune's own: these are configuration, validated against the law.
/// </summary>
public sealed record SmvpWeights(RoleGroup Group, decimal Organizational, decimal IndividualObjectives, decimal Behaviours)
{
    /// <summary>Defaults that satisfy art. 9 c.1 lett. a D.Lgs. 150/2009; each Comune sets its own.</summary>
    public static IReadOnlyList<SmvpWeights> Defaults { get; } =
    [
        new(RoleGroup.Director, 60, 20, 20),
        new(RoleGroup.UnitHead, 55, 20, 25),
        new(RoleGroup.Staff, 30, 30, 40),
    ];

    /// <summary>The problems of these weights, in Italian; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Organizational < 0 || IndividualObjectives < 0 || Behaviours < 0)
        {
            problems.Add("I pesi non possono essere negativi.");
        }

        if (Organizational + IndividualObjectives + Behaviours != 100)
        {
            problems.Add(string.Create(CultureInfo.GetCultureInfo("it-IT"), $"I pesi devono sommare a 100 (ora {Organizational + IndividualObjectives + Behaviours})."));
        }

        // Art. 9 c.1 lett. a D.Lgs. 150/2009: for dirigenti and EQ the results of their unit weigh more.
        if (Group is RoleGroup.Director or RoleGroup.UnitHead && Organizational <= 50)
        {
            problems.Add("Per dirigenti ed EQ gli indicatori della propria unità devono pesare più della metà (art. 9 c.1 lett. a D.Lgs. 150/2009).");
        }

        return problems;
    }
}

/// <summary>Rule 9 — individual performance per the SMVP.</summary>
public static class IndividualPerformance
{
    /// <summary>
    /// The weighted mean of the parts that have a score; a part without score (for example no individual objectives
    /// assigned) leaves its weight to the others, so that a missing form never counts as zero.
    /// </summary>
    public static double? Score(double? organizational, double? individualObjectives, double? behaviours, SmvpWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Problems().Count > 0)
        {
            throw new ArgumentException(string.Join(" ", weights.Problems()), nameof(weights));
        }

        var parts = new List<(double Percent, double Weight)>();
        if (organizational is { } o)
        {
            parts.Add((o, (double)weights.Organizational));
        }

        if (individualObjectives is { } i)
        {
            parts.Add((i, (double)weights.IndividualObjectives));
        }

        if (behaviours is { } b)
        {
            parts.Add((b, (double)weights.Behaviours));
        }

        return ScoringRules.WeightedMean(parts);
    }
}
