using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Features.Scoring;

/// <summary>A weight of the strategic control as shown and edited.</summary>
public sealed record WeightRow(WeightedElement Element, int ElementId, string? Code, string Title, string? Parent, decimal Weight);

public sealed record ScoringSettingsView(int Year, ScoringSettings Settings, IReadOnlyList<WeightRow> Objectives, IReadOnlyList<WeightRow> StrategicObjectives);

/// <summary>Reads and changes the scoring choices and the weights of a year; a change makes the scores stale.</summary>
public sealed class ScoringSettingsHandler(AppDbContext db, IScoreRecompute recompute, Audit.AuditTrail audit)
{
    public async Task<ScoringSettingsView?> GetAsync(int year, CancellationToken cancellationToken)
    {
        var plan = await db.PlanYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var weights = await db.ScoringWeights.AsNoTracking().Where(w => w.Year == year).ToListAsync(cancellationToken);
        decimal WeightOf(WeightedElement element, int id) => weights.FirstOrDefault(w => w.Element == element && w.ElementId == id)?.Weight ?? 1m;
        var objectives = await db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == year)
            .Select(a => new { a.OperationalObjective.Id, a.OperationalObjective.Code, a.OperationalObjective.Title, a.Position })
            .ToListAsync(cancellationToken);
        var objectiveIds = objectives.Select(o => o.Id).Distinct().ToList();
        var strategicIds = await db.ObjectiveLinks.AsNoTracking().Where(l => l.StrategicObjectiveId != null && objectiveIds.Contains(l.OperationalObjectiveId))
            .Select(l => l.StrategicObjectiveId!.Value).Distinct().ToListAsync(cancellationToken);
        var strategic = await db.StrategicObjectives.AsNoTracking().Where(s => strategicIds.Contains(s.Id))
            .OrderBy(s => s.MandateLine.Position).ThenBy(s => s.Position)
            .Select(s => new { s.Id, s.Title, Line = s.MandateLine.Name }).ToListAsync(cancellationToken);
        return new ScoringSettingsView(
            year,
            plan.Scoring,
            objectives.GroupBy(o => o.Id).Select(g => g.OrderBy(o => o.Position).First()).OrderBy(o => o.Position)
                .Select(o => new WeightRow(WeightedElement.Objective, o.Id, o.Code, o.Title, null, WeightOf(WeightedElement.Objective, o.Id))).ToList(),
            strategic.Select(s => new WeightRow(WeightedElement.StrategicObjective, s.Id, null, s.Title, s.Line, WeightOf(WeightedElement.StrategicObjective, s.Id))).ToList());
    }

    /// <summary>Saves settings and weights; returns the problems (in Italian) that stopped the save, if any.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(int year, ScoringSettings settings, IReadOnlyList<(WeightedElement Element, int ElementId, decimal Weight)> weights, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(weights);
        var problems = settings.Problems().ToList();
        problems.AddRange(weights.Where(w => w.Weight is < 0 or > 100).Select(w => $"Peso {w.Weight} non valido: i pesi vanno da 0 a 100."));
        var plan = await db.PlanYears.SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (plan is null)
        {
            problems.Add($"Il piano {year} non esiste.");
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        // A retrying strategy (SQL Server, PostgreSQL) replays the whole unit, never half of it.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var existing = await db.ScoringWeights.Where(w => w.Year == year).ToListAsync(ct);
            var before = new { plan!.Scoring, Weights = existing.Select(w => new { w.Element, w.ElementId, w.Weight }).ToList() };
            plan.ChangeScoring(settings);
            foreach (var (element, id, weight) in weights)
            {
                var row = existing.Find(w => w.Element == element && w.ElementId == id);
                if (weight == 1m)
                {
                    // 1 is the default: no row needed.
                    if (row is not null)
                    {
                        db.ScoringWeights.Remove(row);
                    }
                }
                else if (row is null)
                {
                    db.ScoringWeights.Add(new ScoringWeight(year, element, id, weight));
                }
                else
                {
                    row.Change(weight);
                }
            }

            await audit.RecordAsync("settings.changed", "PlanYear", year, before, new { Scoring = settings, Weights = weights.Where(w => w.Weight != 1m).Select(w => new { w.Element, w.ElementId, w.Weight }).ToList() }, ct);
            await db.SaveChangesAsync(ct);
            await ScoringVersions.BumpAsync(db, year, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.Clear();
        await recompute.RequestAsync(year, cancellationToken);
        return [];
    }
}
