using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Values;

/// <summary>The two formats of the values template.</summary>
public enum ValuesFormat
{
    /// <summary>';' separated, UTF-8 with BOM, CRLF: what Italian Excel opens without asking.</summary>
    Csv,

    Xlsx,
}

/// <summary>
/// Writes the values template of a year and round: one row per indicator, already holding the values of the round,
/// so that filling, re-importing and exporting again round-trip. `Value` is in the unit of the target.
/// </summary>
public sealed class ValuesTemplateHandler(AppDbContext db, ScoreService scores)
{
    public static readonly string[] Columns = ["IndicatorId", "Department", "Unit", "Code", "ManagementObjective", "Indicator", "Kind", "Target", "DueDate", "Value", "Note"];

    public const string InfoSheet = "Informazioni";

    public const string ValuesSheet = "Valori";

    /// <summary>Writes the template; returns the round written, or null when the year or round does not exist.</summary>
    public async Task<RoundInfo?> WriteAsync(int year, int? round, ValuesFormat format, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var chosen = round is null ? await scores.CurrentRoundAsync(year, cancellationToken) : await scores.RoundAsync(year, round, cancellationToken);
        if (chosen is null)
        {
            return null;
        }

        var rows = await RowsAsync(year, chosen.Id, cancellationToken);
        if (format == ValuesFormat.Csv)
        {
            await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, NewLine = "\r\n" }, leaveOpen: true);
            csv.WriteRecord(Columns);
            foreach (var row in rows)
            {
                csv.WriteRecord([
                    row.Id.ToString(CultureInfo.InvariantCulture), row.Department, row.Unit, row.Code ?? string.Empty, row.Management, row.Indicator,
                    row.Kind, row.Target, ItalianFormat.Date(row.DueDate), row.Value is { } v ? ItalianFormat.Number(v) : string.Empty, row.Note ?? string.Empty,
                ]);
            }

            await csv.FlushAsync(cancellationToken);
        }
        else
        {
            var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [ValuesSheet] = rows.Select(row => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    [Columns[0]] = row.Id,
                    [Columns[1]] = row.Department,
                    [Columns[2]] = row.Unit,
                    [Columns[3]] = row.Code ?? string.Empty,
                    [Columns[4]] = row.Management,
                    [Columns[5]] = row.Indicator,
                    [Columns[6]] = row.Kind,
                    [Columns[7]] = row.Target,
                    [Columns[8]] = ItalianFormat.Date(row.DueDate),
                    [Columns[9]] = row.Value is { } v ? (object)(double)v : null,
                    [Columns[10]] = row.Note ?? string.Empty,
                }).ToList(),
                [InfoSheet] = new List<Dictionary<string, object>>
                {
                    new() { ["Voce"] = "Anno", ["Valore"] = year.ToString(CultureInfo.InvariantCulture) },
                    new() { ["Voce"] = "Round", ["Valore"] = chosen.Number.ToString(CultureInfo.InvariantCulture) },
                    new() { ["Voce"] = "Descrizione", ["Valore"] = chosen.Label },
                    new() { ["Voce"] = "Istruzioni", ["Valore"] = "Compilare la colonna Value nell'unità del target: 0–5 per le attività (0 non realizzato … 5 realizzato al 100 %), percentuale per «100 %», ore per «ore», giorni per «-1». Lasciare vuoto se non rilevato." },
                },
            };
            await output.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        }

        return chosen;
    }

    private sealed record Row(int Id, string Department, string Unit, string? Code, string Management, string Indicator, string Kind, string Target, DateOnly? DueDate, decimal? Value, string? Note);

    private async Task<List<Row>> RowsAsync(int year, int roundId, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.ManagementObjective.ObjectiveAssignment.Year == year)
            .Select(i => new
            {
                i.Id,
                Department = i.ManagementObjective.ObjectiveAssignment.Unit.Department.Name,
                DepartmentPosition = i.ManagementObjective.ObjectiveAssignment.Unit.Department.Position,
                Unit = i.ManagementObjective.ObjectiveAssignment.Unit.Name,
                UnitPosition = i.ManagementObjective.ObjectiveAssignment.Unit.Position,
                AssignmentPosition = i.ManagementObjective.ObjectiveAssignment.Position,
                i.ManagementObjective.ObjectiveAssignment.OperationalObjective.Code,
                Management = i.ManagementObjective.Title,
                ManagementPosition = i.ManagementObjective.Position,
                i.Title,
                i.KindLabel,
                i.Target,
                i.DueDate,
                i.Position,
            })
            .ToListAsync(cancellationToken);
        var values = await db.Measurements.AsNoTracking().Where(m => m.RoundId == roundId)
            .Select(m => new { m.IndicatorId, m.Value, m.Note }).ToDictionaryAsync(m => m.IndicatorId, cancellationToken);
        return indicators
            .OrderBy(i => i.DepartmentPosition).ThenBy(i => i.UnitPosition).ThenBy(i => i.AssignmentPosition).ThenBy(i => i.ManagementPosition).ThenBy(i => i.Position)
            .Select(i => new Row(i.Id, i.Department, i.Unit, i.Code, i.Management, i.Title, i.KindLabel, i.Target.Text, i.DueDate,
                values.TryGetValue(i.Id, out var v) ? v.Value : null, values.TryGetValue(i.Id, out var n) ? n.Note : null))
            .ToList();
    }
}
