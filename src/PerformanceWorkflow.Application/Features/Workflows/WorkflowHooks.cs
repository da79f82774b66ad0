using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Security;
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
public sealed record Participant(string? OwnerId, string? ReviewerId, IReadOnlyList<int> UnitIds, int? SubjectId = null);

/// <summary>What a guard, an operation or a list can see of the transition in progress.</summary>
public sealed record TransitionScope(WorkflowInstance Instance, WorkflowDefinition Definition, Deliberation? Deliberation, DateTime NowUtc, Actor Actor, string? Comment = null);

/// <summary>
/// The names a definition may use, and the code behind each: guards, operations, jobs, sets of people, and the
/// list an email shows. The one place where the JSON meets the domain; <see cref="Vocabulary"/> is what start-up
/// validation checks the files against.
/// </summary>
public sealed class WorkflowHooks(AppDbContext db, ScoreService scores, IScoreRecompute recompute, AuditTrail audit, AppraisalHooks appraisal, DeviationCauseRules deviations, Reporting.ReportingHooks reporting, SubmissionChecks checks)
{
    /// <summary>The machines whose instances are a scheda of values: their links lead to the form.</summary>
    public static IReadOnlyList<string> SubmissionMachines { get; } = ["monitoraggio.scheda", "misurazione.scheda"];

    public static WorkflowVocabulary Vocabulary { get; } = new(
        Guards: Set(["planHasDirectors", "allChildrenIn", "allChildrenFinal", "scoresFresh", "submissionComplete", "childrenWaiting", "causesComplete", "causesCollected", .. AppraisalHooks.Guards, .. Reporting.ReportingHooks.Guards]),
        Operations: Set(["lockPlan", "openRound", "closeRound", "prepareSubmission", "publishSubmission", "applyTargetRevision", "rejectTargetRevision", "prepareCauses", .. AppraisalHooks.Operations, .. Reporting.ReportingHooks.Operations]),
        Jobs: Set("recomputeScores"),
        Templates: Set(),
        Recipients: Set(["directors", "indicatorOwners", "unitHeads", "deviationOwners", .. AppraisalHooks.Sets]),
        Subjects: Set("year", "round", "owner", "employee"),
        Dates: WorkflowDates.All);

    private static HashSet<string> Set(params IEnumerable<string> names) => new(names, StringComparer.Ordinal);

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
                // Only the children whose machine has that state count: a revision asked during a round does not
                // keep the round open when every scheda is validated.
                var children = (await ChildrenAsync(scope.Instance, cancellationToken)).Where(c => scope.Definition.Machine(c.Machine)?.State(argument!) is not null).ToList();
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

            case "childrenWaiting":
            {
                var waiting = await WaitingChildrenAsync(scope.Instance, cancellationToken);
                return waiting.Count > 0 ? GuardResult.Yes : GuardResult.No("nessuno è in ritardo.");
            }

            case "submissionComplete":
            {
                var submission = await SubmissionOfAsync(scope.Instance, cancellationToken);
                if (submission is null)
                {
                    return GuardResult.No("la scheda non è ancora stata compilata.");
                }

                var problems = await checks.ProblemsAsync(submission, cancellationToken);
                return problems.Count == 0
                    ? GuardResult.Yes
                    : GuardResult.No(problems.Count == 1 ? problems[0].Message : $"{problems.Count} indicatori da completare (valori o note mancanti).");
            }

            case "causesComplete" or "causesCollected":
            {
                var missing = await deviations.MissingAsync(year, name == "causesComplete" ? scope.Instance.Id : null, cancellationToken);
                return missing.Count == 0 ? GuardResult.Yes : GuardResult.No(DeviationCauseRules.Describe(missing));
            }

            case var _ when Reporting.ReportingHooks.Guards.Contains(name):
                return await reporting.CheckAsync(name, scope, cancellationToken);

            case var _ when AppraisalHooks.Guards.Contains(name):
                return await appraisal.CheckAsync(name, scope, cancellationToken);

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

            case "prepareSubmission":
            {
                var asOf = ItalianFormat.DayOf(scope.NowUtc);
                var units = await OwnedIndicatorUnitsAsync(instance.Year, instance.OwnerId!, asOf, cancellationToken);
                db.Submissions.Add(new Submission(instance, units));
                break;
            }

            case "publishSubmission":
            {
                // The scheda's page has just saved and checked the draft: what it holds is used, not read again.
                var submission = await SubmissionOfAsync(instance, cancellationToken) ?? throw new InvalidOperationException($"La scheda {instance.Id} non ha valori.");
                var round = checks.RoundOf(submission) ?? (await scores.RoundsAsync(instance.Year, cancellationToken)).Single(r => r.Number == instance.Round);
                var entries = submission.Values.Select(v => new ValueEntry(v.IndicatorId, v.Value, v.Note, v.Numerator, v.Denominator)).ToList();
                var written = await MeasurementWriter.WriteAsync(db, instance.Year, round.Id, entries, scope.Actor.Name, $"scheda {instance.Id}", scope.NowUtc, cancellationToken);
                var late = submission.MarkSubmitted(scope.NowUtc, round.DueDate);
                await audit.RecordAsAsync(scope.Actor.Name, "submission.submitted", "Submission", submission.Id, null, new { instance.Year, Round = round.Number, Values = written.Count, Late = late }, cancellationToken);
                break;
            }

            case "applyTargetRevision" or "rejectTargetRevision":
            {
                var revision = await db.TargetRevisions.SingleAsync(r => r.InstanceId == instance.Id, cancellationToken);
                if (operation == "applyTargetRevision")
                {
                    revision.Approve(scope.Actor.Name, scope.NowUtc);
                    await ScoringVersions.BumpAsync(db, instance.Year, cancellationToken);
                }
                else
                {
                    revision.Reject(scope.Actor.Name, scope.NowUtc);
                }

                await audit.RecordAsAsync(scope.Actor.Name, operation == "applyTargetRevision" ? "target.revised" : "target.revision.rejected", "Indicator", revision.IndicatorId,
                    new { Target = revision.OldTarget.Text }, new { Target = revision.NewTarget.Text, From = revision.FromRound, revision.Reason }, cancellationToken);
                break;
            }

            case "prepareCauses":
            {
                await deviations.PrepareAsync(instance, await OwnedIndicatorUnitsAsync(instance.Year, instance.OwnerId!, ItalianFormat.DayOf(scope.NowUtc), cancellationToken), cancellationToken);
                break;
            }

            case var _ when Reporting.ReportingHooks.Operations.Contains(operation):
                await Reporting.ReportingHooks.RunAsync(operation, scope);
                break;

            case var _ when AppraisalHooks.Operations.Contains(operation):
                await appraisal.RunAsync(operation, scope, cancellationToken);
                break;

            default:
                throw new InvalidOperationException($"Operazione «{operation}» sconosciuta.");
        }
    }

    /// <summary>The scheda's draft, tracked: the one the page holds when it is sending it, else read.</summary>
    private async Task<Submission?> SubmissionOfAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        db.Submissions.Local.FirstOrDefault(x => x.InstanceId == instance.Id && x.InstanceId != 0)
        ?? await db.Submissions.Include(x => x.Values).FirstOrDefaultAsync(x => x.InstanceId == instance.Id, cancellationToken);

    /// <summary>A named job, after the commit.</summary>
    public Task EnqueueAsync(string job, int year, CancellationToken cancellationToken) => job switch
    {
        "recomputeScores" => recompute.RequestAsync(year, cancellationToken),
        _ => throw new InvalidOperationException($"Lavoro «{job}» sconosciuto."),
    };

    /// <summary>The people a set names, for a year, as of a day (delegations count on that day).</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(string set, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (AppraisalHooks.Sets.Contains(set))
        {
            return await appraisal.ParticipantsAsync(set, year, cancellationToken);
        }

        var units = await UnitsOfYear(year, asOf, cancellationToken);
        IEnumerable<Participant> people = set switch
        {
            "directors" => units.Where(u => u.DirectorId is not null).GroupBy(u => u.DirectorId!).Select(g => new Participant(g.Key, null, [.. g.Select(u => u.UnitId)])),
            "indicatorOwners" => units.Where(u => u.Owner is not null).GroupBy(u => u.Owner!).Select(g => new Participant(g.Key, null, [.. g.Select(u => u.UnitId)])),
            "unitHeads" => units.Where(u => u.HeadId is not null && u.HeadId != u.DirectorId).GroupBy(u => u.HeadId!).Select(g => new Participant(g.Key, g.First().DirectorId, [.. g.Select(u => u.UnitId)])),
            "deviationOwners" => await DeviationOwnersAsync(units, year, cancellationToken),
            _ => throw new InvalidOperationException($"Insieme di persone «{set}» sconosciuto."),
        };
        return [.. people];
    }

    /// <summary>The owners of units with an indicator below target in the consuntivo: they are asked its cause.</summary>
    private async Task<IEnumerable<Participant>> DeviationOwnersAsync(List<UnitOwners> units, int year, CancellationToken cancellationToken)
    {
        var below = (await deviations.BelowTargetAsync(year, cancellationToken)).Select(b => b.UnitId).ToHashSet();
        return units.Where(u => u.Owner is not null && below.Contains(u.UnitId)).GroupBy(u => u.Owner!).Select(g => new Participant(g.Key, null, [.. g.Select(u => u.UnitId)]));
    }

    /// <summary>The units whose indicators <paramref name="ownerId"/> answers for on a day.</summary>
    public async Task<IReadOnlyList<int>> OwnedIndicatorUnitsAsync(int year, string ownerId, DateOnly asOf, CancellationToken cancellationToken) =>
        [.. (await UnitsOfYear(year, asOf, cancellationToken)).Where(u => u.Owner == ownerId).Select(u => u.UnitId)];

    /// <summary>
    /// Who enters a unit's values and answers its monitoring on a day: the person the unit is delegated to that day,
    /// else its responsabile, else its dirigente.
    /// </summary>
    public static string? IndicatorOwner(string? delegateId, string? headId, string? directorId) => delegateId ?? headId ?? directorId;

    /// <summary>The machines that coordinate a round: their links lead to the round's dashboard.</summary>
    public static IReadOnlyList<string> RoundMachines { get; } = ["monitoraggio", "misurazione"];

    /// <summary>Where a person acts on an instance: the scheda's form, the round's dashboard, or the instance's page.</summary>
    public static string LinkPath(string machine, int instanceId, int year, int? round) =>
        SubmissionMachines.Contains(machine) ? SchedaPath(instanceId)
        : AppraisalData.FormMachines.Contains(machine) ? $"/valutazione/scheda/{instanceId}"
        : machine == DeviationCauseRules.Machine ? $"/misurazione/cause/{instanceId}"
        : machine == "valutazione" ? $"/valutazione?anno={year}"
        : machine == "rendicontazione" ? $"/rendicontazione/{year}"
        : RoundMachines.Contains(machine) && round is { } number ? $"/monitoraggio/{year}/{number}"
        : $"/pratiche/{instanceId}";

    /// <summary>Where an email leads: the instance's page, except the scores sent to HR, which lead to HR's own area.</summary>
    public static string EmailLinkPath(string template, string machine, int instanceId, int year, int? round) =>
        template == "rendicontazione-punteggi" ? $"/personale?anno={year}" : LinkPath(machine, instanceId, year, round);

    /// <summary>The page of an owner's scheda for a round.</summary>
    public static string SchedaPath(int instanceId) => $"/monitoraggio/scheda/{instanceId}";

    /// <summary>
    /// The list an email of this instance shows ({{Elenco}}): a director's objectives with their indicators, an
    /// owner's indicators, or — for a year or a round — the instances still waiting, with their state.
    /// </summary>
    public async Task<IReadOnlyList<EmailListItem>> ListAsync(WorkflowInstance instance, MachineDefinition machine, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(definition);
        if (machine.Id == "rendicontazione")
        {
            return await RelazioneSummaryAsync(instance.Year, cancellationToken);
        }

        if (instance.Phase == "valutazione")
        {
            return await AppraisalListAsync(instance, machine, definition, cancellationToken);
        }

        if (machine.Subject is "year" or "round")
        {
            var waiting = await WaitingChildrenAsync(instance, cancellationToken);
            var ids = waiting.Select(c => c.OwnerId).OfType<string>().ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
            return [.. waiting.Select(c => new EmailListItem(
                    $"{(c.OwnerId is not null && names.TryGetValue(c.OwnerId, out var name) ? name : "—")}: {definition.Machine(c.Machine)?.State(c.State)?.Label ?? c.State}",
                    []))
                .OrderBy(i => i.Text, StringComparer.Ordinal)];
        }

        if (machine.Id == "monitoraggio.revisione")
        {
            var revision = db.TargetRevisions.Local.FirstOrDefault(r => r.Instance == instance)
                ?? await db.TargetRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.InstanceId == instance.Id, cancellationToken);
            if (revision is null)
            {
                return [];
            }

            var title = await db.Indicators.AsNoTracking().Where(i => i.Id == revision.IndicatorId).Select(i => i.Title).FirstOrDefaultAsync(cancellationToken);
            return [new EmailListItem($"Indicatore: {title}", [$"target in vigore: {revision.OldTarget.Text}", $"target proposto: {revision.NewTarget.Text}", $"dal round {revision.FromRound}", $"motivo: {revision.Reason}"])];
        }

        if (machine.Id == DeviationCauseRules.Machine)
        {
            var causes = await db.DeviationCauses.AsNoTracking().Where(c => c.InstanceId == instance.Id)
                .Join(db.Indicators, c => c.IndicatorId, i => i.Id, (c, i) => new { i.Title, Unit = i.ManagementObjective.ObjectiveAssignment.Unit.Name, Target = i.Target.Text, c.Percent })
                .ToListAsync(cancellationToken);
            return [.. causes.OrderBy(r => r.Unit, StringComparer.Ordinal).Select(r => new EmailListItem($"{r.Title} ({r.Unit})", [$"target {r.Target}, raggiunto {ItalianFormat.Number(r.Percent)} %"]))];
        }

        if (instance.OwnerId is null || instance.Phase is not ("assegnazione" or "monitoraggio" or "misurazione") || machine.Subject != "owner")
        {
            return [];
        }

        // The assignment lists all that a director's departments are given; the rounds what the owner answers for.
        var owner = instance.OwnerId;
        var assignments = db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == instance.Year);
        if (instance.Phase == "assegnazione")
        {
            assignments = assignments.Where(a => a.Unit.Department.DirectorId == owner);
        }
        else
        {
            var submission = db.Submissions.Local.FirstOrDefault(x => x.Instance == instance)
                ?? await db.Submissions.AsNoTracking().FirstOrDefaultAsync(x => x.InstanceId == instance.Id, cancellationToken);
            var units = submission?.UnitIds ?? [];
            assignments = assignments.Where(a => units.Contains(a.UnitId));
        }
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

    /// <summary>
    /// For the year: the forms past a deadline (at most 100 listed, with the count of the others); for a form: whose
    /// form it is and where it stands. Never a score: emails go through servers the Comune does not control.
    /// </summary>
    private async Task<IReadOnlyList<EmailListItem>> AppraisalListAsync(WorkflowInstance instance, MachineDefinition machine, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        if (machine.Subject == "year")
        {
            var overdue = instance.Id == 0 ? [] : await appraisal.OverdueChildrenAsync(instance, DateTime.SpecifyKind(instance.UpdatedAtUtc, DateTimeKind.Utc), cancellationToken);
            var subjects = overdue.Select(c => c.SubjectId).OfType<int>().ToList();
            var people = await db.Staff.AsNoTracking().Where(s => subjects.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => $"{s.LastName} {s.FirstName} ({s.Matricola})", cancellationToken);
            var items = overdue.Take(100).Select(c => new EmailListItem(
                $"{(c.SubjectId is { } id ? people.GetValueOrDefault(id, "—") : "—")}: {definition.Machine(c.Machine)?.State(c.State)?.Label ?? c.State}", [])).ToList();
            if (overdue.Count > 100)
            {
                items.Add(new EmailListItem($"… e altre {overdue.Count - 100} schede: l'elenco completo è nella pagina della valutazione.", []));
            }

            return items;
        }

        if (instance.SubjectId is not { } subject)
        {
            return [];
        }

        var person = await db.Staff.AsNoTracking().Where(s => s.Id == subject).Select(s => new { s.LastName, s.FirstName, s.Matricola }).FirstOrDefaultAsync(cancellationToken);
        return person is null ? [] : [new EmailListItem($"Scheda di {person.LastName} {person.FirstName} (matricola {person.Matricola}), anno {instance.Year}", [$"stato: {machine.State(instance.State)?.Label ?? instance.State}"])];
    }

    /// <summary>The summary an email about the Relazione carries: the year's results and the causes collected.</summary>
    private async Task<IReadOnlyList<EmailListItem>> RelazioneSummaryAsync(int year, CancellationToken cancellationToken)
    {
        var round = (await scores.RoundsAsync(year, cancellationToken)).LastOrDefault(r => r.Kind == RoundKind.Final && r.HasValues);
        if (round is null)
        {
            return [];
        }

        var head = await scores.HeadAsync(year, round.Id, cancellationToken);
        var below = await db.DeviationCauses.AsNoTracking().CountAsync(c => c.Year == year, cancellationToken);
        return
        [
            new EmailListItem($"Performance dell'ente: {ScoreService.Format(head.Organization.Percent)} ({head.Organization.Indicators} indicatori)", [.. head.Departments.Select(d => $"{d.Name}: {ScoreService.Format(d.Score.Percent)}")]),
            new EmailListItem($"Indicatori sotto il target, con la causa dello scostamento: {below}", []),
        ];
    }

    /// <summary>The children whose owner still owes an answer: an open task of his on them.</summary>
    public async Task<List<WorkflowInstance>> WaitingChildrenAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var children = await ChildrenAsync(instance, cancellationToken);
        var childIds = children.Where(c => c.Id != 0).Select(c => c.Id).ToList();
        var owing = (await db.UserTasks.AsNoTracking().Where(t => childIds.Contains(t.InstanceId) && t.Status == UserTaskStatus.Open && t.AssigneeId != null)
            .Select(t => new { t.InstanceId, t.AssigneeId }).ToListAsync(cancellationToken)).ToHashSet();
        return [.. children.Where(c => owing.Contains(new { InstanceId = c.Id, AssigneeId = c.OwnerId }))];
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

    private async Task<List<UnitOwners>> UnitsOfYear(int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Where(u => db.ObjectiveAssignments.Any(a => a.Year == year && a.UnitId == u.Id))
            .OrderBy(u => u.Department.Position).ThenBy(u => u.Position)
            .Select(u => new { u.Id, u.HeadId, u.Department.DirectorId }).ToListAsync(cancellationToken);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.From <= asOf && d.To >= asOf)
            .OrderByDescending(d => d.From).ThenByDescending(d => d.Id).ToListAsync(cancellationToken);
        return [.. units.Select(u =>
        {
            var delegateId = delegations.FirstOrDefault(d => d.UnitId == u.Id)?.DelegateId;
            return new UnitOwners(u.Id, u.HeadId, u.DirectorId, IndicatorOwner(delegateId, u.HeadId, u.DirectorId));
        })];
    }

    private sealed record UnitOwners(int UnitId, string? HeadId, string? DirectorId, string? Owner);
}
