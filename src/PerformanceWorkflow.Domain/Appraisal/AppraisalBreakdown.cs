using System.Globalization;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Appraisal;

/// <summary>What a form is computed from: the unit's score, the objectives, the ratings, the scores the person gave.</summary>
public sealed record AppraisalInput(
    RoleGroup Group,
    double? Unit,
    string? UnitName,
    IReadOnlyList<(double Weight, double? Achieved)> Objectives,
    IReadOnlyList<(string Code, int? Rating)> Ratings,
    IReadOnlyCollection<double> ScoresGiven)
{
    /// <summary>The differentiation component fixed with the proposal (null: not applied); when set, <see cref="ScoresGiven"/> is not used.</summary>
    public bool DifferentiationFixed { get; init; }

    public double? FixedDifferentiation { get; init; }
}

/// <summary>A form's score with its breakdown: every component, its weight on this form, its score and why.</summary>
public sealed record AppraisalBreakdown(IReadOnlyList<ComponentScore> Components, double? Final, bool Negative, IReadOnlyList<string> Missing)
{
    /// <summary>Everything the evaluator must give is there: a % for every objective, a rating for every behaviour.</summary>
    public bool Complete => Missing.Count == 0;

    public double? ScoreOf(AppraisalComponent component) => Components.FirstOrDefault(c => c.Component == component)?.Score;

    /// <summary>Computes a form under a year's settings.</summary>
    public static AppraisalBreakdown Compute(AppraisalSettings settings, AppraisalInput input)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(input);
        var it = ItalianFormat.Culture;
        var weights = settings.WeightsOf(input.Group);
        var catalogue = settings.BehavioursOf(input.Group);
        var missing = new List<string>();

        if (weights.Objectives > 0)
        {
            if (input.Objectives.Count == 0)
            {
                missing.Add("nessun obiettivo individuale assegnato");
            }
            else if (input.Objectives.Any(o => o.Achieved is null))
            {
                missing.Add(string.Create(it, $"la % raggiunta di {input.Objectives.Count(o => o.Achieved is null)} obiettivi individuali"));
            }
        }

        var rated = catalogue.Select(b => (b, Rating: input.Ratings.FirstOrDefault(r => string.Equals(r.Code, b.Code, StringComparison.OrdinalIgnoreCase)).Rating)).ToList();
        if (weights.Behaviours > 0 && rated.Any(r => r.Rating is null))
        {
            missing.Add(string.Create(it, $"il giudizio su {rated.Count(r => r.Rating is null)} comportamenti"));
        }

        var objectives = weights.Objectives > 0 ? AppraisalRules.ObjectivesScore(input.Objectives, (double)settings.ObjectivesCap) : null;
        var behaviours = weights.Behaviours > 0 ? AppraisalRules.BehavioursScore(rated.Select(r => ((double)r.b.Weight, r.Rating)), settings.ScaleMin, settings.ScaleMax) : null;
        var differentiation = weights.Differentiation <= 0 ? null : input.DifferentiationFixed ? input.FixedDifferentiation : AppraisalRules.DifferentiationScore(input.ScoresGiven, settings.Differentiation);
        var components = AppraisalRules.Weigh(weights, input.Unit, objectives, behaviours, differentiation);
        components = [.. components.Select(c => c with { Explanation = Explain(c, settings, input, rated.Count(r => r.Rating is not null)) })];
        var final = AppraisalRules.Final(components);
        return new AppraisalBreakdown(components, final, final is { } f && AppraisalRules.IsNegative(f, (double)settings.NegativeThreshold), missing);
    }

    private static string Explain(ComponentScore c, AppraisalSettings settings, AppraisalInput input, int ratedCount)
    {
        var it = ItalianFormat.Culture;
        var why = c.Component switch
        {
            AppraisalComponent.Unit => input.Unit is { } u
                ? string.Create(it, $"punteggio di «{input.UnitName}» nel consuntivo {settings.Year}: {ItalianFormat.Number(u, 2)} % (media degli indicatori)")
                : $"«{input.UnitName ?? "struttura non indicata"}» non ha un punteggio nel consuntivo {settings.Year}",
            AppraisalComponent.Objectives => string.Create(it, $"Σ peso × % raggiunta (al più {ItalianFormat.Number(settings.ObjectivesCap)} %) / Σ pesi, su {input.Objectives.Count} obiettivi"),
            AppraisalComponent.Behaviours => string.Create(it, $"Σ peso × (giudizio − {settings.ScaleMin}) / ({settings.ScaleMax} − {settings.ScaleMin}) × 100 / Σ pesi, su {ratedCount} comportamenti"),
            AppraisalComponent.Differentiation => input.DifferentiationFixed ? "fissata con la proposta, dalle valutazioni date allora" : DifferentiationWhy(settings, input.ScoresGiven),
        };
        return string.IsNullOrEmpty(c.Explanation) ? why : $"{why}; {c.Explanation}";
    }

    private static string DifferentiationWhy(AppraisalSettings settings, IReadOnlyCollection<double> given)
    {
        var it = ItalianFormat.Culture;
        if (given.Count < settings.MinimumForDifferentiation)
        {
            return string.Create(it, $"valutazioni date: {given.Count} (servono almeno {settings.MinimumForDifferentiation})");
        }

        var rule = settings.Differentiation;
        var bands = given.GroupBy(s => AppraisalRules.Band(s, rule.TopBand, rule.LowBand)).OrderBy(g => g.Key)
            .Select(g => string.Create(it, $"{g.Count()} in fascia {AppraisalRules.BandLabel(g.Key, rule.TopBand, rule.LowBand)}"));
        return string.Create(it, $"valutazioni date: {given.Count} ({string.Join(", ", bands)}); 100 se coprono almeno {rule.MinimumBands} fasce, altrimenti 50 × scarto ({ItalianFormat.Number(given.Max() - given.Min(), 2)}) / {ItalianFormat.Number(rule.SpreadForHalf, 2)}, al più 50");
    }
}
