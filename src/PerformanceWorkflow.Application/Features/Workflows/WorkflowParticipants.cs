using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>The sets of people a definition may start children for: directors, owners of indicators, unit heads…</summary>
public sealed class WorkflowParticipants(AppDbContext db, DeviationCauseRules deviations, AppraisalHooks appraisal)
{
    public static IReadOnlyList<string> Names { get; } = ["directors", "indicatorOwners", "unitHeads", "deviationOwners", .. AppraisalHooks.Sets];

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
