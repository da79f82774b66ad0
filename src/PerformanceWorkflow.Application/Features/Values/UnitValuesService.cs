using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Application.Features.Values;

/// <summary>An indicator of a unit with its value in a round (and in the round before, for reference).</summary>
public sealed record UnitIndicatorValue(
    int IndicatorId, string? Code, string Objective, string ManagementObjective, string Title, IndicatorKind Kind, string KindLabel,
    Target Target, DateOnly? DueDate, bool IsRatio, decimal? Value, decimal? Numerator, decimal? Denominator, string? Note, decimal? PreviousValue,
    string Unit = "", Target? PlannedTarget = null);

/// <param name="SchedaInstanceId">The monitoraggio scheda that collects this unit's values for the round, if the round runs as a workflow.</param>
public sealed record UnitValuesView(int UnitId, string Unit, string Department, int Year, RoundInfo Round, bool CanEdit, IReadOnlyList<UnitIndicatorValue> Indicators, int? SchedaInstanceId = null);

/// <summary>One value typed by a person: empty value clears it.</summary>
public sealed record ValueEntry(int IndicatorId, decimal? Value, string? Note, decimal? Numerator = null, decimal? Denominator = null);

public sealed record EnterValuesResult(bool Found, IReadOnlyDictionary<int, string> Errors, int Changed)
{
    public bool Ok => Found && Errors.Count == 0;
}

/// <summary>
/// A unit's indicators and values for a round, read and written by the people the access rules allow: the same
/// handler behind the unit page and the API. A record the actor may not see is reported as not found, whether it
/// exists or not.
/// </summary>
public sealed class UnitValuesService(AppDbContext db, ScoreService scores, StructureCache structureCache, AuditTrail audit, IScoreRecompute recompute, TimeProvider time)
{
    public async Task<UnitValuesView?> GetAsync(Actor actor, int unitId, int year, int? round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!AccessRules.CanReadUnit(actor, unitId))
        {
            // The person sees "not found"; the trail records the refusal.
            await audit.RecordAsync("authorization.denied", "Unit", unitId, null, new { Operation = "Read" }, cancellationToken);
            return null;
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, Department = u.Department.Name }).SingleOrDefaultAsync(cancellationToken);
        var chosen = round is null ? await scores.CurrentRoundAsync(year, cancellationToken) : await scores.RoundAsync(year, round, cancellationToken);
        if (unit is null || chosen is null)
        {
            return null;
        }

        var rows = await IndicatorRows.LoadAsync(db, scores, structureCache, year, chosen, [unitId], cancellationToken);
        var scheda = await SchedaOfAsync(year, chosen.Number, unitId, cancellationToken);
        var canEdit = AccessRules.CanEnterValues(actor, unitId) && chosen.Status != RoundStatus.Closed && (scheda is null || actor.Is(Roles.Administrator));
        return new UnitValuesView(unitId, unit.Name, unit.Department, year, chosen, canEdit, rows, scheda);
    }

    /// <summary>Writes the values typed for a unit; every value is checked, one error and nothing is written.</summary>
    public async Task<EnterValuesResult> EnterAsync(Actor actor, int unitId, int year, int round, IReadOnlyList<ValueEntry> entries, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(entries);
        var chosen = await scores.RoundAsync(year, round, cancellationToken);
        if (!AccessRules.CanEnterValues(actor, unitId))
        {
            await audit.RecordAsync("authorization.denied", "Unit", unitId, null, new { Operation = "EnterValues" }, cancellationToken);
            return new EnterValuesResult(false, new Dictionary<int, string>(), 0);
        }

        if (chosen is null || !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            return new EnterValuesResult(false, new Dictionary<int, string>(), 0);
        }

        var errors = new Dictionary<int, string>();
        if (chosen.Status == RoundStatus.Closed)
        {
            errors[0] = $"Il round «{chosen.Label}» è chiuso: i valori non si modificano più.";
            return new EnterValuesResult(true, errors, 0);
        }

        // A round run as a workflow takes the owner's values from his scheda, where they are checked, submitted and
        // validated; typing them here would bypass all of it. The controllo di gestione may still correct (on the trail).
        if (!actor.Is(Roles.Administrator) && await SchedaOfAsync(year, round, unitId, cancellationToken) is { } scheda)
        {
            errors[0] = $"I valori di «{chosen.Label}» per questa unità si inseriscono nella scheda di monitoraggio ({WorkflowLinks.SchedaPath(scheda)}): qui sono in sola lettura.";
            return new EnterValuesResult(true, errors, 0);
        }

        var ids = entries.Select(e => e.IndicatorId).ToList();
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && i.ManagementObjective.ObjectiveAssignment.UnitId == unitId && i.ManagementObjective.ObjectiveAssignment.Year == year)
            .Select(i => new { i.Id, i.Kind, i.Target }).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var entry in entries)
        {
            if (!indicators.TryGetValue(entry.IndicatorId, out var indicator))
            {
                // Another unit's or another year's indicator: as if it did not exist (and on the trail).
                await audit.RecordAsync("authorization.denied", "Indicator", entry.IndicatorId, null, new { Operation = "EnterValues", UnitId = unitId }, cancellationToken);
                return new EnterValuesResult(false, new Dictionary<int, string>(), 0);
            }

            if (entry.Numerator is not null || entry.Denominator is not null)
            {
                if (entry.Numerator is null || entry.Denominator is null || entry.Denominator == 0 || entry.Numerator < 0 || entry.Denominator < 0)
                {
                    errors[entry.IndicatorId] = "Indicare numeratore e denominatore, con il denominatore maggiore di zero.";
                    continue;
                }
            }

            if (entry.Value is { } value && ValuesImportHandler.ValueProblem(indicator.Kind, indicator.Target, value) is { } problem)
            {
                errors[entry.IndicatorId] = problem + ".";
            }
        }

        if (errors.Count > 0)
        {
            return new EnterValuesResult(true, errors, 0);
        }

        var changed = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            changed = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var written = await MeasurementWriter.WriteAsync(db, year, chosen.Id, entries, actor.Name, source, time.GetUtcNow().UtcDateTime, ct);
            foreach (var w in written)
            {
                await audit.RecordAsync(w.Action, "Indicator", w.IndicatorId, w.Action == MeasurementWriter.Entered ? null : new { Round = chosen.Number, Value = w.OldValue, Note = w.OldNote }, w.Action == MeasurementWriter.Cleared ? null : new { Round = chosen.Number, Value = w.NewValue, Note = w.NewNote }, ct);
            }

            changed = written.Count;
            await db.SaveChangesAsync(ct);

            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }, cancellationToken);

        if (changed > 0)
        {
            await recompute.RequestAsync(year, cancellationToken);
        }

        return new EnterValuesResult(true, new Dictionary<int, string>(), changed);
    }

    /// <summary>The scheda (its workflow instance) that collects a unit's values for a round, when the round runs as a workflow.</summary>
    private Task<int?> SchedaOfAsync(int year, int round, int unitId, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking().Where(s => s.Year == year && s.Round == round && s.UnitIds.Contains(unitId))
            .OrderByDescending(s => s.Id).Select(s => (int?)s.InstanceId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The units the actor owns, for his home page.</summary>
    public async Task<IReadOnlyList<(int Id, string Name, string Department)>> OwnedUnitsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ids = actor.OwnedUnits.ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Position)
            .Select(u => new { u.Id, u.Name, Department = u.Department.Name }).ToListAsync(cancellationToken);
        return units.Select(u => (u.Id, u.Name, u.Department)).ToList();
    }
}
