using System.Globalization;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Appraisal;

/// <summary>The differentiation rule: bands, how many must be spanned, the spread worth half, the minimum of people.</summary>
public sealed record DifferentiationRule(double TopBand, double LowBand, int MinimumBands, double SpreadForHalf, int MinimumPeople);

/// <summary>A component with the weight it was given by the SMVP, the weight it has on this form, its score and why.</summary>
public sealed record ComponentScore(AppraisalComponent Component, double NominalWeight, double Weight, double? Score, string Explanation)
{
    public string Name => Component switch
    {
        AppraisalComponent.Unit => "unit",
        AppraisalComponent.Objectives => "objectives",
        AppraisalComponent.Behaviours => "behaviours",
        AppraisalComponent.Differentiation => "differentiation",
    };

    public string Label => AppraisalRules.Label(Component);

    /// <summary>Points this component adds to the final score (W · S / 100).</summary>
    public double? Points => Score is { } s ? Weight * s / 100 : null;
}

/// <summary>
/// The rules of individual evaluation (valutazione-rendicontazione.md §1), one function each, like
/// <see cref="Scoring.ScoringRules"/>: the form, the workflow, the lists and the exports all compute through here.
/// </summary>
public static class AppraisalRules
{
    private static CultureInfo It => ItalianFormat.Culture;

    public static string Label(AppraisalComponent component) => component switch
    {
        AppraisalComponent.Unit => "Performance della struttura",
        AppraisalComponent.Objectives => "Obiettivi individuali",
        AppraisalComponent.Behaviours => "Comportamenti organizzativi",
        AppraisalComponent.Differentiation => "Capacità di differenziare le valutazioni",
    };

    /// <summary>Individual objectives: Σ wᵢ · min(%ᵢ, cap) / Σ wᵢ; null when none has a weight and a %.</summary>
    public static double? ObjectivesScore(IEnumerable<(double Weight, double? Achieved)> objectives, double cap)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        double sum = 0, weight = 0;
        foreach (var (w, achieved) in objectives)
        {
            if (achieved is not { } a || w <= 0)
            {
                continue;
            }

            sum += w * Math.Clamp(a, 0, cap);
            weight += w;
        }

        return weight > 0 ? sum / weight : null;
    }

    /// <summary>Behaviours: Σ wᵢ · (vᵢ − min) / (max − min) · 100 / Σ wᵢ over the rated ones; null when none is rated.</summary>
    public static double? BehavioursScore(IEnumerable<(double Weight, int? Rating)> ratings, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (max <= min)
        {
            throw new ArgumentException("La scala deve avere un massimo maggiore del minimo.", nameof(max));
        }

        double sum = 0, weight = 0;
        foreach (var (w, rating) in ratings)
        {
            if (rating is not { } v || w <= 0)
            {
                continue;
            }

            sum += w * (Math.Clamp(v, min, max) - min) / (max - min) * 100;
            weight += w;
        }

        return weight > 0 ? sum / weight : null;
    }

    /// <summary>The band of a score: 0 for ≥ top (90), 1 between, 2 for &lt; low (60).</summary>
    public static int Band(double score, double top, double low) => score >= top ? 0 : score >= low ? 1 : 2;

    /// <summary>"≥ 90 %", "60–90 %", "&lt; 60 %".</summary>
    public static string BandLabel(int band, double top, double low) => band switch
    {
        0 => string.Create(It, $"≥ {top} %"),
        1 => string.Create(It, $"{low}–{top} %"),
        _ => string.Create(It, $"< {low} %"),
    };

    /// <summary>
    /// Differentiation (dirigenti, EQ), from the scores they gave: 100 when the scores span at least
    /// <see cref="DifferentiationRule.MinimumBands"/> bands; within fewer bands, 50 × spread / SpreadForHalf, at most
    /// 50 (some differentiation inside one band is worth at most half). Null — not applied — with fewer than
    /// <see cref="DifferentiationRule.MinimumPeople"/> people evaluated.
    /// </summary>
    public static double? DifferentiationScore(IReadOnlyCollection<double> given, DifferentiationRule rule)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(rule);
        if (given.Count < rule.MinimumPeople)
        {
            return null;
        }

        var bands = given.Select(s => Band(s, rule.TopBand, rule.LowBand)).Distinct().Count();
        if (bands >= rule.MinimumBands)
        {
            return 100;
        }

        var spread = given.Max() - given.Min();
        return Math.Min(50, 50 * spread / rule.SpreadForHalf);
    }

    /// <summary>
    /// The weights a form actually uses: a component not applied (differentiation with fewer than 3 people, or no
    /// weight) gives its weight to the unit component, as the doc says; any other component without a score shares
    /// its weight among those that have one, in proportion. Each component carries the sentence that says so.
    /// </summary>
    public static IReadOnlyList<ComponentScore> Weigh(ComponentWeights weights, double? unit, double? objectives, double? behaviours, double? differentiation)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var scores = new Dictionary<AppraisalComponent, double?>
        {
            [AppraisalComponent.Unit] = unit,
            [AppraisalComponent.Objectives] = objectives,
            [AppraisalComponent.Behaviours] = behaviours,
            [AppraisalComponent.Differentiation] = differentiation,
        };
        var nominal = Enum.GetValues<AppraisalComponent>().ToDictionary(c => c, c => (double)weights.Of(c));
        var effective = new Dictionary<AppraisalComponent, double>(nominal);
        var notes = Enum.GetValues<AppraisalComponent>().ToDictionary(c => c, _ => new List<string>());

        if (nominal[AppraisalComponent.Differentiation] > 0 && differentiation is null && unit is not null)
        {
            effective[AppraisalComponent.Unit] += effective[AppraisalComponent.Differentiation];
            notes[AppraisalComponent.Differentiation].Add(string.Create(It, $"non applicata (meno valutati del minimo): il suo peso ({ItalianFormat.Number(nominal[AppraisalComponent.Differentiation], 2)}) passa alla performance della struttura"));
            notes[AppraisalComponent.Unit].Add(string.Create(It, $"include il peso della differenziazione non applicata"));
            effective[AppraisalComponent.Differentiation] = 0;
        }

        var missing = effective.Where(e => e.Value > 0 && scores[e.Key] is null).Select(e => e.Key).ToList();
        var present = effective.Where(e => e.Value > 0 && scores[e.Key] is not null).Select(e => e.Key).ToList();
        var presentWeight = present.Sum(c => effective[c]);
        if (missing.Count > 0 && presentWeight > 0)
        {
            var freed = missing.Sum(c => effective[c]);
            foreach (var c in missing)
            {
                notes[c].Add("senza punteggio: il suo peso è ripartito in proporzione sulle altre componenti");
                effective[c] = 0;
            }

            foreach (var c in present)
            {
                effective[c] += freed * effective[c] / presentWeight;
            }
        }

        return [.. Enum.GetValues<AppraisalComponent>()
            .Where(c => nominal[c] > 0)
            .Select(c => new ComponentScore(c, nominal[c], effective[c], scores[c], string.Join("; ", notes[c])))];
    }

    /// <summary>Final score = Σ W_c · S_c / 100 over the components with a score; null when none has one.</summary>
    public static double? Final(IReadOnlyList<ComponentScore> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var scored = components.Where(c => c.Score is not null && c.Weight > 0).ToList();
        return scored.Count == 0 ? null : scored.Sum(c => c.Weight * c.Score!.Value / 100);
    }

    /// <summary>A final below the threshold (default 60) is negative: contraddittorio before it is final.</summary>
    public static bool IsNegative(double final, double threshold) => Math.Round(final, 2) < threshold;

    /// <summary>Shown in hundredths with two decimals: "78,35".</summary>
    public static string Format(double? score) => score is { } s ? s.ToString("0.00", It) : "—";

    /// <summary>Whether a conciliation may still be asked on a day, given when the person took presa visione.</summary>
    public static bool ConciliationWindowOpen(DateOnly acknowledgedOn, DateOnly today, int days) => today <= acknowledgedOn.AddDays(days);
}
