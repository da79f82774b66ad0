using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Features.Values;

/// <summary>
/// The indicators of some units for a round, in the plan's order, with the round's values, the previous round's
/// and the target in force in that round (after approved revisions): what the unit page and the scheda show.
/// </summary>
internal static class IndicatorRows
{
    public static async Task<List<UnitIndicatorValue>> LoadAsync(AppDbContext db, ScoreService scores, int year, RoundInfo round, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken, IReadOnlyList<RoundInfo>? rounds = null)
    {
        var previousRound = (rounds ?? await scores.RoundsAsync(year, cancellationToken)).LastOrDefault(r => r.Number < round.Number);
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => unitIds.Contains(i.ManagementObjective.ObjectiveAssignment.UnitId) && i.ManagementObjective.ObjectiveAssignment.Year == year)
            .Select(i => new
            {
                i.Id,
                Unit = i.ManagementObjective.ObjectiveAssignment.Unit.Name,
                UnitPosition = i.ManagementObjective.ObjectiveAssignment.Unit.Position,
                DepartmentPosition = i.ManagementObjective.ObjectiveAssignment.Unit.Department.Position,
                i.ManagementObjective.ObjectiveAssignment.OperationalObjective.Code,
                Objective = i.ManagementObjective.ObjectiveAssignment.OperationalObjective.Title,
                AssignmentPosition = i.ManagementObjective.ObjectiveAssignment.Position,
                Management = i.ManagementObjective.Title,
                ManagementPosition = i.ManagementObjective.Position,
                i.Title,
                i.Kind,
                i.KindLabel,
                i.Target,
                i.DueDate,
                i.Position,
            })
            .ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var previousId = previousRound?.Id ?? -1;
        var measurements = await db.Measurements.AsNoTracking().Where(m => (m.RoundId == round.Id || m.RoundId == previousId) && ids.Contains(m.IndicatorId)).ToListAsync(cancellationToken);
        var values = measurements.Where(m => m.RoundId == round.Id).ToDictionary(m => m.IndicatorId);
        var previous = measurements.Where(m => m.RoundId == previousId).ToDictionary(m => m.IndicatorId, m => m.Value);
        var revisions = (await db.TargetRevisions.AsNoTracking().Where(r => r.Year == year && r.Status == RevisionStatus.Approved && ids.Contains(r.IndicatorId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.IndicatorId);
        return [.. indicators
            .OrderBy(i => i.DepartmentPosition).ThenBy(i => i.UnitPosition).ThenBy(i => i.AssignmentPosition).ThenBy(i => i.ManagementPosition).ThenBy(i => i.Position)
            .Select(i =>
            {
                values.TryGetValue(i.Id, out var m);
                var target = TargetRevision.Effective(i.Target, revisions[i.Id], round.Number);
                var isRatio = Indicator.IsRatioOf(target, i.Title);
                return new UnitIndicatorValue(i.Id, i.Code, i.Objective, i.Management, i.Title, i.Kind, i.KindLabel, target, i.DueDate, isRatio,
                    m?.Value, m?.Numerator, m?.Denominator, m?.Note, previous.TryGetValue(i.Id, out var p) ? p : null, i.Unit, ReferenceEquals(target, i.Target) ? null : i.Target);
            })];
    }
}
