using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Rewards;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Application.Features.Workflows;

namespace PerformanceWorkflow.Application.Features.Rewards;

/// <summary>A person's final score, breakdown and bonus, as HR receives them.</summary>
public sealed record HrRow(AppraisalScoreRow Score, BonusLine Bonus)
{
    public string Band => Score.Final is { } f ? RewardSettings.BandOf(f) : "—";
}

/// <summary>The year's bonuses: the pools as paid, every person's line, the art. 20 tables.</summary>
public sealed record BonusReport(int Year, RewardSettings Settings, BonusResult Result, IReadOnlyList<HrRow> People, Art20Table Dirigenti, Art20Table Personale);

/// <summary>Whether the scores may go to HR: only once the Relazione is validated by the Nucleo.</summary>
public sealed record ReleaseState(bool Released, string Reason);

/// <summary>
/// The sistema premiante of a year: its settings (per year, copied from the previous one), the bonuses computed by the
/// domain from the final individual scores, and what HR receives — after the Nucleo's validation of the Relazione,
/// never before (validation is the legal precondition for paying any bonus, art. 14 c.4 lett. c D.Lgs. 150/2009).
/// </summary>
public sealed class BonusService(AppDbContext db, AppraisalQueries appraisals, TimeProvider time, AuditTrail audit)
{
    public const string Kind = "premi";

    /// <summary>The states of the rendicontazione in which the Relazione has been validated.</summary>
    public static IReadOnlyList<string> ValidatedStates { get; } = [WorkflowNames.States.Validated, WorkflowNames.States.ToPublish, WorkflowNames.States.Published];

    public Task<(RewardSettings Settings, SettingsOrigin Origin)> SettingsAsync(int year, CancellationToken cancellationToken) =>
        YearSettings.GetAsync(db, Kind, year, RewardSettings.Defaults, (s, y) => s with { Year = y }, cancellationToken);

    /// <summary>Saves; returns the problems (nothing saved) or an empty list.</summary>
    public async Task<IReadOnlyList<string>> SaveSettingsAsync(RewardSettings settings, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            return problems;
        }

        await YearSettings.StoreAsync(db, Kind, settings.Year, settings, by, time.GetUtcNow().UtcDateTime, cancellationToken);
        await audit.RecordAsAsync(by, "rewards.settings", "RewardSettings", settings.Year, null, new { settings.Year, Pools = settings.Pools.Sum(p => p.Budget) }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<ReleaseState> ReleaseAsync(int year, CancellationToken cancellationToken)
    {
        var state = await db.WorkflowInstances.AsNoTracking().Where(i => i.Machine == WorkflowNames.Machines.Reporting && i.Year == year).Select(i => i.State).FirstOrDefaultAsync(cancellationToken);
        if (state is not null && ValidatedStates.Contains(state))
        {
            return new ReleaseState(true, $"La Relazione sulla Performance {year} è validata dal Nucleo: i punteggi e i premi sono disponibili.");
        }

        return new ReleaseState(false, state is null
            ? $"I punteggi {year} non sono ancora disponibili: arrivano all'Ufficio Personale quando il Nucleo di valutazione valida la Relazione sulla Performance, che per il {year} non è ancora stata avviata."
            : $"I punteggi {year} non sono ancora disponibili: arrivano all'Ufficio Personale quando il Nucleo di valutazione valida la Relazione sulla Performance (la validazione è la condizione per pagare i premi, art. 14 c.4 lett. c D.Lgs. 150/2009).");
    }

    /// <summary>The bonuses of a year from the final scores (a form not final counts as no score).</summary>
    public async Task<BonusReport> ComputeAsync(int year, CancellationToken cancellationToken)
    {
        var (settings, _) = await SettingsAsync(year, cancellationToken);
        var scores = await appraisals.ScoresAsync(year, cancellationToken);
        var people = scores.Select(s => new BonusPerson(s.Matricola, s.Group, s.Area, s.Final, s.PartTime, s.Months)).ToList();
        var result = BonusCalculator.Compute(settings, people);
        var lines = result.People.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var (dirigenti, personale) = Art20Tables.Compute(settings, result);
        return new BonusReport(year, settings, result, [.. scores.Select(s => new HrRow(s, lines[s.Matricola]))], dirigenti, personale);
    }

    /// <summary>For payroll: one row per person, `;`, UTF-8 with BOM, Italian decimals.</summary>
    public static byte[] Csv(BonusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var it = ItalianFormat.Culture;
        var builder = new StringBuilder();
        builder.Append(string.Join(";", Header)).Append("\r\n");
        foreach (var row in Rows(report))
        {
            builder.AppendJoin(';', row.Select(v => v switch
            {
                null => string.Empty,
                decimal d => d.ToString("0.00", it),
                double x => x.ToString("0.00", it),
                string s when s.Contains(';', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) => $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"",
                _ => Convert.ToString(v, it),
            })).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    /// <summary>The same rows as an XLSX, with the art. 20 tables on a sheet of their own.</summary>
    public static async Task WriteXlsxAsync(BonusReport report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var people = Rows(report).Select(r => Header.Zip(r).ToDictionary(x => x.First, x => x.Second ?? (object)string.Empty)).ToList();
        var art20 = new List<Dictionary<string, object>>();
        foreach (var table in new[] { report.Dirigenti, report.Personale })
        {
            art20.Add(new() { ["Tabella"] = table.Title, ["Voce"] = "Premi stanziati", ["Persone"] = table.People, ["Valore"] = table.Budgeted });
            art20.Add(new() { ["Tabella"] = table.Title, ["Voce"] = "Premi distribuiti", ["Persone"] = table.People, ["Valore"] = table.Paid });
            art20.AddRange(table.Bands.Select(b => new Dictionary<string, object> { ["Tabella"] = table.Title, ["Voce"] = $"Fascia {b.Band}", ["Persone"] = (object?)b.People ?? "n.p.", ["Valore"] = (object?)b.Premiums ?? "n.p." }));
            art20.AddRange(table.Categories.Select(c => new Dictionary<string, object> { ["Tabella"] = table.Title, ["Voce"] = $"{c.Category}: premio minimo / massimo", ["Persone"] = (object?)c.People ?? "n.p.", ["Valore"] = c.MinPremium is { } min ? $"{min.ToString("N2", ItalianFormat.Culture)} / {c.MaxPremium!.Value.ToString("N2", ItalianFormat.Culture)}" : "n.p." }));
            art20.Add(new() { ["Tabella"] = table.Title, ["Voce"] = "Grado di differenziazione (coefficiente di variazione dei premi, %)", ["Persone"] = table.People, ["Valore"] = (object?)table.DifferentiationPercent ?? "n.p." });
        }

        await output.SaveAsAsync(new Dictionary<string, object> { [$"Premi {report.Year}"] = people, ["Art. 20 D.Lgs. 33-2013"] = art20 }, cancellationToken: cancellationToken);
    }

    private static readonly string[] Header =
    [
        "Matricola", "Nominativo", "Gruppo", "Area", "Struttura", "Punteggio finale", "Fascia", "Struttura (punti)", "Obiettivi individuali (punti)",
        "Comportamenti (punti)", "Differenziazione (punti)", "Premiabile", "Coefficiente", "Parametro area", "Fattore tempo", "Quota", "Maggiorazione", "Importo",
    ];

    private static IEnumerable<object?[]> Rows(BonusReport report) => report.People.Select(p =>
    {
        double? Points(AppraisalComponent c) => p.Score.Components.FirstOrDefault(x => x.Component == c)?.Points;
        return new object?[]
        {
            p.Score.Matricola, p.Score.Name, RoleGroups.Label(p.Score.Group), p.Score.Area, p.Score.Unit, p.Score.Final, p.Band,
            Points(AppraisalComponent.Unit), Points(AppraisalComponent.Objectives), Points(AppraisalComponent.Behaviours), Points(AppraisalComponent.Differentiation),
            p.Bonus.Eligible ? "sì" : "no", p.Bonus.Coefficient, p.Bonus.AreaParameter, p.Bonus.Factor, p.Bonus.Base, p.Bonus.Maggiorazione, p.Bonus.Amount,
        };
    });
}
