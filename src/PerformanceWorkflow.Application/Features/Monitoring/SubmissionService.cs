using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Monitoring;

/// <summary>An indicator on the scheda: the plan's facts, the previous round, what the draft holds, what is expected.</summary>
public sealed record SubmissionRow(UnitIndicatorValue Indicator, decimal? Value, decimal? Numerator, decimal? Denominator, string? Note, double ExpectedPercent, bool NeedsNote, bool RevisionPending);

/// <summary>A target revision asked on this scheda.</summary>
public sealed record RevisionRow(int InstanceId, int IndicatorId, string Indicator, string OldTarget, string NewTarget, string Reason, RevisionStatus Status, int FromRound);

public sealed record SubmissionView(
    int InstanceId,
    int ParentId,
    string MachineLabel,
    int Year,
    RoundInfo Round,
    string Owner,
    string State,
    string StateLabel,
    bool Editable,
    string? ReadOnlyReason,
    int Revision,
    int InstanceRevision,
    DateTime? SavedAtUtc,
    string? SavedBy,
    DateTime? SubmittedAtUtc,
    bool SubmittedLate,
    bool PastDue,
    IReadOnlyList<SubmissionRow> Rows,
    IReadOnlyList<SubmissionProblem> Problems,
    IReadOnlyList<AvailableTrigger> Triggers,
    IReadOnlyList<RevisionRow> Revisions,
    bool CanRequestRevision);

/// <summary>How saving or sending went: errors by indicator (0 for the form), and the message to show.</summary>
public sealed record SubmissionResult(bool Found, bool Saved, bool Submitted, IReadOnlyDictionary<int, string> Errors, string Message)
{
    /// <summary>The scheda as loaded for the attempt, when nothing changed: the page shows it again without reading it twice.</summary>
    public SubmissionView? View { get; init; }

    public static SubmissionResult NotFound { get; } = new(false, false, false, new Dictionary<int, string>(), string.Empty);
}

/// <summary>
/// The scheda of a round: its owner's indicators grouped by objective, saved as a draft any number of times, sent
/// through the workflow (which publishes the values), read-only once sent unless the segretario sends it back.
/// Two people saving the same scheda: the second is told, and keeps what he typed.
/// </summary>
public sealed class SubmissionService(AppDbContext db, ScoreService scores, StructureCache structureCache, WorkflowEngine engine, SubmissionChecks checks, TimeProvider time)
{
    public const string SubmitTrigger = "invia";

    public async Task<SubmissionView?> LoadAsync(int instanceId, Actor actor, CancellationToken cancellationToken)
    {
        var scheda = await ReadAsync(instanceId, actor, tracked: false, cancellationToken);
        return scheda is null ? null : ViewOf(scheda, actor);
    }

    /// <summary>
    /// Saves what was typed as the draft and, when <paramref name="submit"/>, sends the scheda: the scheda is read once,
    /// its rule evaluated once on what was saved, and the workflow's guard and publication reuse both.
    /// </summary>
    public async Task<SubmissionResult> SaveAsync(int instanceId, Actor actor, IReadOnlyDictionary<int, TypedValue> typed, int expectedRevision, bool submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var scheda = await ReadAsync(instanceId, actor, tracked: true, cancellationToken);
        if (scheda is null)
        {
            return SubmissionResult.NotFound;
        }

        var view = ViewOf(scheda, actor);
        if (!view.Editable)
        {
            return Refused(view.ReadOnlyReason!) with { View = view };
        }

        var errors = new Dictionary<int, string>();
        var values = new List<SubmissionValue>();
        foreach (var row in view.Rows)
        {
            var input = typed.GetValueOrDefault(row.Indicator.IndicatorId) ?? new TypedValue(null, null, null, null);
            var (entry, error) = ValueInput.Read(row.Indicator.IndicatorId, row.Indicator.IsRatio, input);
            if (error is null && entry?.Value is { } value && ValuesImportHandler.ValueProblem(row.Indicator.Kind, row.Indicator.Target, value) is { } problem)
            {
                error = problem + ".";
            }

            if (error is not null)
            {
                errors[row.Indicator.IndicatorId] = error;
                continue;
            }

            values.Add(new SubmissionValue(entry!.IndicatorId, entry.Value, entry.Numerator, entry.Denominator, entry.Note));
        }

        if (errors.Count > 0)
        {
            return new SubmissionResult(true, false, false, errors, "Alcuni valori non sono validi: nulla è stato salvato. Correggere le righe indicate.") { View = view };
        }

        if (view.Revision != expectedRevision)
        {
            return Conflict(view) with { View = view };
        }

        var submission = scheda.Submission;
        db.SubmissionValues.RemoveRange(submission.Values);
        submission.SaveDraft(values, actor.Name, time.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved in between: his revision wins (or his values collide with ours first); ours are not written.
            db.ChangeTracker.Clear();
            var current = await db.Submissions.AsNoTracking().SingleAsync(s => s.InstanceId == instanceId, cancellationToken);
            return Conflict(current.SavedAtUtc, current.SavedBy);
        }

        var saved = $"Bozza salvata il {ItalianFormat.DateTime(time.GetUtcNow().UtcDateTime)}.";
        if (!submit)
        {
            db.ChangeTracker.Clear();
            return new SubmissionResult(true, true, false, new Dictionary<int, string>(), saved);
        }

        // The form as saved, with the rule evaluated on it: shown as it is when something is missing, remembered for the guard.
        var after = ViewOf(scheda, actor);
        if (after.Problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            var problems = after.Problems;
            return new SubmissionResult(true, true, false, problems.GroupBy(p => p.IndicatorId).ToDictionary(g => g.Key, g => g.First().Message),
                $"{saved} Per inviarla mancano ancora: {problems.Count} {(problems.Count == 1 ? "indicatore" : "indicatori")} (vedere le righe indicate).") { View = after };
        }

        var fired = await engine.FireAsync(instanceId, SubmitTrigger, actor, new FireInput(null, null, view.InstanceRevision), cancellationToken);
        db.ChangeTracker.Clear();
        if (!fired.Succeeded)
        {
            return new SubmissionResult(true, true, false, new Dictionary<int, string> { [0] = fired.Message }, $"{saved} {fired.Message}");
        }

        var late = submission.Late
            ? $" La scadenza era il {ItalianFormat.Date(scheda.Round.DueDate)}: la scheda risulta inviata in ritardo."
            : string.Empty;
        return new SubmissionResult(true, true, true, new Dictionary<int, string>(), $"Scheda inviata al segretario per la validazione.{late}");
    }

    /// <summary>Asks to change an indicator's target from this round on: the segretario decides.</summary>
    public async Task<SubmissionResult> RequestRevisionAsync(int instanceId, Actor actor, int indicatorId, string? newTarget, string? reason, CancellationToken cancellationToken)
    {
        var scheda = await ReadAsync(instanceId, actor, tracked: false, cancellationToken);
        if (scheda is null)
        {
            return SubmissionResult.NotFound;
        }

        var view = ViewOf(scheda, actor);
        if (!view.CanRequestRevision)
        {
            return Refused(view.ReadOnlyReason ?? "In questa fase non si chiedono revisioni dei target.");
        }

        var row = view.Rows.FirstOrDefault(r => r.Indicator.IndicatorId == indicatorId);
        if (row is null)
        {
            return Refused("L'indicatore non è tra quelli della scheda.");
        }

        var errors = new Dictionary<int, string>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors[-1] = "Indicare il motivo della revisione: è ciò che il segretario valuta.";
        }

        var parsed = TargetParser.Parse(newTarget, row.Indicator.Kind);
        if (string.IsNullOrWhiteSpace(newTarget))
        {
            errors[-2] = "Indicare il nuovo target (per esempio «80 %», «ore 24», «5»).";
        }
        else if (!parsed.IsScorable)
        {
            errors[-2] = $"Il nuovo target «{newTarget}» non è comprensibile{(parsed.Problem is null ? string.Empty : ": " + parsed.Problem)}.";
        }
        else if (parsed.Threshold == row.Indicator.Target.Threshold && parsed.Measure == row.Indicator.Target.Measure && parsed.Direction == row.Indicator.Target.Direction)
        {
            errors[-2] = $"Il nuovo target è uguale a quello in vigore («{row.Indicator.Target.Text}»).";
        }

        if (row.RevisionPending)
        {
            errors[-3] = "Per questo indicatore c'è già una richiesta di revisione in attesa di decisione.";
        }

        if (errors.Count > 0)
        {
            return new SubmissionResult(true, false, false, errors, "La richiesta non è stata inviata: correggere i campi indicati.");
        }

        var count = await db.TargetRevisions.CountAsync(r => r.IndicatorId == indicatorId && r.Year == view.Year, cancellationToken);
        var result = await engine.StartChildAsync(view.ParentId, WorkflowNames.Machines.TargetRevision, scheda.Instance.OwnerId!, $"indicatore{indicatorId}-{count + 1}", actor, child =>
        {
            var revision = new TargetRevision(indicatorId, view.Year, view.Round.Number, row.Indicator.Target, parsed, reason!, actor.Name, time.GetUtcNow().UtcDateTime);
            revision.Track(child);
            db.TargetRevisions.Add(revision);
            return Task.FromResult<string?>(null);
        }, reason!.Trim(), cancellationToken);
        return result.Succeeded
            ? new SubmissionResult(true, true, false, new Dictionary<int, string>(), $"Richiesta di revisione inviata al segretario: «{row.Indicator.Title}», da «{row.Indicator.Target.Text}» a «{parsed.Text}».")
            : Refused(result.Message);
    }

    private DateOnly Today => ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);

    /// <summary>Everything the scheda's page and its actions need, read once; the draft tracked when it is to be saved.</summary>
    private async Task<Scheda?> ReadAsync(int instanceId, Actor actor, bool tracked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // The owner's name comes with the instance: one query less on a page every owner opens.
        var found = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new { Instance = i, Owner = db.Users.Where(u => u.Id == i.OwnerId).Select(u => u.FullName).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        var instance = found?.Instance;
        if (instance is null || !WorkflowNames.SubmissionMachines.Contains(instance.Machine))
        {
            return null;
        }

        var definition = engine.DefinitionOf(instance);
        var machine = definition.Machine(instance.Machine)!;
        if (!AccessRules.CanReadInstance(actor, instance.OwnerId, instance.ReviewerId, WorkflowQueries.InvolvedRoles(machine)))
        {
            return null;
        }

        var submissions = tracked ? db.Submissions : db.Submissions.AsNoTracking();
        var submission = await submissions.Include(s => s.Values).FirstOrDefaultAsync(s => s.InstanceId == instanceId, cancellationToken);
        var rounds = await scores.RoundsAsync(instance.Year, cancellationToken);
        var round = rounds.FirstOrDefault(r => r.Number == instance.Round);
        if (submission is null || round is null)
        {
            return null;
        }

        var settings = await structureCache.ScoringSettingsAsync(db, instance.Year, cancellationToken);
        var indicators = await IndicatorRows.LoadAsync(db, scores, structureCache, instance.Year, round, submission.UnitIds, cancellationToken, rounds);
        var revisions = await RevisionsAsync(instance, indicators, cancellationToken);
        var owner = found!.Owner ?? string.Empty;
        var triggers = await engine.AvailableAsync(instance, actor, cancellationToken, except: SubmitTrigger);
        return new Scheda(instance, machine, submission, round, settings, indicators, revisions, owner, triggers);
    }

    /// <summary>The form from what was read: the draft's values (before the first save, the round's), and what is missing.</summary>
    private SubmissionView ViewOf(Scheda scheda, Actor actor)
    {
        var (instance, machine, submission, round, settings) = (scheda.Instance, scheda.Machine, scheda.Submission, scheda.Round, scheda.Settings);
        var drafts = submission.Values.ToDictionary(v => v.IndicatorId);
        var pending = scheda.Revisions.Where(r => r.Status == RevisionStatus.Requested).Select(r => r.IndicatorId).ToHashSet();

        // Before the first save, the form starts from the round's values (loaded by the controllo di gestione, or sent before).
        var rows = scheda.Indicators.Select(i =>
        {
            var draft = drafts.GetValueOrDefault(i.IndicatorId);
            var (value, numerator, denominator, note) = submission.SavedAtUtc is null
                ? (i.Numerator is null ? i.Value : null, i.Numerator, i.Denominator, i.Note)
                : (draft?.Value, draft?.Numerator, draft?.Denominator, draft?.Note);
            var effective = Measurement.Effective(value, numerator, denominator);
            return new SubmissionRow(i, value, numerator, denominator, note,
                ExpectedProgress.ExpectedPercent(round.Year, round.ReferenceDate, i.DueDate),
                effective is { } v && SubmissionChecks.NeedsNote(i, v, settings, round), pending.Contains(i.IndicatorId));
        }).ToList();

        var readOnly = ReadOnlyReason(instance, actor, round, submission);
        return new SubmissionView(
            instance.Id,
            instance.ParentId ?? 0,
            machine.Label,
            instance.Year,
            round,
            scheda.Owner,
            instance.State,
            machine.State(instance.State)?.Label ?? instance.State,
            readOnly is null,
            readOnly,
            submission.Revision,
            instance.Revision,
            submission.SavedAtUtc,
            submission.SavedBy,
            submission.SubmittedAtUtc,
            submission.Late,
            Today > round.DueDate,
            rows,
            submission.SavedAtUtc is null ? [] : checks.Check(submission, scheda.Indicators, settings, round),
            scheda.Triggers,
            scheda.Revisions,
            readOnly is null && instance.Machine == WorkflowNames.Machines.Submission);
    }

    private sealed record Scheda(
        WorkflowInstance Instance, MachineDefinition Machine, Submission Submission, RoundInfo Round, Domain.Scoring.ScoringSettings Settings,
        List<UnitIndicatorValue> Indicators, List<RevisionRow> Revisions, string Owner, IReadOnlyList<AvailableTrigger> Triggers);

    private static string? ReadOnlyReason(WorkflowInstance instance, Actor actor, RoundInfo round, Submission submission)
    {
        if (round.Status == RoundStatus.Closed)
        {
            return $"Il round «{round.Label}» è chiuso: i valori non si modificano più (per una correzione rivolgersi al controllo di gestione).";
        }

        if (instance.State == WorkflowNames.States.Validated)
        {
            return "La scheda è stata validata: non si modifica più.";
        }

        if (instance.State == WorkflowNames.States.Submitted)
        {
            return $"La scheda è stata inviata{(submission.SubmittedAtUtc is { } at ? " il " + ItalianFormat.DateTime(at) : string.Empty)} ed è in attesa di validazione: si modifica solo se il segretario la rimanda.";
        }

        return actor.UserId is not null && actor.UserId == instance.OwnerId ? null : "Sola lettura: la scheda si compila dal suo titolare.";
    }

    /// <summary>The revisions asked on this scheda; their titles from its rows, which hold every indicator one may ask about.</summary>
    private async Task<List<RevisionRow>> RevisionsAsync(WorkflowInstance scheda, IReadOnlyList<UnitIndicatorValue> indicators, CancellationToken cancellationToken)
    {
        // Revisions are structure: asking, approving or refusing one writes a StructureChange.
        var rows = await structureCache.GetAsync(
            db,
            ("revisions", scheda.ParentId, scheda.OwnerId),
            () => db.TargetRevisions.AsNoTracking()
                .Where(r => r.Instance != null && r.Instance.ParentId == scheda.ParentId && r.Instance.OwnerId == scheda.OwnerId)
                .OrderBy(r => r.Id)
                .Select(r => new RevisionRow(r.InstanceId ?? 0, r.IndicatorId, string.Empty, r.OldTarget.Text, r.NewTarget.Text, r.Reason, r.Status, r.FromRound))
                .ToListAsync(cancellationToken),
            cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var titles = indicators.ToDictionary(i => i.IndicatorId, i => i.Title);
        return [.. rows.Select(r => r with { Indicator = titles.GetValueOrDefault(r.IndicatorId, "?") })];
    }

    private static SubmissionResult Refused(string message) => new(true, false, false, new Dictionary<int, string> { [0] = message }, message);

    private static SubmissionResult Conflict(SubmissionView current) => Conflict(current.SavedAtUtc, current.SavedBy);

    private static SubmissionResult Conflict(DateTime? savedAtUtc, string? savedBy) =>
        Refused($"Qualcun altro ha salvato questa scheda{(savedAtUtc is { } at ? " il " + ItalianFormat.DateTime(at) : string.Empty)}{(savedBy is null ? string.Empty : " (" + savedBy + ")")}: i suoi valori non sono stati salvati per non sovrascriverli. Sono ancora nel modulo: ricaricare la pagina in un'altra scheda del browser per confrontare, poi salvare di nuovo.");
}
