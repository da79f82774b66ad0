using System.Globalization;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Rewards;

/// <summary>A person as the bonus sees him: his final score, CCNL area, part-time and months of service.</summary>
public sealed record BonusPerson(string Key, RoleGroup Group, string Area, double? Final, decimal PartTimePercent, int ServiceMonths);

/// <summary>Bonus: what a person receives and why (score → coefficient → share → maggiorazione).</summary>
public sealed record BonusLine(string Key, RoleGroup Group, string Area, double? Final, bool Eligible, decimal Coefficient, decimal AreaParameter, decimal Factor, decimal Base, decimal Maggiorazione, string Explanation)
{
    public decimal Amount => Base + Maggiorazione;
}

/// <summary>A pool as paid: the budget, what was paid, what was saved (nobody eligible), and the maggiorazione.</summary>
public sealed record PoolResult(RoleGroup Group, decimal Budget, decimal Paid, decimal Savings, int People, int Eligible, int WithMaggiorazione, decimal MaggiorazioneEach);

public sealed record BonusResult(IReadOnlyList<PoolResult> Pools, IReadOnlyList<BonusLine> People);

/// <summary>The rules of the sistema premiante (valutazione-rendicontazione.md §3), one function each.</summary>
public static class BonusRules
{
    /// <summary>Pᵢ: 0 below the threshold (or without a final score); linear: the score / 100; bands: the band's coefficient.</summary>
    public static decimal Coefficient(RewardSettings settings, double? final)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (final is not { } score || Math.Round(score, 2) < (double)settings.Threshold)
        {
            return 0m;
        }

        var rounded = (decimal)Math.Round(score, 2);
        return settings.Rule switch
        {
            CoefficientRule.Linear => Math.Min(1m, rounded / 100m),
            CoefficientRule.Bands => (settings.Bands.Where(b => rounded >= b.From).OrderByDescending(b => b.From).FirstOrDefault()?.Coefficient ?? 0m) / 100m,
        };
    }

    /// <summary>tᵢ = part-time % × months of service / 12.</summary>
    public static decimal Factor(decimal partTimePercent, int serviceMonths) => partTimePercent / 100m * Math.Clamp(serviceMonths, 0, 12) / 12m;

    /// <summary>How many may have the maggiorazione: at most the share of the pool's people, and only among the eligible.</summary>
    public static int MaggiorazioneSeats(int people, int eligible, decimal sharePercent) => Math.Min(eligible, (int)Math.Floor(people * sharePercent / 100m));

    /// <summary>
    /// The best rated among the eligible, at most <paramref name="seats"/>: when equal scores straddle the limit, none of
    /// them is taken (the share is a maximum, and equal scores are treated equally).
    /// </summary>
    public static IReadOnlySet<string> MaggiorazioneRecipients(IEnumerable<(string Key, double Score)> eligible, int seats)
    {
        ArgumentNullException.ThrowIfNull(eligible);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tie in eligible.GroupBy(e => Math.Round(e.Score, 2)).OrderByDescending(g => g.Key))
        {
            if (chosen.Count + tie.Count() > seats)
            {
                break;
            }

            chosen.UnionWith(tie.Select(t => t.Key));
        }

        return chosen;
    }

    /// <summary>
    /// Splits <paramref name="total"/> euro in proportion to <paramref name="weights"/>, to the cent: each share floored to
    /// the cent, the cents left given one each by largest remainder (then larger weight, then higher
    /// <paramref name="merit"/>, so that of two equal shares the better rated is never the one a cent short) — the shares
    /// add up to the total.
    /// </summary>
    public static decimal[] Distribute(decimal total, IReadOnlyList<decimal> weights, IReadOnlyList<double>? merit = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var sum = weights.Sum();
        var shares = new decimal[weights.Count];
        if (sum <= 0 || total <= 0)
        {
            return shares;
        }

        var fractions = new (int Index, decimal Fraction)[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = total * weights[i] / sum;
            shares[i] = Math.Floor(exact * 100m) / 100m;
            fractions[i] = (i, exact - shares[i]);
        }

        var cents = (int)Math.Round((total - shares.Sum()) * 100m);
        foreach (var (index, _) in fractions.Where(f => weights[f.Index] > 0).OrderByDescending(f => f.Fraction).ThenByDescending(f => weights[f.Index]).ThenByDescending(f => merit?[f.Index] ?? 0).ThenBy(f => f.Index).Take(cents))
        {
            shares[index] += 0.01m;
        }

        return shares;
    }
}

/// <summary>
/// The bonuses of a year, pool by pool: the maggiorazione out of the pool first (at least the set percentage of the
/// pool's average premium per eligible person, rounded up to the cent, to at most the set share of its people), the
/// rest shared in proportion to Pᵢ · cᵢ · tᵢ, to the cent. A pool with nobody eligible is saved whole.
/// </summary>
public static class BonusCalculator
{
    public static BonusResult Compute(RewardSettings settings, IReadOnlyList<BonusPerson> people)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(people);
        var it = ItalianFormat.Culture;
        var pools = new List<PoolResult>();
        var lines = new List<BonusLine>();
        foreach (var group in RoleGroups.All)
        {
            var members = people.Where(p => p.Group == group).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            var budget = settings.BudgetOf(group);
            var coefficients = members.Select(p => BonusRules.Coefficient(settings, p.Final)).ToList();
            var parameters = members.Select(p => settings.ParameterOf(p.Area)).ToList();
            var factors = members.Select(p => BonusRules.Factor(p.PartTimePercent, p.ServiceMonths)).ToList();
            var weights = members.Select((_, i) => coefficients[i] * parameters[i] * factors[i]).ToList();
            var eligible = members.Select((p, i) => (p, i)).Where(x => weights[x.i] > 0).ToList();

            var seats = BonusRules.MaggiorazioneSeats(members.Count, eligible.Count, settings.MaggiorazioneShare);
            var recipients = BonusRules.MaggiorazioneRecipients(eligible.Select(x => (x.p.Key, x.p.Final!.Value)), seats);
            var each = 0m;
            if (recipients.Count > 0 && budget > 0)
            {
                each = Math.Ceiling(settings.MaggiorazionePercent / 100m * budget / eligible.Count * 100m) / 100m;
                each = Math.Min(each, Math.Floor(budget / recipients.Count * 100m) / 100m);
            }

            var net = budget - (each * recipients.Count);
            var bases = BonusRules.Distribute(net, weights, [.. members.Select(m => m.Final ?? 0)]);
            var paid = eligible.Count == 0 ? 0m : budget;
            pools.Add(new PoolResult(group, budget, paid, budget - paid, members.Count, eligible.Count, recipients.Count, each));
            var totalWeight = weights.Sum();
            for (var i = 0; i < members.Count; i++)
            {
                var p = members[i];
                var extra = recipients.Contains(p.Key) ? each : 0m;
                var why = weights[i] == 0
                    ? coefficients[i] == 0
                        ? (p.Final is { } f ? string.Create(it, $"punteggio {AppraisalRules.Format(f)} sotto la soglia di {settings.Threshold}: nessun premio") : "nessun punteggio definitivo: nessun premio")
                        : "nessun mese di servizio: nessun premio"
                    : string.Create(it, $"punteggio {AppraisalRules.Format(p.Final)} → coefficiente {coefficients[i]:0.####} × parametro d'area {parameters[i]:0.####} × tempo lavorato {factors[i]:0.####} = peso {weights[i]:0.######} su {totalWeight:0.######}; quota del fondo netto di {net:N2} € = {bases[i]:N2} €{(extra > 0 ? $" + maggiorazione art. 81 {extra:N2} €" : string.Empty)}");
                lines.Add(new BonusLine(p.Key, group, p.Area, p.Final, weights[i] > 0, coefficients[i], parameters[i], factors[i], bases[i], extra, why));
            }
        }

        return new BonusResult(pools, lines);
    }
}
