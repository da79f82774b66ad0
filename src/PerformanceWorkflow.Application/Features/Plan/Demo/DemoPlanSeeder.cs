using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Features.Plan.Demo;

/// <summary>The reference PIAO (section 2.2 of a Tuscan Comune's 2024–2026 plan), shipped as demo data.</summary>
public sealed class DemoPlanSeeder(ImportPlanHandler import, AppDbContext db, TimeProvider time, IScoreRecompute recompute)
{
    public const string FileName = "piao-2024-sezione-2.2-performance.txt";

    public const string SampleNote = "valore dimostrativo";

    /// <summary>The bytes of the reference document, as published (defects included).</summary>
    public static byte[] ReferenceDocument()
    {
        using var stream = typeof(DemoPlanSeeder).Assembly.GetManifestResourceStream("DemoPlan.txt")
            ?? throw new InvalidOperationException("Risorsa del piano dimostrativo mancante.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public async Task<ImportResult> SeedAsync(bool sampleValues, CancellationToken cancellationToken)
    {
        var result = await import.ImportAsync(new ImportRequest(ReferenceDocument(), FileName, DryRun: false, Year: null, UserName: "demo"), cancellationToken);
        if (result.Applied && sampleValues)
        {
            await SampleValuesAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>A deterministic value of an indicator in a round, a little further on round after round.</summary>
    internal static decimal SampleValue(int indicatorId, IndicatorKind kind, Target target, int step) => kind switch
    {
        IndicatorKind.Informational => 10 + (indicatorId % 40),
        _ when target.Measure == TargetMeasure.ActivityScale => Math.Min(5, (indicatorId % 3) + step),
        _ when target.Measure == TargetMeasure.Days => (indicatorId % 4) - 2,
        _ when target.Measure == TargetMeasure.Hours => (indicatorId % 8) + (6 * step),
        _ when target.Measure == TargetMeasure.Percent => 20 + (indicatorId % 30) + (20 * step),
        _ => step,
    };

    /// <summary>
    /// Deterministic sample values for the first two rounds of the demo year (the second a little further on), each
    /// noted as such, so that a first run shows scores, charts and explanations.
    /// </summary>
    private async Task SampleValuesAsync(CancellationToken cancellationToken)
    {
        var year = await db.ObjectiveAssignments.Select(a => (int?)a.Year).MinAsync(cancellationToken);
        if (year is null)
        {
            return;
        }

        var rounds = await db.MonitoringRounds.Where(r => r.Year == year && r.Number <= 2).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ManagementObjective.ObjectiveAssignment.Year == year)
            .Select(i => new { i.Id, i.Kind, i.Target }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var round in rounds)
        {
            foreach (var i in indicators)
            {
                db.Measurements.Add(new Measurement(i.Id, round.Id, SampleValue(i.Id, i.Kind, i.Target, round.Number), null, null, SampleNote, "demo", now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await ScoringVersions.BumpAsync(db, year.Value, cancellationToken);
        db.ChangeTracker.Clear();
        await recompute.RequestAsync(year.Value, cancellationToken);
    }
}
