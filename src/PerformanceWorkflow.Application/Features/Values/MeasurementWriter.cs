using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Monitoring;

namespace PerformanceWorkflow.Application.Features.Values;

/// <summary>A value written: entered, changed or cleared, with what it was.</summary>
internal sealed record WrittenValue(string Action, int IndicatorId, decimal? OldValue, string? OldNote, decimal? NewValue, string? NewNote);

/// <summary>
/// Writes values of a round, keeping the history of each change (who, when, from where): the one place where forms,
/// the API, imports and submitted schede change measurements. The caller owns the transaction and the audit; the
/// year's scores are marked stale here, in that transaction, whenever a value changed.
/// </summary>
internal static class MeasurementWriter
{
    public const string Entered = "value.entered";
    public const string Changed = "value.changed";
    public const string Cleared = "value.cleared";

    public static async Task<List<WrittenValue>> WriteAsync(AppDbContext db, int year, int roundId, IReadOnlyCollection<ValueEntry> entries, string who, string source, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.IndicatorId).ToList();
        var existing = await db.Measurements.Where(m => m.RoundId == roundId && ids.Contains(m.IndicatorId)).ToDictionaryAsync(m => m.IndicatorId, cancellationToken);
        var written = new List<WrittenValue>();
        foreach (var entry in entries)
        {
            existing.TryGetValue(entry.IndicatorId, out var measurement);
            var value = Measurement.Effective(entry.Value, entry.Numerator, entry.Denominator);
            if (value is null)
            {
                if (measurement is not null)
                {
                    db.Measurements.Remove(measurement);
                    db.MeasurementChanges.Add(new MeasurementChange(entry.IndicatorId, roundId, measurement.Value, null, measurement.Note, null, who, nowUtc, source));
                    written.Add(new WrittenValue(Cleared, entry.IndicatorId, measurement.Value, measurement.Note, null, null));
                }

                continue;
            }

            if (measurement is null)
            {
                db.Measurements.Add(new Measurement(entry.IndicatorId, roundId, value.Value, entry.Numerator, entry.Denominator, entry.Note, who, nowUtc));
                db.MeasurementChanges.Add(new MeasurementChange(entry.IndicatorId, roundId, null, value, null, entry.Note, who, nowUtc, source));
                written.Add(new WrittenValue(Entered, entry.IndicatorId, null, null, value, entry.Note));
            }
            else if (!measurement.Same(value.Value, entry.Numerator, entry.Denominator, entry.Note))
            {
                db.MeasurementChanges.Add(new MeasurementChange(entry.IndicatorId, roundId, measurement.Value, value, measurement.Note, entry.Note, who, nowUtc, source));
                written.Add(new WrittenValue(Changed, entry.IndicatorId, measurement.Value, measurement.Note, value, entry.Note));
                measurement.Set(value.Value, entry.Numerator, entry.Denominator, entry.Note, who, nowUtc);
            }
        }

        if (written.Count > 0)
        {
            await Scoring.ScoringVersions.BumpAsync(db, year, cancellationToken);
        }

        return written;
    }
}
