using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Monitoring;

/// <summary>An indicator of the consuntivo below its target.</summary>
public sealed record BelowTarget(int IndicatorId, int UnitId, double Percent);

/// <summary>A cause still missing, named for the guard's message.</summary>
public sealed record MissingCause(string Indicator, string Unit, string Owner);

/// <summary>
/// The causes of deviation of a year: which indicators of the consuntivo are below target, the rows each owner is asked
/// to fill, and which are still missing. The workflow (misurazione.cause, the rendicontazione's guard) asks here.
/// </summary>
public sealed class DeviationCauseRules(AppDbContext db, ScoreService scores)
{
    /// <summary>Scoring indicators of the final round with a % below 100 (informational ones never score).</summary>
    public async Task<IReadOnlyList<BelowTarget>> BelowTargetAsync(int year, CancellationToken cancellationToken)
    {
        var round = (await scores.RoundsAsync(year, cancellationToken)).LastOrDefault(r => r.Kind == RoundKind.Final && r.HasValues);
        if (round is null)
        {
            return [];
        }

        var report = await scores.GetAsync(year, round.Id, cancellationToken);
        var below = report.Indicators.Where(i => i.Percent is < 99.9999).ToDictionary(i => i.Id, i => i.Percent!.Value);
        var ids = below.Keys.ToList();
        var units = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.ManagementObjective.ObjectiveAssignment.UnitId }).ToListAsync(cancellationToken);
        return [.. units.Select(u => new BelowTarget(u.Id, u.UnitId, below[u.Id])).OrderBy(b => b.IndicatorId)];
    }

    /// <summary>The rows an owner is asked to fill: his units' indicators below target.</summary>
    public async Task PrepareAsync(WorkflowInstance instance, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (var row in (await BelowTargetAsync(instance.Year, cancellationToken)).Where(b => unitIds.Contains(b.UnitId)))
        {
            db.DeviationCauses.Add(new DeviationCause(instance, row.IndicatorId, row.Percent));
        }
    }

    /// <summary>The causes still missing: of one request (an instance), or of the whole year.</summary>
    public async Task<IReadOnlyList<MissingCause>> MissingAsync(int year, int? instanceId, CancellationToken cancellationToken)
    {
        var causes = db.DeviationCauses.AsNoTracking().Where(c => c.Year == year && (c.Cause == null || c.Cause == string.Empty));
        if (instanceId is { } id)
        {
            causes = causes.Where(c => c.InstanceId == id);
        }

        var rows = await causes.Join(db.Indicators, c => c.IndicatorId, i => i.Id, (c, i) => new
        {
            i.Title,
            Unit = i.ManagementObjective.ObjectiveAssignment.Unit.Name,
            c.Instance.OwnerId,
        }).ToListAsync(cancellationToken);
        var owners = rows.Select(r => r.OwnerId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName ?? u.UserName ?? u.Id, cancellationToken);
        return [.. rows.Select(r => new MissingCause(r.Title, r.Unit, r.OwnerId is { } o ? names.GetValueOrDefault(o, "—") : "—"))];
    }

    /// <summary>"mancano le cause di 3 indicatori: «X» (U.O.C. Y, Dirigente Z); …" — the guard's message.</summary>
    public static string Describe(IReadOnlyList<MissingCause> missing) =>
        $"manca la causa dello scostamento di {missing.Count} indicatori: {string.Join("; ", missing.Take(5).Select(m => $"«{m.Indicator}» ({m.Unit}, {m.Owner})"))}{(missing.Count > 5 ? "…" : string.Empty)}.";
}

/// <summary>A row of the causes form.</summary>
public sealed record CauseRow(int IndicatorId, string? Code, string Indicator, string Unit, string Target, double Percent, string? Cause, string? CorrectiveActions);

/// <summary>An owner's causes form as its page shows it.</summary>
public sealed record CausesView(int InstanceId, int Year, string? Owner, string State, string StateLabel, bool Editable, int InstanceRevision, IReadOnlyList<CauseRow> Rows, IReadOnlyList<AvailableTrigger> Steps);

/// <summary>The causes form: read by whoever may read the request, filled and sent by its owner, drafts kept.</summary>
public sealed class DeviationCauseService(AppDbContext db, WorkflowEngine engine, TimeProvider time)
{
    public async Task<CausesView?> LoadAsync(int instanceId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId && i.Machine == WorkflowNames.Machines.DeviationCauses, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var definition = engine.DefinitionOf(instance);
        var machine = definition.Machine(instance.Machine)!;
        if (!AccessRules.CanReadInstance(actor, instance.OwnerId, instance.ReviewerId, WorkflowQueries.InvolvedRoles(machine)) && !AccessRules.CanFollowMonitoring(actor))
        {
            return null;
        }

        var rows = await db.DeviationCauses.AsNoTracking().Where(c => c.InstanceId == instanceId)
            .Join(db.Indicators, c => c.IndicatorId, i => i.Id, (c, i) => new CauseRow(
                c.IndicatorId,
                i.ManagementObjective.ObjectiveAssignment.OperationalObjective.Code,
                i.Title,
                i.ManagementObjective.ObjectiveAssignment.Unit.Name,
                i.Target.Text,
                c.Percent,
                c.Cause,
                c.CorrectiveActions))
            .ToListAsync(cancellationToken);
        var owner = instance.OwnerId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == instance.OwnerId).Select(u => u.FullName ?? u.UserName).FirstOrDefaultAsync(cancellationToken);
        var editable = instance.State == WorkflowNames.States.ToFill && actor.UserId is not null && actor.UserId == instance.OwnerId;
        return new CausesView(instance.Id, instance.Year, owner, instance.State, machine.State(instance.State)?.Label ?? instance.State, editable, instance.Revision,
            [.. rows.OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.IndicatorId)],
            await engine.AvailableAsync(instance, actor, cancellationToken));
    }

    /// <summary>Saves the owner's texts; with <paramref name="send"/>, then sends them (refused, with the reason, while a cause is missing).</summary>
    public async Task<(bool Found, bool Succeeded, string Message)> SaveAsync(int instanceId, Actor actor, IReadOnlyDictionary<int, (string? Cause, string? Actions)> typed, bool send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(typed);
        var view = await LoadAsync(instanceId, actor, cancellationToken);
        if (view is null)
        {
            return (false, false, string.Empty);
        }

        if (!view.Editable)
        {
            return (true, false, "Le cause si scrivono solo dal responsabile, finché non le ha inviate.");
        }

        if (typed.Values.Any(t => (t.Cause?.Length ?? 0) > 4000 || (t.Actions?.Length ?? 0) > 4000))
        {
            return (true, false, "Ogni testo può avere al più 4.000 caratteri: niente è stato salvato.");
        }

        var causes = await db.DeviationCauses.Where(c => c.InstanceId == instanceId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var cause in causes)
        {
            if (typed.TryGetValue(cause.IndicatorId, out var text))
            {
                cause.Write(text.Cause, text.Actions, actor.Name, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (!send)
        {
            return (true, true, "Bozza salvata.");
        }

        var result = await engine.FireAsync(instanceId, "invia", actor, FireInput.None, cancellationToken);
        return (true, result.Succeeded, result.Message);
    }
}
