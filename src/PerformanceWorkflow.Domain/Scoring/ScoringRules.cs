using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Domain.Scoring;

/// <summary>
/// The scoring rules of the reference document (lines 103–115), restated in domain.md § Scoring rules, one small
/// function each. Nothing else in the product computes a percentage: the engine, the explanations, the reports and
/// HR's final scores all come through here.
/// </summary>
public static class ScoringRules
{
    /// <summary>Rule 1 — "Misura della Performance": achieved value / target value of the reference year, as a percentage.</summary>
    public static double Achievement(double achieved, double target) => achieved / target * 100.0;

    /// <summary>Rule 2 — activity indicators: an integer 0–5, 0 = not done, 5 = done 100 %, 1–4 = 20–80 %.</summary>
    public static double Activity(int value)
    {
        if (value is < 0 or > TargetParser.ActivityMaximum)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Il valore di un'attività va da 0 a 5.");
        }

        return value * 100.0 / TargetParser.ActivityMaximum;
    }

    /// <summary>Rule 3 — efficiency, effectiveness, economy, higher is better: rule 1, capped at 100 % unless configured, never below 0.</summary>
    public static double HigherIsBetter(double achieved, double target, bool capAt100)
    {
        double percent;
        if (target > 0)
        {
            percent = Achievement(achieved, target);
        }
        else
        {
            // "At least 0": met or not.
            percent = achieved >= target ? 100.0 : 0.0;
        }

        percent = Math.Max(0.0, percent);
        return capAt100 ? Math.Min(100.0, percent) : percent;
    }

    /// <summary>
    /// Rule 3 — lower is better (a target ≤ 0 such as "-1" days of delay, or an "at most" target): 100 % when the value
    /// does not exceed the target; beyond it 0 %, or with the configured band linearly down to 0 % at target + tolerance.
    /// </summary>
    public static double LowerIsBetter(double achieved, double target, LowerIsBetterRule rule, double tolerance)
    {
        if (achieved <= target)
        {
            return 100.0;
        }

        if (rule == LowerIsBetterRule.AllOrNothing || tolerance <= 0)
        {
            return 0.0;
        }

        return Math.Max(0.0, (target + tolerance - achieved) / tolerance * 100.0);
    }

    /// <summary>Rule 4 — informational ("Dato …") indicators never enter any average.</summary>
    public static bool EntersAverages(IndicatorKind kind) => kind.IsScoring();

    /// <summary>
    /// Rules 1–4 and 8 applied to one indicator: its percentage for a value of any round (monitoring values are
    /// scored against the annual target, rule 8), or why it has none.
    /// </summary>
    public static (double? Percent, ScoreRule Rule) Score(IndicatorKind kind, Target target, double? value, ScoringSettings settings) =>
        Score(kind, ScoringTarget.Of(target), value, settings);

    /// <summary>The same rules on a target already read (<see cref="IndicatorInput.Scoring"/>).</summary>
    public static (double? Percent, ScoreRule Rule) Score(IndicatorKind kind, in ScoringTarget target, double? value, ScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!EntersAverages(kind))
        {
            return (null, ScoreRule.Informational);
        }

        if (!target.IsScorable)
        {
            return (null, ScoreRule.InvalidTarget);
        }

        if (value is not { } v)
        {
            return (null, ScoreRule.NotEntered);
        }

        if (target.Measure == TargetMeasure.ActivityScale)
        {
            return (Activity((int)Math.Round(v)), ScoreRule.Activity);
        }

        if (target.Direction == TargetDirection.LowerIsBetter)
        {
            var band = settings.LowerIsBetter == LowerIsBetterRule.LinearBand && settings.Tolerance > 0;
            return (LowerIsBetter(v, target.Threshold, settings.LowerIsBetter, (double)settings.Tolerance), band ? ScoreRule.LowerIsBetterBand : ScoreRule.LowerIsBetterAllOrNothing);
        }

        return (HigherIsBetter(v, target.Threshold, settings.CapAt100), ScoreRule.HigherIsBetter);
    }

    /// <summary>Rules 5 and 6 — an objective, and every other dimension, is the arithmetic mean of the scoring indicators under it.</summary>
    public static double? FlatMean(IEnumerable<double> percents)
    {
        ArgumentNullException.ThrowIfNull(percents);
        var sum = 0.0;
        var count = 0;
        foreach (var p in percents)
        {
            sum += p;
            count++;
        }

        return count == 0 ? null : sum / count;
    }

    /// <summary>
    /// Rule 7 — strategic control: the state of implementation of a mandate line is the weighted mean of the results
    /// under it, each weighted by its objective's weight for the year times its tree element's weight (two levels; 1 by
    /// default, so that equal weights give the flat mean).
    /// </summary>
    public static double? WeightedMean(IEnumerable<(double Percent, double Weight)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var sum = 0.0;
        var weights = 0.0;
        foreach (var (percent, weight) in items)
        {
            sum += percent * weight;
            weights += weight;
        }

        return weights <= 0 ? null : sum / weights;
    }
}
