using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Rewards;

/// <summary>A row of the distribution by band: how many people, what share, what premiums (null where suppressed).</summary>
public sealed record Art20Band(string Band, int? People, decimal? SharePercent, decimal? Premiums);

/// <summary>The lowest and highest premium of a category (null where suppressed).</summary>
public sealed record Art20Category(string Category, int? People, decimal? MinPremium, decimal? MaxPremium);

/// <summary>
/// The art. 20 D.Lgs. 33/2013 table of one side (dirigenti, or the rest of the staff): premiums budgeted and paid, the
/// distribution of scores and premiums by band (≥ 90 %, 60–90 %, &lt; 60 %), the lowest and highest premium per
/// category, the degree of differentiation (coefficient of variation of the premiums paid). Aggregate only: a cell
/// about 1 or 2 people is suppressed (null) and said so.
/// </summary>
public sealed record Art20Table(string Title, int People, decimal Budgeted, decimal Paid, IReadOnlyList<Art20Band> Bands, IReadOnlyList<Art20Category> Categories, decimal? DifferentiationPercent, IReadOnlyList<string> Notes);

public static class Art20Tables
{
    /// <summary>Below this number of people a cell is not published.</summary>
    public const int MinimumPeople = 3;

    public const string Suppressed = "dato non pubblicato: riguarda meno di 3 persone";

    public static (Art20Table Dirigenti, Art20Table Personale) Compute(RewardSettings settings, BonusResult result)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(result);
        var directors = result.People.Where(p => p.Group == RoleGroup.Director).ToList();
        var others = result.People.Where(p => p.Group != RoleGroup.Director).ToList();
        return (
            Table("Dirigenti", directors, result.Pools.Where(p => p.Group == RoleGroup.Director), [("Dirigenti", directors)]),
            Table("Personale (EQ e dipendenti)", others, result.Pools.Where(p => p.Group != RoleGroup.Director),
                [("Elevata qualificazione", [.. others.Where(p => p.Group == RoleGroup.UnitHead)]),
                 .. others.Where(p => p.Group == RoleGroup.Staff).GroupBy(p => p.Area, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => ($"Dipendenti · {g.Key}", g.ToList()))]));
    }

    private static Art20Table Table(string title, List<BonusLine> people, IEnumerable<PoolResult> pools, IEnumerable<(string Name, List<BonusLine> People)> categories)
    {
        var notes = new List<string>();
        var poolList = pools.ToList();
        var bands = new List<Art20Band>();
        foreach (var band in Enumerable.Range(0, 3))
        {
            var inBand = people.Where(p => p.Final is { } f && AppraisalRules.Band(f, 90, 60) == band).ToList();
            var label = AppraisalRules.BandLabel(band, 90, 60);
            if (inBand.Count is > 0 and < MinimumPeople)
            {
                bands.Add(new Art20Band(label, null, null, null));
                notes.Add($"Fascia {label}: {Suppressed}.");
                continue;
            }

            bands.Add(new Art20Band(label, inBand.Count, people.Count == 0 ? 0 : Math.Round(100m * inBand.Count / people.Count, 1), inBand.Sum(p => p.Amount)));
        }

        var rows = new List<Art20Category>();
        foreach (var (name, members) in categories)
        {
            var paid = members.Where(p => p.Amount > 0).ToList();
            if (members.Count is > 0 and < MinimumPeople || paid.Count is > 0 and < MinimumPeople)
            {
                rows.Add(new Art20Category(name, null, null, null));
                notes.Add($"{name}: premio minimo e massimo — {Suppressed}.");
                continue;
            }

            rows.Add(new Art20Category(name, members.Count, paid.Count == 0 ? null : paid.Min(p => p.Amount), paid.Count == 0 ? null : paid.Max(p => p.Amount)));
        }

        decimal? differentiation = null;
        var amounts = people.Where(p => p.Amount > 0).Select(p => (double)p.Amount).ToList();
        if (amounts.Count >= MinimumPeople)
        {
            var mean = amounts.Average();
            var deviation = Math.Sqrt(amounts.Sum(a => (a - mean) * (a - mean)) / amounts.Count);
            differentiation = mean > 0 ? Math.Round((decimal)(deviation / mean * 100), 1) : 0;
        }
        else if (amounts.Count > 0)
        {
            notes.Add($"Grado di differenziazione: {Suppressed}.");
        }

        return new Art20Table(title, people.Count, poolList.Sum(p => p.Budget), poolList.Sum(p => p.Paid), bands, rows, differentiation, notes);
    }
}
