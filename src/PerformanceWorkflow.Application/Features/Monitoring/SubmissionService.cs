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
public sealed class SubmissionService(AppDbContext db, ScoreService scores, WorkflowEngine engine, TimeProvider time)
{
    public const string SubmitTrigger = "invia";

    public async Task<SubmissionView?> LoadAsync(int instanceId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null || !WorkflowHooks.SubmissionMachines.Contains(instance.Machine))
        {
            return null;
        }

        var definition = engine.DefinitionOf(instance);
        var machine = definition.Machine(instance.Machine)!;
        if (!AccessRules.CanReadInstance(actor, instance.OwnerId, instance.ReviewerId, WorkflowQueries.InvolvedRoles(machine)))
        {
            return null;
        }

        var submission = await db.Submissions.AsNoTracking().Include(s => s.Values).FirstOrDefaultAsync(s => s.InstanceId == instanceId, cancellationToken);
        var rounds = await scores.RoundsAsync(instance.Year, cancellationToken);
        var round = rounds.FirstOrDefault(r => r.Number == instance.Round);
        if (submission is null || round is null)
        {
            return null;
        }

        var settings = (await db.PlanYears.AsNoTracking().SingleAsync(p => p.Year == instance.Year, cancellationToken)).Scoring;
        var indicators = await IndicatorRows.LoadAsync(db, scores, instance.Year, round, submission.UnitIds, cancellationToken, rounds);
        var drafts = submission.Values.ToDictionary(v => v.IndicatorId);
        var revisions = await RevisionsAsync(instance, cancellationToken);
        var pending = revisions.Where(r => r.Status == RevisionStatus.Requested).Select(r => r.IndicatorId).ToHashSet();

        // Before the first save, the form starts from the round's values (loaded by the controllo di gestione, or sent before).
        var rows = indicators.Select(i =>
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

        var owner = await db.Users.AsNoTracking().Where(u => u.Id == instance.OwnerId).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var readOnly = ReadOnlyReason(instance, actor, round, submission);
        var today = Today;
        return new SubmissionView(
            instance.Id,
            instance.ParentId ?? 0,
            machine.Label,
            instance.Year,
            round,
            owner,
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
            today > round.DueDate,
            rows,
            submission.SavedAtUtc is null ? [] : SubmissionChecks.Problems(indicators, submission, settings, round),
            await engine.AvailableAsync(instance, actor, cancellationToken, except: SubmitTrigger),
            revisions,
            readOnly is null && instance.Machine == "monitoraggio.scheda");
    }

    /// <summary>Saves what was typed as the draft and, when <paramref name="submit"/>, sends the scheda.</summary>
    public async Task<SubmissionResult> SaveAsync(int instanceId, Actor actor, IReadOnlyDictionary<int, TypedValue> typed, int expectedRevision, bool submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(typed);
        var view = await LoadAsync(instanceId, actor, cancellationToken);
        if (view is null)
        {
            return SubmissionResult.NotFound;
        }

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

        var submission = await db.Submissions.Include(s => s.Values).SingleAsync(s => s.InstanceId == instanceId, cancellationToken);

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

        db.ChangeTracker.Clear();
        var saved = $"Bozza salvata il {ItalianFormat.DateTime(time.GetUtcNow().UtcDateTime)}.";
        if (!submit)
        {
            return new SubmissionResult(true, true, false, new Dictionary<int, string>(), saved);
        }

        var problems = await SubmissionChecks.ProblemsAsync(db, scores, await db.Submissions.AsNoTracking().Include(s => s.Values).SingleAsync(s => s.InstanceId == instanceId, cancellationToken), cancellationToken);
        if (problems.Count > 0)
        {
            return new SubmissionResult(true, true, false, problems.GroupBy(p => p.IndicatorId).ToDictionary(g => g.Key, g => g.First().Message),
                $"{saved} Per inviarla mancano ancora: {problems.Count} {(problems.Count == 1 ? "indicatore" : "indicatori")} (vedere le righe indicate).");
        }

        var fired = await engine.FireAsync(instanceId, SubmitTrigger, actor, new FireInput(null, null, view.InstanceRevision), cancellationToken);
        if (!fired.Succeeded)
        {
            return new SubmissionResult(true, true, false, new Dictionary<int, string> { [0] = fired.Message }, $"{saved} {fired.Message}");
        }

        var late = Today > view.Round.DueDate
            ? $" La scadenza era il {ItalianFormat.Date(view.Round.DueDate)}: la scheda risulta inviata in ritardo."
            : string.Empty;
        return new SubmissionResult(true, true, true, new Dictionary<int, string>(), $"Scheda inviata al segretario per la validazione.{late}");
    }

    /// <summary>Asks to change an indicator's target from this round on: the segretario decides.</summary>
    public async Task<SubmissionResult> RequestRevisionAsync(int instanceId, Actor actor, int indicatorId, string? newTarget, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var view = await LoadAsync(instanceId, actor, cancellationToken);
        if (view is null)
        {
            return SubmissionResult.NotFound;
        }

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
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId, cancellationToken);
        var result = await engine.StartChildAsync(view.ParentId, "monitoraggio.revisione", instance.OwnerId!, $"indicatore{indicatorId}-{count + 1}", actor, child =>
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

    private static string? ReadOnlyReason(WorkflowInstance instance, Actor actor, RoundInfo round, Submission submission)
    {
        if (round.Status == RoundStatus.Closed)
        {
            return $"Il round «{round.Label}» è chiuso: i valori non si modificano più (per una correzione rivolgersi al controllo di gestione).";
        }

        if (instance.State == "validata")
        {
            return "La scheda è stata validata: non si modifica più.";
        }

        if (instance.State == "inviata")
        {
            return $"La scheda è stata inviata{(submission.SubmittedAtUtc is { } at ? " il " + ItalianFormat.DateTime(at) : string.Empty)} ed è in attesa di validazione: si modifica solo se il segretario la rimanda.";
        }

        return actor.UserId is not null && actor.UserId == instance.OwnerId ? null : "Sola lettura: la scheda si compila dal suo titolare.";
    }

    private async Task<List<RevisionRow>> RevisionsAsync(WorkflowInstance scheda, CancellationToken cancellationToken)
    {
        var rows = await db.TargetRevisions.AsNoTracking()
            .Where(r => r.Instance != null && r.Instance.ParentId == scheda.ParentId && r.Instance.OwnerId == scheda.OwnerId)
            .OrderBy(r => r.Id)
            .Select(r => new { r.InstanceId, r.IndicatorId, Old = r.OldTarget.Text, New = r.NewTarget.Text, r.Reason, r.Status, r.FromRound })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.IndicatorId).ToList();
        var titles = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);
        return [.. rows.Select(r => new RevisionRow(r.InstanceId ?? 0, r.IndicatorId, titles.GetValueOrDefault(r.IndicatorId, "?"), r.Old, r.New, r.Reason, r.Status, r.FromRound))];
    }

    private static SubmissionResult Refused(string message) => new(true, false, false, new Dictionary<int, string> { [0] = message }, message);

    private static SubmissionResult Conflict(SubmissionView current) => Conflict(current.SavedAtUtc, current.SavedBy);

    private static SubmissionResult Conflict(DateTime? savedAtUtc, string? savedBy) =>
        Refused($"Qualcun altro ha salvato questa scheda{(savedAtUtc is { } at ? " il " + ItalianFormat.DateTime(at) : string.Empty)}{(savedBy is null ? string.Empty : " (" + savedBy + ")")}: i suoi valori non sono stati salvati per non sovrascriverli. Sono ancora nel modulo: ricaricare la pagina in un'altra scheda del browser per confrontare, poi salvare di nuovo.");
}
