using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Monitoring;

/// <summary>
/// How far an indicator should be at a round's date: the share of the time from 1 January to its due date (31
/// December when it has none) that has passed. A value scoring below that share needs a note explaining why — the
/// cause of the deviation the Relazione will report.
/// </summary>
public static class ExpectedProgress
{
    /// <summary>0–1: how much of the indicator's time has passed at <paramref name="at"/>.</summary>
    public static double Fraction(int year, DateOnly at, DateOnly? due)
    {
        var start = new DateOnly(year, 1, 1);
        var end = due is { } d && d > start ? d : new DateOnly(year, 12, 31);
        if (at >= end)
        {
            return 1.0;
        }

        return at <= start ? 0.0 : (double)(at.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber);
    }

    /// <summary>The percentage expected at <paramref name="at"/>, for forms ("atteso al 31/03: 25 %").</summary>
    public static double ExpectedPercent(int year, DateOnly at, DateOnly? due) => Math.Round(Fraction(year, at, due) * 100.0, 1);

    /// <summary>True when the value scores below what is expected at the date (informational data never need a note).</summary>
    public static bool NeedsNote(IndicatorKind kind, Target target, decimal value, ScoringSettings settings, int year, DateOnly at, DateOnly? due)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!ScoringRules.EntersAverages(kind))
        {
            return false;
        }

        var (percent, _) = ScoringRules.Score(kind, target, (double)value, settings);
        return percent is { } p && p + 1e-9 < ExpectedPercent(year, at, due);
    }
}

/// <summary>The 0–5 scale of activity indicators, as the reference document defines it.</summary>
public static class ActivityScale
{
    public static IReadOnlyList<(int Value, string Label)> Choices { get; } =
    [
        (0, "0 — non realizzato"), (1, "1 — realizzato al 20 %"), (2, "2 — realizzato al 40 %"), (3, "3 — realizzato al 60 %"), (4, "4 — realizzato all'80 %"), (5, "5 — realizzato al 100 %"),
    ];
}
