using System.Globalization;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Rewards;

/// <summary>How a final score becomes a coefficient: linear from the threshold, or by bands.</summary>
public enum CoefficientRule
{
    /// <summary>Nothing below the threshold; from it, the score itself (60 → 0,60 … 100 → 1,00).</summary>
    Linear,

    /// <summary>The coefficient of the band the score falls in (A ≥ 95: 100 %, B 90–94,99: 90 %…).</summary>
    Bands,
}

/// <summary>RewardFund: a year's pool in euro for a role group (for EQ, the retribuzione di risultato budget).</summary>
public sealed record RewardPool(RoleGroup Group, decimal Budget);

/// <summary>A band of the coefficient rule: from this score (inclusive), this coefficient in percent.</summary>
public sealed record ScoreBand(string Name, decimal From, decimal Coefficient);

/// <summary>The CCDI parameter of a CCNL area (1 when the area is not listed).</summary>
public sealed record AreaParameter(string Area, decimal Parameter);

/// <summary>
/// Sistema premiante of a year (CCNL Funzioni Locali, the Comune's CCDI): pools per role group, the eligibility and
/// coefficient rule, CCNL-area parameters, the art. 81 maggiorazione (percentage of the average premium, maximum share
/// of staff, taken out of the pool first) and the EQ risultato minimum. Amounts are rounded to the cent by largest
/// remainders, so that each pool is paid to the cent. Everything is configuration with the doc's defaults.
/// </summary>
public sealed record RewardSettings
{
    public required int Year { get; init; }

    public required IReadOnlyList<RewardPool> Pools { get; init; }

    /// <summary>Nobody below this final score is paid.</summary>
    public decimal Threshold { get; init; } = 60;

    public CoefficientRule Rule { get; init; } = CoefficientRule.Linear;

    public required IReadOnlyList<ScoreBand> Bands { get; init; }

    public required IReadOnlyList<AreaParameter> Areas { get; init; }

    /// <summary>Art. 81 CCNL 2022: the maggiorazione is this percentage of the average premium of those positively evaluated.</summary>
    public decimal MaggiorazionePercent { get; init; } = 30;

    /// <summary>…given to at most this share (percent) of the pool's staff, the best rated.</summary>
    public decimal MaggiorazioneShare { get; init; } = 10;

    /// <summary>The EQ posizione budget: the risultato pool must be at least 15 % of posizione + risultato.</summary>
    public decimal EqPositionBudget { get; init; }

    public decimal ParameterOf(string area) => Areas.FirstOrDefault(a => string.Equals(a.Area, area, StringComparison.OrdinalIgnoreCase))?.Parameter ?? 1m;

    public decimal BudgetOf(RoleGroup group) => Pools.FirstOrDefault(p => p.Group == group)?.Budget ?? 0m;

    /// <summary>What makes these settings unusable, in Italian; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var it = CultureInfo.GetCultureInfo("it-IT");
        var problems = new List<string>();
        if (Pools.Any(p => p.Budget < 0) || Pools.GroupBy(p => p.Group).Any(g => g.Count() > 1))
        {
            problems.Add("Un fondo per gruppo, in euro, non negativo.");
        }

        if (Pools.Any(p => decimal.Round(p.Budget, 2) != p.Budget))
        {
            problems.Add("I fondi si indicano in euro con al più due decimali.");
        }

        if (Threshold is < 0 or > 100)
        {
            problems.Add("La soglia dei premi è tra 0 e 100.");
        }

        if (Rule == CoefficientRule.Bands)
        {
            if (Bands.Count == 0)
            {
                problems.Add("La regola per fasce chiede almeno una fascia.");
            }

            if (Bands.Any(b => b.Coefficient is < 0 or > 100 || b.From is < 0 or > 100))
            {
                problems.Add("Le fasce hanno un punteggio iniziale e un coefficiente tra 0 e 100.");
            }

            // A higher band never pays less: the order of merit must hold.
            var ordered = Bands.OrderBy(b => b.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Coefficient < ordered[i - 1].Coefficient)
                {
                    problems.Add(string.Create(it, $"La fascia «{ordered[i].Name}» (da {ordered[i].From}) ha un coefficiente minore della fascia sotto di lei."));
                }
            }
        }

        if (Areas.Any(a => a.Parameter <= 0))
        {
            problems.Add("I parametri delle aree CCNL sono positivi.");
        }

        if (MaggiorazionePercent < 30)
        {
            problems.Add("La maggiorazione (art. 81 CCNL 2022) è almeno il 30 % del premio medio.");
        }

        if (MaggiorazioneShare is < 0 or > 100)
        {
            problems.Add("La quota di personale con la maggiorazione è una percentuale tra 0 e 100.");
        }

        var risultato = BudgetOf(RoleGroup.UnitHead);
        if (EqPositionBudget < 0)
        {
            problems.Add("Il fondo di posizione delle EQ non può essere negativo.");
        }
        else if (EqPositionBudget + risultato > 0 && risultato < 0.15m * (EqPositionBudget + risultato))
        {
            problems.Add(string.Create(it, $"La retribuzione di risultato delle EQ ({risultato:N2} €) deve essere almeno il 15 % di posizione + risultato ({0.15m * (EqPositionBudget + risultato):N2} €)."));
        }

        return problems;
    }

    /// <summary>The doc's defaults (§3): linear from 60, A–E bands ready, art. 81 at 30 % for 10 % of staff.</summary>
    public static RewardSettings Defaults(int year) => new()
    {
        Year = year,
        Pools = [new(RoleGroup.Director, 0m), new(RoleGroup.UnitHead, 0m), new(RoleGroup.Staff, 0m)],
        Bands = [new("A", 95, 100), new("B", 90, 90), new("C", 80, 80), new("D", 70, 70), new("E", 60, 60)],
        Areas = [new("Dirigenza", 1m), .. StaffGeneratorAreas.Select(a => new AreaParameter(a.Area, a.Parameter))],
    };

    private static IEnumerable<(string Area, decimal Parameter)> StaffGeneratorAreas =>
    [
        ("Operatori", 1.00m),
        ("Operatori esperti", 1.05m),
        ("Istruttori", 1.10m),
        ("Funzionari e EQ", 1.20m),
    ];

    /// <summary>The band label of a score in the art. 20 tables (the appraisal's bands).</summary>
    public static string BandOf(double score) => AppraisalRules.BandLabel(AppraisalRules.Band(score, 90, 60), 90, 60);
}
