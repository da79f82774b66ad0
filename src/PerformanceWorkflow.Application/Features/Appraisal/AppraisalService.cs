using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Appraisal;

/// <summary>An individual objective as typed on the form.</summary>
public sealed record TypedObjective(string? Title, string? Weight, string? Achieved);

/// <summary>What a form's page sends: only the parts the person may edit in the current state are read.</summary>
public sealed record AppraisalDraft(IReadOnlyList<TypedObjective> Objectives, IReadOnlyDictionary<string, string?> Ratings, IReadOnlyDictionary<string, string?> SelfRatings, string? Comment, string? SelfNote)
{
    public static AppraisalDraft Empty { get; } = new([], new Dictionary<string, string?>(), new Dictionary<string, string?>(), null, null);
}

/// <summary>What the person looking at a form may do on it now.</summary>
public sealed record AppraisalPermissions(bool IsEvaluator, bool IsPerson, bool IsConciliator, bool EditObjectives, bool EditEvaluation, bool EditSelfAssessment)
{
    public bool EditsAnything => EditObjectives || EditEvaluation || EditSelfAssessment;
}

public sealed record ObjectiveRow(string Title, decimal Weight, decimal? Achieved);

public sealed record BehaviourRow(BehaviourDefinition Definition, int? Rating, int? SelfRating);

/// <summary>A form as its page shows it.</summary>
public sealed record AppraisalView(
    int InstanceId,
    string Machine,
    string State,
    string StateLabel,
    bool IsFinalState,
    int InstanceRevision,
    AppraisalForm Form,
    StaffMember Person,
    string? Structure,
    int? FinalRound,
    bool CanOpenExplanation,
    IReadOnlyList<ObjectiveRow> Objectives,
    IReadOnlyList<BehaviourRow> Behaviours,
    AppraisalBreakdown Breakdown,
    AppraisalSettings Settings,
    AppraisalPermissions Permissions,
    IReadOnlyList<AvailableTrigger> Steps,
    DateOnly? ConciliationDeadline,
    IReadOnlyList<JournalRow> Journal);

/// <summary>The outcome of a save or a step: the errors by field (nothing saved then), or the message of what was done.</summary>
public sealed record AppraisalResult(bool Found, bool Saved, IReadOnlyDictionary<string, string> Errors, string? Message, bool Succeeded);

/// <summary>
/// The evaluation form: who may see it (<see cref="AccessRules.CanReadAppraisal"/>), what each person may edit in each
/// state, drafts with a revision token, and the steps of its workflow. The score is computed by the domain
/// (<see cref="AppraisalBreakdown"/>), live until the proposal.
/// </summary>
public sealed class AppraisalService(AppDbContext db, AppraisalData data, WorkflowEngine engine, WorkflowQueries workflows, TimeProvider time)
{
    /// <summary>The steps a page offers as its own buttons (the proposal picks positive or negative by the score).</summary>
    public const string ProposeStep = "proponi";

    public async Task<AppraisalView?> LoadAsync(int instanceId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await LoadTrackedAsync(instanceId, actor, tracked: false, cancellationToken);
        return loaded is null ? null : await ViewAsync(loaded.Value.Instance, loaded.Value.Form, loaded.Value.Person, actor, cancellationToken);
    }

    /// <summary>
    /// Saves what the actor may edit now; with <paramref name="step"/>, then takes that step of the workflow. A step's
    /// refusal keeps the draft saved and says why.
    /// </summary>
    public async Task<AppraisalResult> SaveAsync(int instanceId, Actor actor, AppraisalDraft draft, int revision, string? step, string? stepComment, int? instanceRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        var loaded = await LoadTrackedAsync(instanceId, actor, tracked: true, cancellationToken);
        if (loaded is null)
        {
            return new AppraisalResult(false, false, new Dictionary<string, string>(), null, false);
        }

        var (instance, form, person) = loaded.Value;
        var settings = await data.SettingsAsync(form.Year, cancellationToken);
        var permissions = Permissions(instance, form, settings, actor);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (permissions.EditsAnything)
        {
            if (revision != form.Revision)
            {
                return new AppraisalResult(true, false, errors, $"La scheda è stata salvata da {form.SavedBy ?? "altri"} il {(form.SavedAtUtc is { } at ? ItalianFormat.DateTime(at) : "—")} mentre lei la compilava: quello che ha scritto è qui sotto, ma non è stato salvato. Ricaricare la scheda e riportare le modifiche.", false);
            }

            Apply(form, settings, permissions, draft, errors);
            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return new AppraisalResult(true, false, errors, errors.Count == 1 ? errors.Values.First() : $"{errors.Count} campi da correggere: la scheda non è stata salvata.", false);
            }

            form.Saved(actor.Name, time.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new AppraisalResult(true, false, errors, "La scheda è stata salvata da qualcun altro nello stesso momento: ricaricarla e riportare le modifiche.", false);
            }
        }

        if (step is null)
        {
            return new AppraisalResult(true, permissions.EditsAnything, errors, permissions.EditsAnything ? "Bozza salvata." : "Nulla da salvare in questo stato.", permissions.EditsAnything);
        }

        var trigger = step;
        if (step == ProposeStep)
        {
            var breakdown = await data.ComputeAsync(form, instance.OwnerId, cancellationToken);
            trigger = breakdown.Negative ? "proponi_negativa" : "proponi";
        }

        db.ChangeTracker.Clear();
        var result = await engine.FireAsync(instanceId, trigger, actor, new FireInput(stepComment, null, instanceRevision), cancellationToken);
        return new AppraisalResult(true, permissions.EditsAnything, errors, result.Message, result.Succeeded);
    }

    /// <summary>Who is who on a form, and what each may edit in its state.</summary>
    public static AppraisalPermissions Permissions(WorkflowInstance instance, AppraisalForm form, AppraisalSettings settings, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(actor);
        var byBody = instance.Machine == WorkflowNames.Machines.DirectorAppraisalForm;
        var evaluator = byBody ? actor.Is(Roles.EvaluationBody) : actor.UserId is not null && actor.UserId == form.EvaluatorUserId;
        var person = actor.UserId is not null && actor.UserId == instance.OwnerId;
        var conciliator = instance.State == WorkflowNames.States.Conciliation && actor.Is(ConciliationRole(instance.Machine));
        return new AppraisalPermissions(
            evaluator,
            person,
            conciliator,
            evaluator && instance.State == WorkflowNames.States.Objectives,
            (evaluator && instance.State is "in_valutazione" or "esito_contraddittorio") || conciliator,
            person && instance.State == WorkflowNames.States.Evaluating && settings.SelfAssessment);
    }

    /// <summary>The conciliation body of a form's machine, as its definition names it.</summary>
    public static string ConciliationRole(string machine) => machine == WorkflowNames.Machines.DirectorAppraisalForm ? Roles.SecretaryGeneral : Roles.EvaluationBody;

    private static void Apply(AppraisalForm form, AppraisalSettings settings, AppraisalPermissions permissions, AppraisalDraft draft, Dictionary<string, string> errors)
    {
        if (permissions.EditObjectives)
        {
            var objectives = new List<AppraisalObjective>();
            for (var i = 0; i < draft.Objectives.Count; i++)
            {
                var typed = draft.Objectives[i];
                if (string.IsNullOrWhiteSpace(typed.Title) && string.IsNullOrWhiteSpace(typed.Weight))
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(typed.Title))
                {
                    errors[$"Obiettivo[{i}]"] = $"Obiettivo {i + 1}: manca il titolo.";
                    continue;
                }

                if (typed.Title.Trim().Length > 500)
                {
                    errors[$"Obiettivo[{i}]"] = $"Obiettivo {i + 1}: il titolo supera i 500 caratteri.";
                    continue;
                }

                if (!TargetParser.TryParseNumber(typed.Weight?.TrimEnd('%').Trim(), out var weight) || weight <= 0 || weight > 100)
                {
                    errors[$"Peso[{i}]"] = $"Obiettivo {i + 1}: il peso «{typed.Weight}» deve essere un numero da 1 a 100.";
                    continue;
                }

                objectives.Add(new AppraisalObjective(typed.Title, weight, null));
            }

            if (objectives.Count > 20)
            {
                errors["Obiettivi"] = "Al più 20 obiettivi individuali.";
            }

            form.SetObjectives(objectives);
        }

        if (permissions.EditEvaluation)
        {
            var objectives = new List<AppraisalObjective>();
            for (var i = 0; i < form.Objectives.Count; i++)
            {
                var existing = form.Objectives[i];
                var typed = i < draft.Objectives.Count ? draft.Objectives[i].Achieved : null;
                decimal? achieved = null;
                if (!string.IsNullOrWhiteSpace(typed))
                {
                    if (!TargetParser.TryParseNumber(typed.TrimEnd('%').Trim(), out var value) || value < 0 || value > settings.ObjectivesCap)
                    {
                        errors[$"Raggiunto[{i}]"] = $"«{existing.Title}»: la % raggiunta «{typed}» deve essere un numero da 0 a {ItalianFormat.Number(settings.ObjectivesCap)}.";
                    }
                    else
                    {
                        achieved = value;
                    }
                }

                objectives.Add(new AppraisalObjective(existing.Title, existing.Weight, achieved));
            }

            form.SetObjectives(objectives);
            form.SetRatings(ReadRatings(settings, form.Group, draft.Ratings, "Giudizio", errors));
            if (draft.Comment is { Length: > 4000 })
            {
                errors["Commento"] = "Il commento supera i 4.000 caratteri.";
            }
            else if (!permissions.IsConciliator)
            {
                form.SetEvaluatorComment(draft.Comment);
            }
        }

        if (permissions.EditSelfAssessment)
        {
            form.SetSelfAssessment(ReadRatings(settings, form.Group, draft.SelfRatings, "Autovalutazione", errors), draft.SelfNote);
        }
    }

    private static List<BehaviourRating> ReadRatings(AppraisalSettings settings, RoleGroup group, IReadOnlyDictionary<string, string?> typed, string field, Dictionary<string, string> errors)
    {
        var ratings = new List<BehaviourRating>();
        foreach (var behaviour in settings.BehavioursOf(group))
        {
            var text = typed.GetValueOrDefault(behaviour.Code);
            int? rating = null;
            if (!string.IsNullOrWhiteSpace(text))
            {
                if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < settings.ScaleMin || value > settings.ScaleMax)
                {
                    errors[$"{field}[{behaviour.Code}]"] = $"«{behaviour.Name}»: il giudizio va da {settings.ScaleMin} a {settings.ScaleMax}.";
                }
                else
                {
                    rating = value;
                }
            }

            ratings.Add(new BehaviourRating(behaviour.Code, rating));
        }

        return ratings;
    }

    private async Task<(WorkflowInstance Instance, AppraisalForm Form, StaffMember Person)?> LoadTrackedAsync(int instanceId, Actor actor, bool tracked, CancellationToken cancellationToken)
    {
        var forms = tracked ? db.AppraisalForms : db.AppraisalForms.AsNoTracking();
        var form = await forms.Include(f => f.Instance).FirstOrDefaultAsync(f => f.InstanceId == instanceId, cancellationToken);
        if (form is null)
        {
            return null;
        }

        var person = await db.Staff.AsNoTracking().FirstAsync(s => s.Id == form.StaffMemberId, cancellationToken);
        return AccessRules.CanReadAppraisal(actor, Access(form.Instance, form)) ? (form.Instance, form, person) : null;
    }

    /// <summary>The facts the access rule needs about a form.</summary>
    public static AppraisalAccess Access(WorkflowInstance instance, AppraisalForm form)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(form);
        return new AppraisalAccess(instance.OwnerId, form.EvaluatorUserId, instance.Machine == WorkflowNames.Machines.DirectorAppraisalForm, instance.State == WorkflowNames.States.Conciliation ? ConciliationRole(instance.Machine) : null);
    }

    private async Task<AppraisalView> ViewAsync(WorkflowInstance instance, AppraisalForm form, StaffMember person, Actor actor, CancellationToken cancellationToken)
    {
        var settings = await data.SettingsAsync(form.Year, cancellationToken);
        var definition = engine.DefinitionOf(instance);
        var machine = definition.Machine(instance.Machine)!;
        var state = machine.State(instance.State);
        var breakdown = await data.ComputeAsync(form, instance.OwnerId, cancellationToken);
        var (round, _) = await data.FinalScoresAsync(form.Year, cancellationToken);
        var structure = person.UnitId is { } unit
            ? await db.Units.AsNoTracking().Where(u => u.Id == unit).Select(u => u.Name + " · " + u.Department.Name).FirstOrDefaultAsync(cancellationToken)
            : person.DepartmentId is { } department ? await db.Departments.AsNoTracking().Where(d => d.Id == department).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var canExplain = form.ScoredId is { } id && (form.ScoredDimension == nameof(Dimension.Department) || AccessRules.CanReadUnit(actor, id));
        var behaviours = settings.BehavioursOf(form.Group).Select(b => new BehaviourRow(
            b,
            form.Ratings.FirstOrDefault(r => string.Equals(r.Code, b.Code, StringComparison.OrdinalIgnoreCase))?.Rating,
            form.SelfRatings.FirstOrDefault(r => string.Equals(r.Code, b.Code, StringComparison.OrdinalIgnoreCase))?.Rating)).ToList();
        var steps = await engine.AvailableAsync(instance, actor, cancellationToken);
        DateOnly? deadline = form.AcknowledgedAtUtc is { } at ? ItalianFormat.DayOf(at).AddDays(settings.ConciliationRequestDays) : null;
        var journal = (await workflows.InstanceAsync(instance.Id, Actor.System("scheda"), cancellationToken))?.Journal ?? [];
        return new AppraisalView(
            instance.Id,
            instance.Machine,
            instance.State,
            state?.Label ?? instance.State,
            state?.Final == true,
            instance.Revision,
            form,
            person,
            structure,
            round?.Number,
            canExplain,
            [.. form.Objectives.Select(o => new ObjectiveRow(o.Title, o.Weight, o.Achieved))],
            behaviours,
            breakdown,
            settings,
            Permissions(instance, form, settings, actor),
            steps,
            deadline,
            journal);
    }
}
