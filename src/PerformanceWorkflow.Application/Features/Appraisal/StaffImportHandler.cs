using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Appraisal;

/// <param name="Content">The file (CSV with ; or , in any encoding the plan import accepts, or XLSX).</param>
/// <param name="FileName">Its name.</param>
/// <param name="DryRun">Only check and preview.</param>
/// <param name="UserName">Who imports, for the audit trail.</param>
public sealed record StaffImportRequest(byte[] Content, string FileName, bool DryRun, string UserName);

/// <summary>A row as it will be written, for the preview (names only on the page of who may import).</summary>
public sealed record StaffPreviewRow(int Line, string Matricola, string Name, RoleGroup Group, string Area, string Structure, string? Evaluator, decimal PartTime, int Months, string? UserName, string Change);

public sealed record StaffImportResult(int Rows, int Added, int Updated, int Unchanged, IReadOnlyList<ImportMessage> Messages, IReadOnlyList<StaffPreviewRow> Preview, bool Applied)
{
    public bool HasErrors => Messages.Any(m => m.Kind == ImportMessageKind.Error);
}

/// <summary>
/// Imports the people of the Comune: every row checked (matricola once, group of the list, a unit or department of
/// the plan, part-time 1–100, months 0–12, an existing account, an evaluator who exists); one error and nothing is
/// written. Idempotent: people are matched by matricola. Directors and unit heads already on the organization chart
/// are linked to their accounts, not duplicated.
/// </summary>
public sealed class StaffImportHandler(AppDbContext db, AuditTrail audit, IOptions<ImportOptions> options)
{
    public static IReadOnlyList<string> Columns { get; } = ["Matricola", "Cognome", "Nome", "Email", "Gruppo", "Area", "Unita", "Valutatore", "PartTime", "MesiServizio", "UserName"];

    private enum Column
    {
        Matricola,
        LastName,
        FirstName,
        Email,
        Group,
        Area,
        Unit,
        Evaluator,
        PartTime,
        Months,
        UserName,
    }

    private static readonly Dictionary<string, Column> Names = new(StringComparer.Ordinal)
    {
        ["matricola"] = Column.Matricola, ["matr"] = Column.Matricola,
        ["cognome"] = Column.LastName, ["lastname"] = Column.LastName,
        ["nome"] = Column.FirstName, ["firstname"] = Column.FirstName,
        ["email"] = Column.Email, ["mail"] = Column.Email, ["posta"] = Column.Email,
        ["gruppo"] = Column.Group, ["group"] = Column.Group, ["ruolo"] = Column.Group,
        ["area"] = Column.Area, ["areaccnl"] = Column.Area, ["categoria"] = Column.Area,
        ["unita"] = Column.Unit, ["unit"] = Column.Unit, ["uoc"] = Column.Unit, ["struttura"] = Column.Unit, ["settore"] = Column.Unit,
        ["valutatore"] = Column.Evaluator, ["evaluator"] = Column.Evaluator,
        ["parttime"] = Column.PartTime, ["percentualeparttime"] = Column.PartTime,
        ["mesiservizio"] = Column.Months, ["mesi"] = Column.Months, ["mesidiservizio"] = Column.Months,
        ["username"] = Column.UserName, ["utente"] = Column.UserName, ["account"] = Column.UserName,
    };

    private static readonly Column[] Required = [Column.Matricola, Column.LastName, Column.FirstName, Column.Group, Column.Area, Column.Unit];

    private sealed record Parsed(int Line, string Matricola, string LastName, string FirstName, string? Email, RoleGroup Group, string Area, int? DepartmentId, int? UnitId, string Structure, string? Evaluator, decimal PartTime, int Months, string? UserId, string? UserName);

    public async Task<StaffImportResult> ImportAsync(StaffImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var log = new ImportLog();
        StaffImportResult Fail(int rows = 0) => new(rows, 0, 0, 0, log.Messages, [], false);
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

        var rows = ReadRows(sheets, log);
        if (log.HasErrors)
        {
            return Fail(rows.Count);
        }

        var parsed = await ValidateAsync(rows, log, cancellationToken);
        if (log.HasErrors)
        {
            return Fail(rows.Count);
        }

        return await WriteAsync(request, parsed, log, cancellationToken);
    }

    private static List<(int Line, Dictionary<Column, string> Cells)> ReadRows(IReadOnlyList<RawSheet> sheets, ImportLog log)
    {
        foreach (var sheet in sheets)
        {
            var header = sheet.Rows.FirstOrDefault(r => !r.IsBlank);
            if (header is null)
            {
                continue;
            }

            var (map, unknown) = NamedColumns.Read(header, Names);

            var missing = Required.Where(c => !map.Contains(c)).ToList();
            if (missing.Count == Required.Length)
            {
                continue;
            }

            if (missing.Count > 0)
            {
                log.Error(header.Line, $"Mancano le colonne {string.Join(", ", missing.Select(c => Columns[(int)c]))}. Le colonne del file del personale sono: {string.Join(";", Columns)}.");
                return [];
            }

            if (unknown.Count > 0)
            {
                log.Warning(header.Line, $"Colonne ignorate: {string.Join(", ", unknown.Select(u => $"«{u}»"))}.");
            }

            var rows = new List<(int, Dictionary<Column, string>)>();
            foreach (var row in sheet.Rows.Where(r => r.Line > header.Line && !r.IsBlank))
            {
                rows.Add((row.Line, NamedColumns.Cells(row, map)));
            }

            if (rows.Count == 0)
            {
                log.Error(null, "Il file non contiene persone: solo l'intestazione.");
            }

            return rows;
        }

        log.Error(null, $"Nessuna tabella del personale riconosciuta: servono le colonne {string.Join(";", Columns)}.");
        return [];
    }

    private async Task<List<Parsed>> ValidateAsync(List<(int Line, Dictionary<Column, string> Cells)> rows, ImportLog log, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.Key, u.DepartmentId, u.HeadId }).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name, d.Key, d.DirectorId }).ToListAsync(cancellationToken);
        var userNames = rows.Select(r => r.Cells.GetValueOrDefault(Column.UserName)).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.ToUpperInvariant()).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userNames.Contains(u.NormalizedUserName!)).Select(u => new { u.Id, u.UserName, u.NormalizedUserName }).ToListAsync(cancellationToken);
        var existing = await db.Staff.AsNoTracking().Select(s => new { s.Matricola, s.UserId }).ToListAsync(cancellationToken);
        var chartUsers = await db.Users.AsNoTracking().Where(u => departments.Select(d => d.DirectorId).Contains(u.Id) || units.Select(x => x.HeadId).Contains(u.Id))
            .Select(u => new { u.Id, u.UserName }).ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
        var inFile = rows.Select(r => r.Cells.GetValueOrDefault(Column.Matricola)?.Trim()).Where(m => !string.IsNullOrEmpty(m)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var known = existing.Select(e => e.Matricola).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var linked = new Dictionary<string, int>(StringComparer.Ordinal);
        var parsed = new List<Parsed>();
        foreach (var (line, cells) in rows)
        {
            string Cell(Column c) => cells.GetValueOrDefault(c)?.Trim() ?? string.Empty;
            var errors = log.Errors.Count();
            var matricola = Cell(Column.Matricola);
            if (matricola.Length == 0)
            {
                log.Error(line, "Manca la matricola.");
            }
            else if (matricola.Length > 40)
            {
                log.Error(line, "La matricola è più lunga di 40 caratteri.");
            }
            else if (seen.TryGetValue(matricola, out var first))
            {
                log.Error(line, $"La matricola «{matricola}» è ripetuta (già alla riga {first}).");
            }
            else
            {
                seen[matricola] = line;
            }

            if (Cell(Column.LastName).Length == 0 || Cell(Column.FirstName).Length == 0)
            {
                log.Error(line, "Mancano il cognome o il nome.");
            }

            var group = RoleGroups.Parse(Cell(Column.Group));
            if (group is null)
            {
                log.Error(line, $"Il gruppo «{Cell(Column.Group)}» non è tra quelli ammessi: Dirigente, EQ, Dipendente.");
            }

            if (Cell(Column.Area).Length == 0)
            {
                log.Error(line, "Manca l'area CCNL (Operatori, Operatori esperti, Istruttori, Funzionari e EQ, Dirigenza…).");
            }

            var email = Cell(Column.Email);
            if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal) || email.Length > 256))
            {
                log.Error(line, $"L'indirizzo «{email}» non è un indirizzo email valido.");
            }

            decimal partTime = 100;
            var partTimeText = Cell(Column.PartTime).TrimEnd('%').Trim();
            if (partTimeText.Length > 0 && (!decimal.TryParse(partTimeText, NumberStyles.Number, ItalianFormat.Culture, out partTime) || partTime <= 0 || partTime > 100))
            {
                log.Error(line, $"PartTime «{Cell(Column.PartTime)}» non valido: una percentuale da 1 a 100 (100 = tempo pieno).");
            }

            var months = 12;
            var monthsText = Cell(Column.Months);
            if (monthsText.Length > 0 && (!int.TryParse(monthsText, NumberStyles.None, CultureInfo.InvariantCulture, out months) || months > 12))
            {
                log.Error(line, $"MesiServizio «{monthsText}» non valido: un numero intero da 0 a 12.");
            }

            // The structure: a unit or a department of the plan, matched as the importer matches names.
            int? departmentId = null, unitId = null;
            var structure = Cell(Column.Unit);
            if (structure.Length == 0)
            {
                log.Error(line, "Manca l'unità o il settore in cui la persona lavora (o che dirige).");
            }
            else if (group is not null)
            {
                var key = TextKey.Of(structure);
                var unitMatches = Match(units.Select(u => (u.Id, u.Key, u.Name)), key);
                var departmentMatches = Match(departments.Select(d => (d.Id, d.Key, d.Name)), key);
                if (group == RoleGroup.Director && departmentMatches.Count == 1)
                {
                    departmentId = departmentMatches[0].Id;
                }
                else if (unitMatches.Count == 1)
                {
                    unitId = unitMatches[0].Id;
                    departmentId = units.First(u => u.Id == unitId).DepartmentId;
                }
                else if (unitMatches.Count == 0 && departmentMatches.Count == 1)
                {
                    departmentId = departmentMatches[0].Id;
                }
                else if (unitMatches.Count + departmentMatches.Count == 0)
                {
                    log.Error(line, $"Nessuna unità o settore del piano si chiama «{structure}».");
                }
                else
                {
                    var names = unitMatches.Concat(departmentMatches).Select(m => $"«{m.Name}»").Distinct().Take(5);
                    log.Error(line, $"«{structure}» corrisponde a più strutture del piano: {string.Join(", ", names)}. Scrivere il nome completo.");
                }

                if (group == RoleGroup.UnitHead && unitId is null && departmentId is not null)
                {
                    log.Error(line, $"Un'EQ è responsabile di un'unità (U.O.C.): «{structure}» è un settore.");
                }
            }

            // The account: the one named, or the one the organization chart already has for that post.
            string? userId = null, userName = null;
            var named = Cell(Column.UserName);
            var chartId = group switch
            {
                RoleGroup.Director when departmentId is { } d && unitId is null => departments.First(x => x.Id == d).DirectorId,
                RoleGroup.UnitHead when unitId is { } u => units.First(x => x.Id == u).HeadId,
                _ => null,
            };
            if (named.Length > 0)
            {
                var user = users.FirstOrDefault(u => string.Equals(u.NormalizedUserName, named, StringComparison.OrdinalIgnoreCase));
                if (user is null)
                {
                    log.Error(line, $"L'utente «{named}» non esiste: crearlo con «pw users add» o lasciare vuota la colonna UserName.");
                }
                else
                {
                    (userId, userName) = (user.Id, user.UserName);
                    if (chartId is not null && chartId != user.Id)
                    {
                        log.Warning(line, $"Sull'organigramma «{structure}» è guidata da «{chartUsers.GetValueOrDefault(chartId)}», non da «{named}».");
                    }
                }
            }
            else if (chartId is not null)
            {
                (userId, userName) = (chartId, chartUsers.GetValueOrDefault(chartId));
            }

            if (userId is not null)
            {
                if (linked.TryGetValue(userId, out var other))
                {
                    log.Error(line, $"L'utente «{userName}» è già collegato alla persona della riga {other}: una persona, un account.");
                }
                else
                {
                    linked[userId] = line;
                }

                if (existing.FirstOrDefault(e => e.UserId == userId && !string.Equals(e.Matricola, matricola, StringComparison.OrdinalIgnoreCase)) is { } taken && !inFile.Contains(taken.Matricola))
                {
                    log.Error(line, $"L'utente «{userName}» è già collegato alla matricola {taken.Matricola}.");
                }
            }

            var evaluator = Cell(Column.Evaluator);
            if (evaluator.Length > 0)
            {
                if (string.Equals(evaluator, matricola, StringComparison.OrdinalIgnoreCase))
                {
                    log.Error(line, "Una persona non può essere il valutatore di sé stessa.");
                }
                else if (!inFile.Contains(evaluator) && !known.Contains(evaluator))
                {
                    log.Error(line, $"Il valutatore «{evaluator}» non è una matricola del personale.");
                }
            }

            if (log.Errors.Count() == errors && group is { } g)
            {
                parsed.Add(new Parsed(line, matricola, Cell(Column.LastName), Cell(Column.FirstName), email.Length == 0 ? null : email, g, Cell(Column.Area),
                    departmentId, unitId, structure, evaluator.Length == 0 ? null : evaluator, partTime, months, userId, userName));
            }
        }

        return parsed;
    }

    private static List<(int Id, string Name)> Match(IEnumerable<(int Id, string Key, string Name)> candidates, string key)
    {
        var list = candidates.ToList();
        var exact = list.Where(c => c.Key == key).Select(c => (c.Id, c.Name)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var slips = TextKey.ToleratedSlips(key);
        var close = slips == 0 ? [] : list.Where(c => TextKey.Distance(c.Key, key, slips) <= slips).Select(c => (c.Id, c.Name)).ToList();
        if (close.Count > 0)
        {
            return close;
        }

        // "Lavori Pubblici" for "U.O.C. Lavori Pubblici-Patrimonio": a part of the name, when it is long enough to mean something.
        return key.Length < 5 ? [] : [.. list.Where(c => c.Key.Contains(key, StringComparison.Ordinal)).Select(c => (c.Id, c.Name))];
    }

    private async Task<StaffImportResult> WriteAsync(StaffImportRequest request, List<Parsed> parsed, ImportLog log, CancellationToken cancellationToken)
    {
        var matricole = parsed.Select(p => p.Matricola).ToList();
        var people = await db.Staff.Where(s => matricole.Contains(s.Matricola)).ToDictionaryAsync(s => s.Matricola, StringComparer.OrdinalIgnoreCase, cancellationToken);
        int added = 0, updated = 0, unchanged = 0;
        var preview = new List<StaffPreviewRow>(parsed.Count);
        foreach (var p in parsed)
        {
            string change;
            if (!people.TryGetValue(p.Matricola, out var person))
            {
                person = new StaffMember(p.Matricola, p.LastName, p.FirstName);
                db.Staff.Add(person);
                people[p.Matricola] = person;
                added++;
                change = "nuova";
            }
            else if (Same(person, p))
            {
                unchanged++;
                change = "invariata";
            }
            else
            {
                updated++;
                change = "modificata";
            }

            person.Update(p.LastName, p.FirstName, p.Email, p.Group, p.Area, p.DepartmentId, p.UnitId, p.Evaluator, p.PartTime, p.Months, p.UserId);
            preview.Add(new StaffPreviewRow(p.Line, p.Matricola, person.FullName, p.Group, person.Area, p.Structure, p.Evaluator, p.PartTime, p.Months, p.UserName, change));
        }

        var absent = await db.Staff.CountAsync(s => !matricole.Contains(s.Matricola), cancellationToken);
        if (absent > 0)
        {
            log.Warning(null, $"{absent} persone già registrate non sono nel file: restano come sono (le loro schede non si perdono).");
        }

        if (request.DryRun)
        {
            db.ChangeTracker.Clear();
            return new StaffImportResult(parsed.Count, added, updated, unchanged, log.Messages, preview, false);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await audit.RecordAsAsync(request.UserName, "staff.import", "Staff", null, null, new { File = request.FileName, Rows = parsed.Count, Added = added, Updated = updated, Unchanged = unchanged }, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return new StaffImportResult(parsed.Count, added, updated, unchanged, log.Messages, preview, true);
    }

    private static bool Same(StaffMember s, Parsed p) =>
        s.LastName == TextKey.Clean(p.LastName) && s.FirstName == TextKey.Clean(p.FirstName) && s.Email == p.Email && s.Group == p.Group && s.Area == TextKey.Clean(p.Area)
        && s.DepartmentId == p.DepartmentId && s.UnitId == p.UnitId && s.EvaluatorMatricola == p.Evaluator && s.PartTimePercent == p.PartTime && s.ServiceMonths == p.Months && s.UserId == p.UserId;
}
