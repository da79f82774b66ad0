using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Appraisal;

/// <summary>
/// The names the valutazione definition uses — guards, operations, sets of people — and the code behind each;
/// <see cref="WorkflowHooks"/> hands them here, so that the evaluation's rules stay in one place.
/// </summary>
public sealed class AppraisalHooks(AppDbContext db, AppraisalData data, AppraisalSettingsStore settingsStore, AuditTrail audit)
{
    public static IReadOnlyList<string> Guards { get; } =
    [
        "appraisalReady", "appraisalObjectivesSet", "appraisalComplete", "appraisalPositive", "appraisalNegative",
        "midYearEnabled", "selfAssessmentEnabled", "onBehalfAllowed", "conciliationAllowed", "conciliationWindowClosed", "childrenOverdue",
    ];

    public static IReadOnlyList<string> Operations { get; } =
    [
        "fixAppraisalSettings", "prepareAppraisal", "acknowledgeObjectives", "recordMidYear", "proposeAppraisal", "hearAppraisal",
        "acknowledgeAppraisal", "requestConciliation", "scheduleConciliation", "confirmConciliation", "changeConciliation", "finalizeAppraisal",
    ];

    public static IReadOnlyList<string> Sets { get; } = ["appraisedStaff", "appraisedDirectors"];

    public async Task<GuardResult> CheckAsync(string name, TransitionScope scope, CancellationToken cancellationToken)
    {
        var instance = scope.Instance;
        switch (name)
        {
            case "appraisalReady":
            {
                var consuntivo = await data.ConsuntivoAsync(instance.Year, cancellationToken);
                if (!consuntivo.Final)
                {
                    return GuardResult.No(consuntivo.Reason!);
                }

                var problems = (await data.AssignmentsAsync(instance.Year, cancellationToken)).Values.Where(a => a.Problem is not null).Select(a => a.Problem!).ToList();
                if (!await db.Staff.AnyAsync(cancellationToken))
                {
                    return GuardResult.No("il personale non è stato caricato: importarlo in Amministrazione › Personale o con «pw staff import».");
                }

                var settingsProblems = (await data.SettingsAsync(instance.Year, cancellationToken)).Problems();
                if (settingsProblems.Count > 0)
                {
                    return GuardResult.No("le impostazioni SMVP non sono valide: " + string.Join(" ", settingsProblems));
                }

                return problems.Count == 0
                    ? GuardResult.Yes
                    : GuardResult.No($"{problems.Count} persone senza valutatore ({string.Join("; ", problems.Take(5))}{(problems.Count > 5 ? "…" : string.Empty)}): completare l'organigramma o la colonna Valutatore.");
            }

            case "childrenOverdue":
            {
                var overdue = await OverdueChildrenAsync(instance, scope.NowUtc, cancellationToken);
                return overdue.Count > 0 ? GuardResult.Yes : GuardResult.No("nessuna scheda è in ritardo.");
            }

            case "midYearEnabled" or "selfAssessmentEnabled":
            {
                var settings = await data.SettingsAsync(instance.Year, cancellationToken);
                var enabled = name == "midYearEnabled" ? settings.MidYearCheck : settings.SelfAssessment;
                return enabled ? GuardResult.Yes : GuardResult.No(name == "midYearEnabled" ? "lo SMVP di quest'anno non prevede la verifica intermedia." : "lo SMVP di quest'anno non prevede l'autovalutazione.");
            }

            case "onBehalfAllowed":
                return OnBehalf(scope);

            case "conciliationAllowed" or "conciliationWindowClosed":
            {
                var form = await FormAsync(instance, cancellationToken);
                var settings = await data.SettingsAsync(instance.Year, cancellationToken);
                var acknowledged = form.AcknowledgedAtUtc is { } at ? ItalianFormat.DayOf(at) : ItalianFormat.DayOf(scope.NowUtc);
                var open = AppraisalRules.ConciliationWindowOpen(acknowledged, ItalianFormat.DayOf(scope.NowUtc), settings.ConciliationRequestDays);
                if (name == "conciliationWindowClosed")
                {
                    return open ? GuardResult.No("il termine per chiedere la conciliazione non è ancora scaduto.") : GuardResult.Yes;
                }

                var who = OnBehalf(scope);
                if (!who.Passed)
                {
                    return who;
                }

                return open
                    ? GuardResult.Yes
                    : GuardResult.No($"la conciliazione si chiede entro {settings.ConciliationRequestDays} giorni dalla presa visione (entro il {ItalianFormat.Date(acknowledged.AddDays(settings.ConciliationRequestDays))}).");
            }

            case "appraisalObjectivesSet":
            {
                var form = await FormAsync(instance, cancellationToken);
                var settings = await data.SettingsAsync(instance.Year, cancellationToken);
                if (settings.WeightsOf(form.Group).Objectives == 0)
                {
                    return GuardResult.Yes;
                }

                if (form.Objectives.Count == 0)
                {
                    return GuardResult.No("assegnare almeno un obiettivo individuale, con il suo peso.");
                }

                return form.Objectives.Any(o => o.Weight <= 0 || string.IsNullOrWhiteSpace(o.Title))
                    ? GuardResult.No("ogni obiettivo individuale ha un titolo e un peso positivo.")
                    : GuardResult.Yes;
            }

            case "appraisalComplete" or "appraisalPositive" or "appraisalNegative":
            {
                var form = await FormAsync(instance, cancellationToken);
                var breakdown = await data.ComputeAsync(form, instance.OwnerId, cancellationToken);
                if (!breakdown.Complete)
                {
                    return GuardResult.No("manca " + string.Join(" e ", breakdown.Missing) + ".");
                }

                if (breakdown.Final is null)
                {
                    return GuardResult.No("la scheda non ha ancora un punteggio.");
                }

                return name switch
                {
                    "appraisalPositive" when breakdown.Negative => GuardResult.No($"la proposta è negativa ({AppraisalRules.Format(breakdown.Final)}): prima della presa visione il valutato va ascoltato (contraddittorio)."),
                    "appraisalNegative" when !breakdown.Negative => GuardResult.No($"la proposta non è negativa ({AppraisalRules.Format(breakdown.Final)})."),
                    _ => GuardResult.Yes,
                };
            }

            default:
                throw new InvalidOperationException($"Condizione «{name}» sconosciuta.");
        }
    }

    public async Task RunAsync(string operation, TransitionScope scope, CancellationToken cancellationToken)
    {
        var instance = scope.Instance;
        var now = scope.NowUtc;
        switch (operation)
        {
            case "fixAppraisalSettings":
            {
                // The year's forms compute with the settings of this moment: the year gets its own copy, which no longer changes.
                await settingsStore.StoreAsync(await data.SettingsAsync(instance.Year, cancellationToken), scope.Actor.Name, cancellationToken);
                break;
            }

            case "prepareAppraisal":
            {
                var assignment = (await data.AssignmentsAsync(instance.Year, cancellationToken)).GetValueOrDefault(instance.SubjectId ?? 0)
                    ?? throw new InvalidOperationException($"La persona {instance.SubjectId} non è nel personale.");
                db.AppraisalForms.Add(new AppraisalForm(instance, assignment.Person, assignment.EvaluatorUserId, assignment.EvaluatorName, assignment.Dimension, assignment.ScoredId, assignment.ScoredName, now));
                break;
            }

            case "acknowledgeObjectives":
                (await FormAsync(instance, cancellationToken)).AcknowledgeObjectives(now);
                break;

            case "recordMidYear":
                (await FormAsync(instance, cancellationToken)).SetMidYearNote(scope.Comment);
                break;

            case "proposeAppraisal":
            {
                var form = await FormAsync(instance, cancellationToken);
                var breakdown = await data.ComputeAsync(form, instance.OwnerId, cancellationToken);
                if (form.ProposedAtUtc is not null && scope.Comment is { } outcome)
                {
                    form.SetEvaluatorComment($"{form.EvaluatorComment}\n\nDopo il contraddittorio: {outcome}".Trim());
                }

                form.Propose(breakdown.ScoreOf(AppraisalComponent.Unit), breakdown.ScoreOf(AppraisalComponent.Differentiation), breakdown.Final ?? 0, now);
                await audit.RecordAsAsync(scope.Actor.Name, "appraisal.proposed", "AppraisalForm", instance.Id, null, new { instance.Year, breakdown.Negative }, cancellationToken);
                break;
            }

            case "hearAppraisal":
                (await FormAsync(instance, cancellationToken)).Hear(scope.Comment ?? string.Empty);
                break;

            case "acknowledgeAppraisal":
                (await FormAsync(instance, cancellationToken)).Acknowledge(scope.Comment, now);
                break;

            case "requestConciliation":
                (await FormAsync(instance, cancellationToken)).RequestConciliation(scope.Comment ?? string.Empty, now);
                await audit.RecordAsAsync(scope.Actor.Name, "appraisal.conciliation.requested", "AppraisalForm", instance.Id, null, new { instance.Year }, cancellationToken);
                break;

            case "scheduleConciliation":
            {
                // The decision's deadline is the SMVP's, not the definition's default.
                var settings = await data.SettingsAsync(instance.Year, cancellationToken);
                foreach (var task in db.UserTasks.Local.Where(t => t.Instance == instance && t.Status == UserTaskStatus.Open))
                {
                    task.Reschedule(ItalianFormat.DayOf(now).AddDays(settings.ConciliationDecisionDays));
                }

                break;
            }

            case "confirmConciliation" or "changeConciliation":
            {
                var form = await FormAsync(instance, cancellationToken);
                var changed = operation == "changeConciliation";
                var before = form.ProposedScore;
                form.DecideConciliation(changed, scope.Comment ?? string.Empty, before, now);
                await audit.RecordAsAsync(scope.Actor.Name, changed ? "appraisal.conciliation.changed" : "appraisal.conciliation.confirmed", "AppraisalForm", instance.Id, null, new { instance.Year }, cancellationToken);
                break;
            }

            case "finalizeAppraisal":
            {
                var form = await FormAsync(instance, cancellationToken);
                var breakdown = await data.ComputeAsync(form, instance.OwnerId, cancellationToken);
                form.MakeFinal(breakdown.Final, now);
                await audit.RecordAsAsync(scope.Actor.Name, "appraisal.final", "AppraisalForm", instance.Id, null, new { instance.Year }, cancellationToken);
                break;
            }

            default:
                throw new InvalidOperationException($"Operazione «{operation}» sconosciuta.");
        }
    }

    /// <summary>The forms to start: appraisedDirectors are those the Nucleo proposes; appraisedStaff every other person.</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(string set, int year, CancellationToken cancellationToken)
    {
        var assignments = await data.AssignmentsAsync(year, cancellationToken);
        var byBody = set == "appraisedDirectors";
        return [.. assignments.Values.Where(a => a.Problem is null && a.ByEvaluationBody == byBody)
            .Select(a => new Participant(a.Person.UserId, a.EvaluatorUserId, a.Person.UnitId is { } u ? [u] : [], a.Person.Id))];
    }

    /// <summary>Forms with a task past its deadline (the evaluator's, the person's or the conciliation body's).</summary>
    public async Task<List<WorkflowInstance>> OverdueChildrenAsync(WorkflowInstance parent, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = ItalianFormat.DayOf(nowUtc);
        var ids = await db.UserTasks.AsNoTracking()
            .Where(t => t.Instance.ParentId == parent.Id && t.Status == UserTaskStatus.Open && t.DueDate != null && t.DueDate < today)
            .Select(t => t.InstanceId).Distinct().ToListAsync(cancellationToken);
        return await db.WorkflowInstances.AsNoTracking().Where(i => ids.Contains(i.Id)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The person acts on his own form; the administrator records it for him only when he has no account (on paper).</summary>
    private static GuardResult OnBehalf(TransitionScope scope)
    {
        var instance = scope.Instance;
        if (scope.Actor.UserId is not null && scope.Actor.UserId == instance.OwnerId)
        {
            return GuardResult.Yes;
        }

        return instance.OwnerId is null && scope.Actor.Is(Roles.Administrator)
            ? GuardResult.Yes
            : GuardResult.No("questo passo spetta al valutato; l'amministratore lo registra per lui solo quando non ha un account.");
    }

    private async Task<AppraisalForm> FormAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        db.AppraisalForms.Local.FirstOrDefault(f => f.Instance == instance || (instance.Id != 0 && f.InstanceId == instance.Id))
        ?? await db.AppraisalForms.FirstOrDefaultAsync(f => f.InstanceId == instance.Id, cancellationToken)
        ?? throw new InvalidOperationException($"La scheda della pratica {instance.Id} non esiste.");

}
