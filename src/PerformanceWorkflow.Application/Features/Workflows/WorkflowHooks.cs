using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>A guard's verdict, with the reason in Italian when it says no.</summary>
public sealed record GuardResult(bool Passed, string? Reason)
{
    public static GuardResult Yes { get; } = new(true, null);

    public static GuardResult No(string reason) => new(false, reason);
}

/// <summary>Someone a child instance is started for: the owner and, for appraisals, the reviewer.</summary>
public sealed record Participant(string OwnerId, string? ReviewerId);

/// <summary>What a guard, an operation or a list can see of the transition in progress.</summary>
public sealed record TransitionScope(WorkflowInstance Instance, WorkflowDefinition Definition, Deliberation? Deliberation, DateTime NowUtc);

/// <summary>
/// The names a definition may use, and the code behind each: guards, operations, jobs, sets of people, and the
/// list an email shows. The one place where the JSON meets the domain; <see cref="Vocabulary"/> is what start-up
/// validation checks the files against.
/// </summary>
public sealed class WorkflowHooks(AppDbContext db, ScoreService scores, IScoreRecompute recompute)
{
    public static WorkflowVocabulary Vocabulary { get; } = new(
        Guards: Set("planHasDirectors", "allChildrenIn", "allChildrenFinal", "scoresFresh"),
        Operations: Set("lockPlan", "openRound", "closeRound"),
        Jobs: Set("recomputeScores"),
        Templates: Set(),
        Recipients: Set("directors", "indicatorOwners", "unitHeads"),
        Subjects: Set("year", "round", "owner", "employee"),
        Dates: WorkflowDates.All);

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    public async Task<GuardResult> CheckAsync(string guard, TransitionScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(scope);
        var name = WorkflowValidator.GuardName(guard);
        var argument = guard.Length > name.Length ? guard[(name.Length + 1)..] : null;
        var year = scope.Instance.Year;
        switch (name)
        {
            case "planHasDirectors":
            {
                var departments = await db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == year)
                    .Select(a => new { a.Unit.Department.Name, a.Unit.Department.DirectorId }).Distinct().ToListAsync(cancellationToken);
                if (departments.Count == 0)
                {
                    return GuardResult.No($"il piano {year} non ha obiettivi assegnati: importarlo prima.");
                }

                var missing = departments.Where(d => d.DirectorId is null).Select(d => d.Name).Distinct().Order(StringComparer.Ordinal).ToList();
                return missing.Count == 0
                    ? GuardResult.Yes
                    : GuardResult.No($"manca il dirigente di {string.Join(", ", missing)}: assegnarlo in Amministrazione › Organizzazione.");
            }

            case "allChildrenIn":
            {
                var children = await ChildrenAsync(scope.Instance, cancellationToken);
                if (children.Count == 0)
                {
                    return GuardResult.No("nessuna pratica collegata.");
                }

                var waiting = children.Count(c => c.State != argument);
                return waiting == 0 ? GuardResult.Yes : GuardResult.No($"{waiting} pratiche su {children.Count} non sono ancora nello stato richiesto.");
            }

            case "allChildrenFinal":
            {
                var children = await ChildrenAsync(scope.Instance, cancellationToken);
                var open = children.Count(c => scope.Definition.Machine(c.Machine)?.State(c.State)?.Final != true);
                return open == 0 ? GuardResult.Yes : GuardResult.No($"{open} pratiche su {children.Count} non sono ancora concluse.");
            }

            case "scoresFresh":
            {
                var rounds = await scores.RoundsAsync(year, cancellationToken);
                var round = scope.Instance.Round is { } number ? rounds.FirstOrDefault(r => r.Number == number) : rounds.LastOrDefault(r => r.Kind == RoundKind.Final);
                if (round is null)
                {
                    return GuardResult.No($"il round dei punteggi del {year} non esiste.");
                }

                var (_, fresh) = await scores.FreshnessAsync(year, round.Id, cancellationToken);
                return fresh ? GuardResult.Yes : GuardResult.No("i punteggi sono in ricalcolo: riprovare tra qualche secondo.");
            }

            default:
                throw new InvalidOperationException($"Condizione «{guard}» sconosciuta.");
        }
    }

    /// <summary>A named domain operation, inside the transition's transaction.</summary>
    public async Task RunAsync(string operation, TransitionScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var instance = scope.Instance;
        switch (operation)
        {
            case "lockPlan":
            {
                var deliberation = scope.Deliberation ?? throw new InvalidOperationException("Per bloccare il piano serve la delibera.");
                var plan = await db.PlanYears.SingleOrDefaultAsync(p => p.Year == instance.Year, cancellationToken)
                    ?? throw new InvalidOperationException($"Il piano {instance.Year} non esiste.");
                plan.Lock(deliberation.Number, deliberation.Date, scope.NowUtc);
                break;
            }

            case "openRound" or "closeRound":
            {
                var round = await db.MonitoringRounds.SingleOrDefaultAsync(r => r.Year == instance.Year && r.Number == instance.Round, cancellationToken)
                    ?? throw new InvalidOperationException($"Il round {instance.Round} del {instance.Year} non esiste.");
                if (operation == "openRound")
                {
                    round.Open();
                }
                else
                {
                    round.Close();
                }

                break;
            }

            default:
                throw new InvalidOperationException($"Operazione «{operation}» sconosciuta.");
        }
    }

    /// <summary>A named job, after the commit.</summary>
    public Task EnqueueAsync(string job, int year, CancellationToken cancellationToken) => job switch
    {
        "recomputeScores" => recompute.RequestAsync(year, cancellationToken),
        _ => throw new InvalidOperationException($"Lavoro «{job}» sconosciuto."),
    };

    /// <summary>The people a set names, for a year.</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(string set, int year, CancellationToken cancellationToken)
    {
        var units = await UnitsOfYear(year).ToListAsync(cancellationToken);
        IEnumerable<Participant> people = set switch
        {
            "directors" => units.Where(u => u.DirectorId is not null).Select(u => new Participant(u.DirectorId!, null)),
            "indicatorOwners" => units.Select(u => IndicatorOwner(u.HeadId, u.DirectorId)).OfType<string>().Select(o => new Participant(o, null)),
            "unitHeads" => units.Where(u => u.HeadId is not null && u.HeadId != u.DirectorId).Select(u => new Participant(u.HeadId!, u.DirectorId)),
            _ => throw new InvalidOperationException($"Insieme di persone «{set}» sconosciuto."),
        };
        return [.. people.DistinctBy(p => p.OwnerId)];
    }

    /// <summary>Who enters a unit's values and answers its monitoring: its responsabile, else its dirigente.</summary>
    public static string? IndicatorOwner(string? headId, string? directorId) => headId ?? directorId;

    /// <summary>
    /// The list an email of this instance shows ({{Elenco}}): a director's objectives with their indicators, an
    /// owner's indicators, or — for a year or a round — the instances still waiting, with their state.
    /// </summary>
    public async Task<IReadOnlyList<EmailListItem>> ListAsync(WorkflowInstance instance, MachineDefinition machine, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(definition);
        if (machine.Subject is "year" or "round")
        {
            var children = await ChildrenAsync(instance, cancellationToken);
            var waiting = children.Where(c => definition.Machine(c.Machine)?.State(c.State) is { Final: false }).ToList();
            var ids = waiting.Select(c => c.OwnerId).OfType<string>().ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
            return [.. waiting.Select(c => new EmailListItem(
                    $"{(c.OwnerId is not null && names.TryGetValue(c.OwnerId, out var name) ? name : "—")}: {definition.Machine(c.Machine)?.State(c.State)?.Label ?? c.State}",
                    []))
                .OrderBy(i => i.Text, StringComparer.Ordinal)];
        }

        if (instance.OwnerId is null || instance.Phase is not ("assegnazione" or "monitoraggio" or "misurazione") || machine.Subject != "owner")
        {
            return [];
        }

        // The assignment lists all that a director's departments are given; the rounds what the owner answers for.
        var owner = instance.OwnerId;
        var assignments = db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == instance.Year);
        assignments = instance.Phase == "assegnazione"
            ? assignments.Where(a => a.Unit.Department.DirectorId == owner)
            : assignments.Where(a => a.Unit.HeadId == owner || (a.Unit.HeadId == null && a.Unit.Department.DirectorId == owner));
        var rows = await assignments
            .OrderBy(a => a.Unit.Department.Position).ThenBy(a => a.Unit.Position).ThenBy(a => a.Position)
            .Select(a => new
            {
                a.OperationalObjective.Code,
                a.OperationalObjective.Title,
                Unit = a.Unit.Name,
                Indicators = a.ManagementObjectives.OrderBy(m => m.Position).SelectMany(m => m.Indicators.OrderBy(i => i.Position).Select(i => new { i.Title, Target = i.Target.Text, i.DueDate })).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new EmailListItem(
            $"{(r.Code is null ? string.Empty : r.Code + " ")}{r.Title} ({r.Unit})",
            [.. r.Indicators.Select(i => $"{i.Title}: target {(string.IsNullOrWhiteSpace(i.Target) ? "—" : i.Target)}{(i.DueDate is { } due ? ", entro il " + ItalianFormat.Date(due) : string.Empty)}")]))];
    }

    /// <summary>The children of an instance as tracked: states changed in this transition count.</summary>
    public async Task<List<WorkflowInstance>> ChildrenAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Id != 0)
        {
            await db.WorkflowInstances.Where(i => i.ParentId == instance.Id).LoadAsync(cancellationToken);
        }

        return [.. db.WorkflowInstances.Local.Where(i => i.Parent == instance || (instance.Id != 0 && i.ParentId == instance.Id))];
    }

    private IQueryable<UnitOwners> UnitsOfYear(int year) =>
        db.Units.AsNoTracking().Where(u => db.ObjectiveAssignments.Any(a => a.Year == year && a.UnitId == u.Id))
            .OrderBy(u => u.Department.Position).ThenBy(u => u.Position)
            .Select(u => new UnitOwners(u.Id, u.HeadId, u.Department.DirectorId));

    private sealed record UnitOwners(int UnitId, string? HeadId, string? DirectorId);
}
