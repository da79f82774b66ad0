using System.Globalization;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Appraisal;

/// <summary>The components of an individual evaluation (each scored 0–100).</summary>
public enum AppraisalComponent
{
    /// <summary>Performance of the unit led (or worked in), from the scoring engine.</summary>
    Unit,

    /// <summary>Individual objectives, weighted, each with its % achieved.</summary>
    Objectives,

    /// <summary>Organisational behaviours rated on the SMVP scale.</summary>
    Behaviours,

    /// <summary>Ability to differentiate the evaluations of one's own staff.</summary>
    Differentiation,
}

/// <summary>Who evaluates a role group in first instance.</summary>
public enum EvaluatorKind
{
    /// <summary>The Nucleo di valutazione proposes (dirigenti).</summary>
    EvaluationBody,

    /// <summary>The dirigente of the department.</summary>
    Director,

    /// <summary>The EQ of the unit one works in (the dirigente where the unit has none).</summary>
    UnitHead,

    /// <summary>The segretario generale.</summary>
    SecretaryGeneral,
}

/// <summary>Weights (percent, summing to 100) of the components for a role group.</summary>
public sealed record ComponentWeights(RoleGroup Group, decimal Unit, decimal Objectives, decimal Behaviours, decimal Differentiation)
{
    public decimal Of(AppraisalComponent component) => component switch
    {
        AppraisalComponent.Unit => Unit,
        AppraisalComponent.Objectives => Objectives,
        AppraisalComponent.Behaviours => Behaviours,
        AppraisalComponent.Differentiation => Differentiation,
    };
}

/// <summary>Comportamento organizzativo: one behaviour of a group's catalogue, with a descriptor per level of the scale.</summary>
public sealed record BehaviourDefinition(RoleGroup Group, string Code, string Name, decimal Weight, IReadOnlyList<string> Levels);

/// <summary>The evaluator of a role group (the evaluator matrix).</summary>
public sealed record EvaluatorRule(RoleGroup Group, EvaluatorKind Evaluator);

/// <summary>
/// SMVP settings of a year: components and weights per role group, the behaviour catalogue and its scale, the
/// evaluator matrix, the negative threshold, the conciliation deadlines, the differentiation rule and the optional
/// steps. Everything here is the Comune's choice (its SMVP); <see cref="Problems"/> holds what the law does not allow.
/// </summary>
public sealed record AppraisalSettings
{
    public required int Year { get; init; }

    public required IReadOnlyList<ComponentWeights> Weights { get; init; }

    public required IReadOnlyList<BehaviourDefinition> Behaviours { get; init; }

    public int ScaleMin { get; init; } = 1;

    public int ScaleMax { get; init; } = 5;

    public required IReadOnlyList<EvaluatorRule> Evaluators { get; init; }

    /// <summary>A final score below this is negative: the person is heard (contraddittorio) before it is final.</summary>
    public decimal NegativeThreshold { get; init; } = 60;

    /// <summary>Days after the presa visione within which the person may ask for conciliation.</summary>
    public int ConciliationRequestDays { get; init; } = 15;

    /// <summary>Days within which the conciliation body decides.</summary>
    public int ConciliationDecisionDays { get; init; } = 30;

    /// <summary>The most an individual objective counts for (percent).</summary>
    public decimal ObjectivesCap { get; init; } = 100;

    /// <summary>The bands of the differentiation rule and of the art. 20 tables: ≥ top, between, &lt; low.</summary>
    public decimal TopBand { get; init; } = 90;

    public decimal LowBand { get; init; } = 60;

    /// <summary>Differentiation is 100 when the scores given span at least this many bands.</summary>
    public int MinimumBands { get; init; } = 2;

    /// <summary>Within one band, the spread (max − min, in points) that earns half of the differentiation component.</summary>
    public decimal SpreadForHalf { get; init; } = 10;

    /// <summary>Below this number of people evaluated the differentiation component is not applied.</summary>
    public int MinimumForDifferentiation { get; init; } = 3;

    /// <summary>Verifica intermedia: the evaluator records a mid-year check on the form.</summary>
    public bool MidYearCheck { get; init; }

    /// <summary>Autovalutazione: the person rates himself before the evaluator's proposal.</summary>
    public bool SelfAssessment { get; init; }

    public ComponentWeights WeightsOf(RoleGroup group) => Weights.First(w => w.Group == group);

    public IReadOnlyList<BehaviourDefinition> BehavioursOf(RoleGroup group) => [.. Behaviours.Where(b => b.Group == group)];

    public EvaluatorKind EvaluatorOf(RoleGroup group) => Evaluators.FirstOrDefault(e => e.Group == group)?.Evaluator ?? (group == RoleGroup.Director ? EvaluatorKind.EvaluationBody : EvaluatorKind.Director);

    public DifferentiationRule Differentiation => new((double)TopBand, (double)LowBand, MinimumBands, (double)SpreadForHalf, MinimumForDifferentiation);

    /// <summary>What makes these settings unusable, in Italian; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var it = CultureInfo.GetCultureInfo("it-IT");
        var problems = new List<string>();
        foreach (var group in RoleGroups.All)
        {
            var label = RoleGroups.Label(group);
            var weights = Weights.Where(w => w.Group == group).ToList();
            if (weights.Count != 1)
            {
                problems.Add($"{label}: servono i pesi delle componenti (una sola riga).");
                continue;
            }

            var w = weights[0];
            if (w.Unit < 0 || w.Objectives < 0 || w.Behaviours < 0 || w.Differentiation < 0)
            {
                problems.Add($"{label}: i pesi non possono essere negativi.");
            }

            var sum = w.Unit + w.Objectives + w.Behaviours + w.Differentiation;
            if (sum != 100)
            {
                problems.Add(string.Create(it, $"{label}: i pesi devono sommare a 100 (ora {sum})."));
            }

            // Art. 9 c.1 lett. a D.Lgs. 150/2009: for dirigenti and EQ the indicators of the unit led weigh more than half.
            if (group is RoleGroup.Director or RoleGroup.UnitHead && w.Unit <= 50)
            {
                problems.Add(string.Create(it, $"{label}: la performance dell'unità diretta pesa {w.Unit} %, ma per dirigenti ed EQ deve pesare più della metà (art. 9 c.1 lett. a D.Lgs. 150/2009)."));
            }

            var catalogue = BehavioursOf(group);
            if (w.Behaviours > 0 && catalogue.Count == 0)
            {
                problems.Add($"{label}: i comportamenti pesano {w.Behaviours.ToString(it)} % ma il catalogo è vuoto.");
            }

            foreach (var b in catalogue)
            {
                if (string.IsNullOrWhiteSpace(b.Name) || string.IsNullOrWhiteSpace(b.Code))
                {
                    problems.Add($"{label}: ogni comportamento ha un codice e un nome.");
                }

                if (b.Weight <= 0)
                {
                    problems.Add($"{label}: il comportamento «{b.Name}» deve avere un peso positivo.");
                }

                if (b.Levels.Count != ScaleMax - ScaleMin + 1 || b.Levels.Any(string.IsNullOrWhiteSpace))
                {
                    problems.Add(string.Create(it, $"{label}: il comportamento «{b.Name}» deve descrivere ciascuno dei {ScaleMax - ScaleMin + 1} livelli della scala {ScaleMin}–{ScaleMax}."));
                }
            }

            if (catalogue.Select(b => b.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() != catalogue.Count)
            {
                problems.Add($"{label}: due comportamenti hanno lo stesso codice.");
            }
        }

        if (Evaluators.Any(e => e.Group == RoleGroup.Director && e.Evaluator is not (EvaluatorKind.EvaluationBody or EvaluatorKind.SecretaryGeneral)))
        {
            problems.Add("Dirigente: lo valuta il Nucleo di valutazione (o il segretario generale), non un altro dirigente.");
        }

        if (Evaluators.Any(e => e.Group == RoleGroup.UnitHead && e.Evaluator == EvaluatorKind.UnitHead))
        {
            problems.Add("EQ: non può essere valutato da un'altra EQ.");
        }

        if (ScaleMin < 0 || ScaleMax <= ScaleMin || ScaleMax - ScaleMin > 9)
        {
            problems.Add("La scala dei comportamenti va da un minimo a un massimo maggiore (al più 10 livelli).");
        }

        if (NegativeThreshold is < 0 or > 100)
        {
            problems.Add("La soglia della valutazione negativa è tra 0 e 100.");
        }

        if (ConciliationRequestDays is < 1 or > 90 || ConciliationDecisionDays is < 1 or > 180)
        {
            problems.Add("I termini della conciliazione vanno da 1 a 90 giorni per la richiesta e da 1 a 180 per la decisione.");
        }

        if (ObjectivesCap < 100)
        {
            problems.Add("Il tetto degli obiettivi individuali non può essere inferiore a 100 %.");
        }

        if (TopBand <= LowBand || LowBand <= 0 || TopBand > 100)
        {
            problems.Add("Le fasce devono essere 0 < fascia bassa < fascia alta ≤ 100.");
        }

        if (MinimumBands is < 2 or > 3 || SpreadForHalf <= 0 || MinimumForDifferentiation < 2)
        {
            problems.Add("La regola di differenziazione chiede 2 o 3 fasce, uno scarto positivo e almeno 2 valutati.");
        }

        return problems;
    }

    /// <summary>The defaults of the doc (valutazione-rendicontazione.md §1) with a sensible Italian behaviour catalogue.</summary>
    public static AppraisalSettings Defaults(int year) => new()
    {
        Year = year,
        Weights =
        [
            new(RoleGroup.Director, 55, 15, 25, 5),
            new(RoleGroup.UnitHead, 55, 15, 25, 5),
            new(RoleGroup.Staff, 30, 30, 40, 0),
        ],
        Behaviours = DefaultCatalogue.Behaviours,
        Evaluators =
        [
            new(RoleGroup.Director, EvaluatorKind.EvaluationBody),
            new(RoleGroup.UnitHead, EvaluatorKind.Director),
            new(RoleGroup.Staff, EvaluatorKind.Director),
        ],
    };
}
