using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Domain.Appraisal;

namespace PerformanceWorkflow.Application.Features.Appraisal;

/// <summary>
/// The SMVP settings per year: a year never saved takes the previous year's (or the doc's defaults); saving checks
/// them against the law (<see cref="AppraisalSettings.Problems"/>); once the year's valutazione has started they are
/// fixed, because every open form computes with them.
/// </summary>
public sealed class AppraisalSettingsStore(AppDbContext db, TimeProvider time, AuditTrail audit)
{
    public const string Kind = "smvp";

    public static JsonSerializerOptions Json => YearSettings.Json;

    public Task<(AppraisalSettings Settings, SettingsOrigin Origin)> GetWithOriginAsync(int year, CancellationToken cancellationToken) =>
        YearSettings.GetAsync(db, Kind, year, AppraisalSettings.Defaults, (s, y) => s with { Year = y }, cancellationToken);

    public async Task<AppraisalSettings> GetAsync(int year, CancellationToken cancellationToken) => (await GetWithOriginAsync(year, cancellationToken)).Settings;

    /// <summary>Whether the year's forms exist: then the settings no longer change.</summary>
    public Task<bool> IsFixedAsync(int year, CancellationToken cancellationToken) => db.AppraisalForms.AnyAsync(f => f.Year == year, cancellationToken);

    /// <summary>Saves; returns the problems (nothing saved) or an empty list.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(AppraisalSettings settings, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            return problems;
        }

        if (await IsFixedAsync(settings.Year, cancellationToken))
        {
            return [$"La valutazione {settings.Year} è avviata: le sue schede calcolano con queste impostazioni, che non si modificano più."];
        }

        await StoreAsync(settings, by, cancellationToken);
        await audit.RecordAsAsync(by, "appraisal.settings", "AppraisalSettings", settings.Year, null, new { settings.Year }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Writes the settings in the caller's unit of work (the start of the valutazione fixes the year's own copy).</summary>
    public Task StoreAsync(AppraisalSettings settings, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return YearSettings.StoreAsync(db, Kind, settings.Year, settings, by, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    public static AppraisalSettings Deserialize(string json) => YearSettings.Deserialize<AppraisalSettings>(json);
}
