using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Features.Scoring;

/// <summary>A round's scores as one person may see them, with the year's rounds and whether they are up to date.</summary>
public sealed record VisibleScores(IReadOnlyList<RoundInfo> Rounds, RoundInfo? Round, ScoreReport? Report, bool Fresh);

/// <summary>
/// What a person may see of the scores, in one place for the pages and the API: the organization-level numbers for
/// all staff, the detail of units (units, their objectives and indicators) only for the units the access rules allow.
/// </summary>
internal static class ScoreVisibility
{
    public static ScoreReport Filter(Actor actor, ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(report);
        if (AccessRules.ReadsAllUnits(actor))
        {
            return report;
        }

        var units = report.Units.Where(u => AccessRules.CanReadUnit(actor, u.Id)).ToList();
        var unitIds = units.Select(u => u.Id).ToHashSet();
        return report with
        {
            Units = units,
            Objectives = report.Objectives.Where(o => unitIds.Contains(o.UnitId)).ToList(),
            Indicators = report.Indicators.Where(i => unitIds.Contains(i.UnitId)).ToList(),
            Leaders = report.Leaders.Where(l => l.Key == actor.UserId).ToList(),
        };
    }

    /// <summary>A unit's number is unit detail; the organization's can be explained to all, listing only what one may see.</summary>
    public static ExplanationView? Filter(Actor actor, ExplanationView explanation)
    {
        if (explanation.UnitId is { } unit && !AccessRules.CanReadUnit(actor, unit))
        {
            return null;
        }

        var visible = explanation.Rows.Where(r => AccessRules.CanReadUnit(actor, r.UnitId)).ToList();
        return explanation with { Rows = visible, Hidden = explanation.Rows.Count - visible.Count };
    }
}
