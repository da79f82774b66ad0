using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Values;

/// <param name="Content">The filled template (CSV or XLSX).</param>
/// <param name="FileName">Its name, recorded in the history of each value.</param>
/// <param name="Year">The plan year the values are for.</param>
/// <param name="Round">The round number; by default the round being collected now.</param>
/// <param name="DryRun">Only check and preview.</param>
/// <param name="UserName">Who imports: the author of every value written.</param>
public sealed record ValuesImportRequest(byte[] Content, string FileName, int Year, int? Round, bool DryRun, string UserName);

/// <summary>The outcome: counts, messages with row numbers; <see cref="Applied"/> only when everything was written.</summary>
public sealed record ValuesImportResult(int Year, RoundInfo? Round, int Rows, int Entered, int Changed, int Cleared, int Unchanged, IReadOnlyList<ImportMessage> Messages, bool Applied)
{
    public bool HasErrors => Messages.Any(m => m.Kind == ImportMessageKind.Error);
}

/// <summary>
/// Imports a filled values template: every row is checked (known id of this year, a number in the target's unit, a
/// whole 0–5 for activities); one error and nothing is written. A round's values are replaced row by row — an empty
/// Value clears the value — and every change is kept in the history with who and when.
/// </summary>
public sealed class ValuesImportHandler(AppDbContext db, ScoreService scores, IScoreRecompute recompute, TimeProvider time, IOptions<ImportOptions> options, Audit.AuditTrail audit)
{
    private enum Column
    {
        IndicatorId,
        Department,
        Unit,
        Code,
        ManagementObjective,
        Indicator,
        Kind,
        Target,
        DueDate,
        Value,
        Note,
    }

    private static readonly Dictionary<string, Column> Names = new(StringComparer.Ordinal)
    {
        ["indicatorid"] = Column.IndicatorId, ["idindicatore"] = Column.IndicatorId, ["id"] = Column.IndicatorId,
        ["department"] = Column.Department, ["settore"] = Column.Department, ["settoreuao"] = Column.Department,
        ["unit"] = Column.Unit, ["uoc"] = Column.Unit, ["unita"] = Column.Unit, ["uocuao"] = Column.Unit,
        ["code"] = Column.Code, ["codice"] = Column.Code, ["nroob"] = Column.Code,
        ["managementobjective"] = Column.ManagementObjective, ["obiettivogestionale"] = Column.ManagementObjective, ["obiettivigestionali"] = Column.ManagementObjective,
        ["indicator"] = Column.Indicator, ["indicatore"] = Column.Indicator, ["indicatori"] = Column.Indicator,
        ["kind"] = Column.Kind, ["tipo"] = Column.Kind, ["tipoind"] = Column.Kind,
        ["target"] = Column.Target,
        ["duedate"] = Column.DueDate, ["dataprevisione"] = Column.DueDate, ["scadenza"] = Column.DueDate,
        ["value"] = Column.Value, ["valore"] = Column.Value,
        ["note"] = Column.Note, ["nota"] = Column.Note,
    };

    private sealed record Parsed(int Line, int IndicatorId, decimal? Value, string? Note);

    public async Task<ValuesImportResult> ImportAsync(ValuesImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var log = new ImportLog();
        var round = request.Round is null ? await scores.CurrentRoundAsync(request.Year, cancellationToken) : await scores.RoundAsync(request.Year, request.Round, cancellationToken);
        ValuesImportResult Fail() => new(request.Year, round, 0, 0, 0, 0, 0, log.Messages, false);

        if (!await db.PlanYears.AnyAsync(y => y.Year == request.Year, cancellationToken))
        {
            log.Error(null, $"Il piano {request.Year} non esiste: importare prima il piano.");
            return Fail();
        }

        if (round is null)
        {
            var numbers = (await scores.RoundsAsync(request.Year, cancellationToken)).Select(r => r.Number);
            log.Error(null, $"Il round {request.Round} non esiste nel {request.Year}: i round sono {string.Join(", ", numbers)}.");
            return Fail();
        }

        if (round.Status == RoundStatus.Closed)
        {
            log.Error(null, $"Il round «{round.Label}» è chiuso: i suoi valori non si modificano più.");
            return Fail();
        }

        if (request.Content.LongLength > options.Value.MaxFileSizeMb * 1024L * 1024L)
        {
            log.Error(null, $"Il file supera il limite di {options.Value.MaxFileSizeMb} MB.");
            return Fail();
        }

        var sheets = PlanFileReader.Read(request.Content, request.FileName, log);
        if (log.HasErrors)
        {
            return Fail();
        }

        CheckInfoSheet(sheets, request.Year, round, log);
        var rows = ReadRows(sheets, log);
        if (log.HasErrors)
        {
            return Fail();
        }

        var parsed = await ValidateAsync(rows, request.Year, log, cancellationToken);
        if (log.HasErrors)
        {
            return new ValuesImportResult(request.Year, round, rows.Count, 0, 0, 0, 0, log.Messages, false);
        }

        return await WriteAsync(request, round, parsed, rows.Count, log, cancellationToken);
    }

    private static void CheckInfoSheet(IReadOnlyList<RawSheet> sheets, int year, RoundInfo round, ImportLog log)
    {
        var info = sheets.FirstOrDefault(s => string.Equals(s.Name, ValuesTemplateHandler.InfoSheet, StringComparison.OrdinalIgnoreCase));
        if (info is null)
        {
            return;
        }

        string? Value(string key) => info.Rows.FirstOrDefault(r => r.Cells.Length > 1 && string.Equals(TextKey.Compact(r.Cells[0]), key, StringComparison.Ordinal))?.Cells[1];
        if (int.TryParse(Value("anno"), NumberStyles.None, CultureInfo.InvariantCulture, out var fileYear) && fileYear != year)
        {
            log.Error(null, $"Il file è il modello del piano {fileYear}, non del {year}: i valori non vengono spostati da un anno all'altro.");
        }

        if (int.TryParse(Value("round"), NumberStyles.None, CultureInfo.InvariantCulture, out var fileRound) && fileRound != round.Number)
        {
            log.Error(null, $"Il file è il modello del round {fileRound}, non del round {round.Number} («{round.Label}»): i valori non vengono spostati da un round all'altro.");
        }
    }

    private static List<(int Line, Dictionary<Column, string> Cells)> ReadRows(IReadOnlyList<RawSheet> sheets, ImportLog log)
    {
        foreach (var sheet in sheets.Where(s => !string.Equals(s.Name, ValuesTemplateHandler.InfoSheet, StringComparison.OrdinalIgnoreCase)))
        {
            var header = sheet.Rows.FirstOrDefault(r => !r.IsBlank);
            if (header is null)
            {
                continue;
            }

            var (map, unknown) = NamedColumns.Read(header, Names);

            if (!map.Contains(Column.IndicatorId) || !map.Contains(Column.Value))
            {
                continue;
            }

            // Offices add their own columns (a note, who is responsible): they are read past, and said so.
            if (unknown.Count > 0)
            {
                log.Warning(header.Line, $"Colonne ignorate: {string.Join(", ", unknown.Select(u => $"«{u}»"))}. Le colonne del modello sono: {string.Join(";", ValuesTemplateHandler.Columns)}.");
            }

            var rows = new List<(int, Dictionary<Column, string>)>();
            foreach (var row in sheet.Rows.Where(r => r.Line > header.Line && !r.IsBlank))
            {
                rows.Add((row.Line, NamedColumns.Cells(row, map)));
            }

            return rows;
        }

        log.Error(null, $"Nessuna tabella di valori riconosciuta: servono almeno le colonne IndicatorId e Value (scaricare il modello: {string.Join(";", ValuesTemplateHandler.Columns)}).");
        return [];
    }

    private async Task<List<Parsed>> ValidateAsync(List<(int Line, Dictionary<Column, string> Cells)> rows, int year, ImportLog log, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        foreach (var (line, cells) in rows)
        {
            if (int.TryParse(cells.GetValueOrDefault(Column.IndicatorId), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
        }

        var known = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.Kind, i.Target, Year = i.ManagementObjective.ObjectiveAssignment.Year })
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var seen = new Dictionary<int, int>();
        var parsed = new List<Parsed>(rows.Count);
        foreach (var (line, cells) in rows)
        {
            var idText = cells.GetValueOrDefault(Column.IndicatorId) ?? string.Empty;
            if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                log.Error(line, idText.Length == 0 ? "IndicatorId mancante." : $"IndicatorId «{idText}» non è un numero intero.");
                continue;
            }

            if (!known.TryGetValue(id, out var indicator))
            {
                log.Error(line, $"L'indicatore {id} non esiste nel piano: scaricare di nuovo il modello.");
                continue;
            }

            if (indicator.Year != year)
            {
                log.Error(line, $"L'indicatore {id} appartiene al piano {indicator.Year}, non al {year}: il valore non viene spostato da un anno all'altro.");
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                log.Error(line, $"L'indicatore {id} compare due volte (anche alla riga {first}).");
                continue;
            }

            seen[id] = line;
            if (cells.TryGetValue(Column.Indicator, out var title) && title.Length > 0 && TextKey.Of(title) != TextKey.Of(indicator.Title))
            {
                log.Warning(line, $"La descrizione della riga («{OperationalTableReader.Short(title)}») non è quella dell'indicatore {id} («{OperationalTableReader.Short(indicator.Title)}»): controllare che l'IndicatorId sia quello giusto.");
            }

            var note = cells.GetValueOrDefault(Column.Note);
            var text = (cells.GetValueOrDefault(Column.Value) ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                parsed.Add(new Parsed(line, id, null, note));
                continue;
            }

            if (!TargetParser.TryParseNumber(text.TrimEnd('%').Trim(), out var value))
            {
                log.Error(line, $"Valore «{text}» non è un numero (usare la virgola o il punto per i decimali).");
                continue;
            }

            if (ValueProblem(indicator.Kind, indicator.Target, value) is { } problem)
            {
                log.Error(line, $"{problem} (indicatore {id}, valore «{text}»).");
                continue;
            }

            if (indicator.Kind != IndicatorKind.Informational && !indicator.Target.IsScorable)
            {
                log.Warning(line, $"Il target dell'indicatore {id} non è interpretabile: il valore viene registrato ma non entra nei punteggi.");
            }

            parsed.Add(new Parsed(line, id, value, note));
        }

        return parsed;
    }

    /// <summary>What is wrong with a value for an indicator of this kind and target, in Italian; null when it is fine.</summary>
    public static string? ValueProblem(IndicatorKind kind, Target target, decimal value)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (kind == IndicatorKind.Activity || target.Measure == TargetMeasure.ActivityScale)
        {
            return value is < 0 or > TargetParser.ActivityMaximum || value != decimal.Truncate(value)
                ? "Per un indicatore di attività il valore è un intero da 0 a 5 (0 = non realizzato, 5 = realizzato al 100 %)"
                : null;
        }

        return target.Measure is TargetMeasure.Percent or TargetMeasure.Hours or TargetMeasure.Euro && value < 0
            ? $"Il valore non può essere negativo per un target in {target.UnitLabel}"
            : null;
    }

    private async Task<ValuesImportResult> WriteAsync(ValuesImportRequest request, RoundInfo round, List<Parsed> rows, int rowCount, ImportLog log, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var source = $"import {Path.GetFileName(request.FileName)}";
            var written = await MeasurementWriter.WriteAsync(db, request.Year, round.Id, [.. rows.Select(r => new ValueEntry(r.IndicatorId, r.Value, r.Note))], request.UserName, source, time.GetUtcNow().UtcDateTime, ct);
            var entered = written.Count(w => w.Action == MeasurementWriter.Entered);
            var changed = written.Count(w => w.Action == MeasurementWriter.Changed);
            var cleared = written.Count(w => w.Action == MeasurementWriter.Cleared);
            var unchanged = rows.Count - written.Count;
            var result = new ValuesImportResult(request.Year, round, rowCount, entered, changed, cleared, unchanged, log.Messages, !request.DryRun);
            if (request.DryRun)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return result;
            }

            if (entered + changed + cleared > 0)
            {
                // One row for the import; each value's old and new are in the values' history.
                await audit.RecordAsync("values.import", "Round", round.Id, null, new
                {
                    request.Year,
                    Round = round.Number,
                    File = Path.GetFileName(request.FileName),
                    Sha256 = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(request.Content)),
                    Entered = entered,
                    Changed = changed,
                    Cleared = cleared,
                }, ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            if (entered + changed + cleared > 0)
            {
                await recompute.RequestAsync(request.Year, ct);
            }

            return result;
        }, cancellationToken);
    }
}
