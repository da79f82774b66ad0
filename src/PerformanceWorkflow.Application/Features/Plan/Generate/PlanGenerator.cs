using System.Globalization;
using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Application.Features.Plan.Generate;

/// <summary>How big a synthetic plan is.</summary>
internal sealed record PlanSize(int Departments, int Units, int Objectives, int Indicators, int People, int Rounds)
{
    /// <summary>The size of the reference plan: a Comune of 10,000 people.</summary>
    public static PlanSize Comune { get; } = new(3, 6, 37, 63, 60, 4);

    /// <summary>A city of 3 million: Roma, ~25,000 employees, 200,000 values in a year.</summary>
    public static PlanSize City { get; } = new(30, 500, 10_000, 50_000, 25_000, 4);

    /// <summary>Between the two, to see how costs grow.</summary>
    public static PlanSize Medium { get; } = new(12, 100, 2_000, 10_000, 5_000, 4);

    /// <summary>For smoke runs in CI.</summary>
    public static PlanSize Tiny { get; } = new(2, 3, 8, 24, 12, 2);

    public static PlanSize? Preset(string name) => name.ToLowerInvariant() switch
    {
        "tiny" => Tiny,
        "comune" => Comune,
        "medium" or "medio" => Medium,
        "city" or "citta" => City,
        _ => null,
    };

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Departments < 1 || Units < Departments)
        {
            problems.Add("Servono almeno un settore e almeno una unità per settore.");
        }

        if (Objectives < 1 || Indicators < Objectives)
        {
            problems.Add("Servono almeno un obiettivo e almeno un indicatore per obiettivo.");
        }

        if (People < Departments + Units)
        {
            problems.Add($"Servono almeno {Departments + Units} persone: un dirigente per settore e un responsabile per unità.");
        }

        if (Rounds is < 0 or > 4)
        {
            problems.Add("I round con valori vanno da 0 a 4.");
        }

        return problems;
    }
}

internal sealed record GenerationResult(int Year, int Departments, int Units, int Objectives, int Assignments, int Indicators, int People, int Values, TimeSpan Elapsed);

/// <summary>
/// Writes a realistic synthetic plan straight into an empty database: the kinds and targets of the reference PIAO
/// (activities on the 0–5 scale, ratios in percent, hours, days of payment delay, informational data), cross-cutting
/// <c>Tras_</c> objectives assigned to every unit, a dirigente per department and a responsabile per unit among the
/// people, and values for the first rounds. Deterministic for a seed. For measuring how the service scales.
/// </summary>
internal sealed class PlanGenerator(AppDbContext db, TimeProvider time)
{
    /// <summary>Cross-cutting objectives every unit pursues (transparency, anti-corruption…), as in the reference plan.</summary>
    public const int CrossCutting = 3;

    private static readonly (IndicatorKind Kind, string Label, string Target, string Title)[] Templates =
    [
        (IndicatorKind.Activity, "Attività", "5 (100%)", "Realizzazione delle fasi previste"),
        (IndicatorKind.Activity, "Attività", "5 (100%)", "Adozione degli atti programmati"),
        (IndicatorKind.Activity, "Attività", "5 (100%)", "Attivazione del servizio"),
        (IndicatorKind.Efficiency, "Efficienza", "100 %", "N. pratiche evase / n. pratiche ricevute"),
        (IndicatorKind.Efficiency, "Efficienza", ">= ore 24", "Ore di formazione per dipendente"),
        (IndicatorKind.Efficiency, "Efficienza", "-1", "Tempo medio di pagamento delle fatture (giorni di ritardo)"),
        (IndicatorKind.Activity, "Attività", "5 (100%)", "Pubblicazione dei dati in Amministrazione Trasparente"),
        (IndicatorKind.Informational, "Dato di Qualità", string.Empty, "Numero di utenti serviti"),
    ];

    public async Task<GenerationResult> GenerateAsync(PlanSize size, int year, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(size);
        if (size.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(size));
        }

        if (await db.Departments.AnyAsync(cancellationToken) || await db.PlanYears.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("Il database contiene già un piano: il generatore scrive solo in un database vuoto.");
        }

        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = time.GetUtcNow().UtcDateTime;

        // Organization and people: a dirigente per department, a responsabile per unit, the others employees.
        var departments = Enumerable.Range(1, size.Departments).Select(i => new Department($"Settore {i} — {Area(i)}", i)).ToList();
        var units = Enumerable.Range(1, size.Units).Select(i => new Unit(departments[(i - 1) % departments.Count], $"U.O.C. {i} {Area(i + 7)}", i)).ToList();
        db.Departments.AddRange(departments);
        db.Units.AddRange(units);
        var people = await PeopleAsync(size, departments, units, cancellationToken);

        // The strategic tree: eight mandate lines, a few strategic objectives each, the budget missions.
        var lines = Enumerable.Range(1, 8).Select(i => new MandateLine($"Linea di mandato {i}", i)).ToList();
        var strategic = lines.SelectMany(l => Enumerable.Range(1, 3).Select(j => new StrategicObjective(l, $"Obiettivo strategico {l.Position}.{j}", j))).ToList();
        var missions = Enumerable.Range(1, 10).Select(i => new BudgetMission($"[{i:00}]", $"Missione {i}")).ToList();
        db.MandateLines.AddRange(lines);
        db.StrategicObjectives.AddRange(strategic);
        db.BudgetMissions.AddRange(missions);
        var plan = new PlanYear(year);
        db.PlanYears.Add(plan);
        db.MonitoringRounds.AddRange(MonitoringRound.DefaultCalendar(year));
        await SaveAsync(cancellationToken);

        // Objectives: the cross-cutting ones in every unit, the others one unit each.
        var crossCutting = Math.Min(CrossCutting, size.Objectives);
        var objectives = new List<OperationalObjective>(size.Objectives);
        for (var i = 1; i <= size.Objectives; i++)
        {
            var objective = i <= crossCutting
                ? new OperationalObjective($"Tras_{i}", $"Obiettivo trasversale {i}: trasparenza e prevenzione della corruzione")
                : new OperationalObjective($"S{(i % 8) + 1}-{(i % 3) + 1}_{i}", $"Obiettivo operativo {i}: {Area(i)}");
            objective.Update(objective.Code, objective.Title, [], [year]);
            objectives.Add(objective);
        }

        db.OperationalObjectives.AddRange(objectives);
        await SaveAsync(cancellationToken);

        var assignments = new List<ObjectiveAssignment>();
        var links = new List<ObjectiveLink>();
        var position = 0;
        foreach (var (objective, index) in objectives.Select((o, i) => (o, i)))
        {
            var targets = index < crossCutting ? units : [units[(index - crossCutting) % units.Count]];
            foreach (var unit in targets)
            {
                assignments.Add(new ObjectiveAssignment(year, objective, unit, ++position));
                var link = new ObjectiveLink(objective, unit);
                link.Update(strategic[index % strategic.Count], missions[index % missions.Count], [year], position);
                links.Add(link);
            }
        }

        db.ObjectiveAssignments.AddRange(assignments);
        db.ObjectiveLinks.AddRange(links);
        await SaveAsync(cancellationToken);

        // One management objective per assignment, the indicators spread evenly over them.
        var managements = assignments.Select(a =>
        {
            var m = new ManagementObjective($"Obiettivo gestionale di {a.OperationalObjective.Code} in {a.Unit.Name}", 1);
            a.ManagementObjectives.Add(m);
            return m;
        }).ToList();
        db.ManagementObjectives.AddRange(managements);
        await SaveAsync(cancellationToken);

        var indicators = new List<(Indicator Indicator, int Template)>(size.Indicators);
        var count = Math.Max(size.Indicators, managements.Count);
        for (var i = 0; i < count; i++)
        {
            var template = random.Next(Templates.Length);
            var (kind, label, target, title) = Templates[template];
            var management = managements[i % managements.Count];
            var indicator = new Indicator($"{title} ({i + 1})", kind, label, TargetParser.Parse(target, kind), new DateOnly(year, 12, 31), null, (i / managements.Count) + 1);
            management.Indicators.Add(indicator);
            indicators.Add((indicator, template));
        }

        db.Indicators.AddRange(indicators.Select(i => i.Indicator));
        await SaveAsync(cancellationToken);

        var values = await ValuesAsync(year, size.Rounds, indicators, random, now, cancellationToken);
        await ScoringVersions.BumpAsync(db, year, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return new GenerationResult(year, departments.Count, units.Count, objectives.Count, assignments.Count, indicators.Count, people, values, watch.Elapsed);
    }

    private static string Area(int i) => (i % 10) switch
    {
        0 => "servizi demografici",
        1 => "lavori pubblici",
        2 => "polizia locale",
        3 => "servizi sociali",
        4 => "bilancio e tributi",
        5 => "urbanistica",
        6 => "cultura e turismo",
        7 => "ambiente",
        8 => "personale",
        _ => "transizione digitale",
    };

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>People as accounts without a password (they sign in through the Comune's identity provider, or not at all).</summary>
    private async Task<int> PeopleAsync(PlanSize size, List<Department> departments, List<Unit> units, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All.Where(r => !db.Roles.Any(x => x.Name == r)))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }

        await SaveAsync(cancellationToken);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var users = new List<AppUser>(size.People);
        for (var i = 1; i <= size.People; i++)
        {
            var name = $"p{i:D5}";
            var user = new AppUser
            {
                UserName = name,
                NormalizedUserName = name.ToUpperInvariant(),
                Email = $"{name}@citta.example",
                NormalizedEmail = $"{name}@CITTA.EXAMPLE",
                EmailConfirmed = true,
                FullName = $"Persona {i:D5}",
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            users.Add(user);
            var role = i <= departments.Count ? Roles.Director : i <= departments.Count + units.Count ? Roles.UnitHead : Roles.Employee;
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role] });
        }

        db.Users.AddRange(users);
        for (var d = 0; d < departments.Count; d++)
        {
            departments[d].AssignDirector(users[d].Id);
        }

        for (var u = 0; u < units.Count; u++)
        {
            units[u].AssignHead(users[departments.Count + u].Id);
        }

        await SaveAsync(cancellationToken);

        // The same people as staff to evaluate: dirigenti, EQ, and employees spread over the units with their CCNL areas.
        for (var i = 0; i < users.Count; i++)
        {
            var person = new StaffMember(string.Create(CultureInfo.InvariantCulture, $"M{i + 1:D5}"), "Persona", string.Create(CultureInfo.InvariantCulture, $"{i + 1:D5}"));
            if (i < departments.Count)
            {
                person.Update(person.LastName, person.FirstName, users[i].Email, RoleGroup.Director, "Dirigenza", departments[i].Id, null, null, 100, 12, users[i].Id);
            }
            else if (i < departments.Count + units.Count)
            {
                var unit = units[i - departments.Count];
                person.Update(person.LastName, person.FirstName, users[i].Email, RoleGroup.UnitHead, "Funzionari e EQ", unit.DepartmentId, unit.Id, null, 100, 12, users[i].Id);
            }
            else
            {
                var unit = units[i % units.Count];
                person.Update(person.LastName, person.FirstName, users[i].Email, RoleGroup.Staff, StaffGenerator.Areas[i % (StaffGenerator.Areas.Count - 1)], unit.DepartmentId, unit.Id, null, i % 9 == 0 ? 50 : 100, 12, users[i].Id);
            }

            db.Staff.Add(person);
        }

        await SaveAsync(cancellationToken);
        return users.Count;
    }

    /// <summary>Values for the first rounds, written in one transaction with a prepared statement: 200,000 rows in seconds.</summary>
    private async Task<int> ValuesAsync(int year, int rounds, List<(Indicator Indicator, int Template)> indicators, Random random, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (rounds == 0)
        {
            return 0;
        }

        var roundIds = await db.MonitoringRounds.Where(r => r.Year == year && r.Number <= rounds).OrderBy(r => r.Number).Select(r => r.Id).ToListAsync(cancellationToken);
        var written = 0;
        if (db.Database.IsSqlite())
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO Measurements (IndicatorId, RoundId, Value, Numerator, Denominator, Note, EnteredBy, EnteredAtUtc) VALUES ($i, $r, $v, NULL, NULL, NULL, 'generatore', $t)";
                var indicator = command.Parameters.Add("$i", SqliteType.Integer);
                var round = command.Parameters.Add("$r", SqliteType.Integer);
                var value = command.Parameters.Add("$v", SqliteType.Text);
                command.Parameters.AddWithValue("$t", nowUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture));
                await command.PrepareAsync(cancellationToken);
                foreach (var (roundId, number) in roundIds.Select((id, n) => (id, n + 1)))
                {
                    foreach (var (item, template) in indicators)
                    {
                        indicator.Value = item.Id;
                        round.Value = roundId;
                        value.Value = Value(template, number, random).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        await command.ExecuteNonQueryAsync(cancellationToken);
                        written++;
                    }
                }

                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            foreach (var (roundId, number) in roundIds.Select((id, n) => (id, n + 1)))
            {
                db.Measurements.AddRange(indicators.Select(i => new Measurement(i.Indicator.Id, roundId, Value(i.Template, number, random), null, null, null, "generatore", nowUtc)));
                await SaveAsync(cancellationToken);
                written += indicators.Count;
            }
        }

        return written;
    }

    private static decimal Value(int template, int round, Random random) => Templates[template].Target switch
    {
        "5 (100%)" => Math.Min(5, random.Next(0, 3) + round),
        "100 %" => Math.Round((decimal)(50 + (random.NextDouble() * 50)), 2),
        ">= ore 24" => random.Next(4, 30),
        "-1" => random.Next(-5, 4),
        _ => random.Next(10, 1000),
    };
}
