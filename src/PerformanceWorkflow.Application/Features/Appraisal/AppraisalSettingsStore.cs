using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Domain.Appraisal;

namespace PerformanceWorkflow.Application.Features.Appraisal;

/// <summary>The SMVP settings of a year as stored: one JSON document per year.</summary>
public sealed class AppraisalSettingsRecord
{
    private AppraisalSettingsRecord()
    {
        Json = string.Empty;
    }

    public AppraisalSettingsRecord(int year, string json)
    {
        Year = year;
        Json = json;
    }

    public int Year { get; private set; }

    public string Json { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string? UpdatedBy { get; private set; }

    public void Update(string json, string by, DateTime nowUtc)
    {
        Json = json;
        UpdatedBy = by;
        UpdatedAtUtc = nowUtc;
    }
}

/// <summary>Where the settings of a year come from, for the page to say.</summary>
public enum SettingsOrigin
{
    Saved,
    CopiedFromPreviousYear,
    Defaults,
}

/// <summary>
/// The SMVP settings per year: a year never saved takes the previous year's (or the doc's defaults); saving checks
/// them against the law (<see cref="AppraisalSettings.Problems"/>); once the year's valutazione has started they are
/// fixed, because every open form computes with them.
/// </summary>
public sealed class AppraisalSettingsStore(AppDbContext db, TimeProvider time, AuditTrail audit)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() }, WriteIndented = true };

    public async Task<(AppraisalSettings Settings, SettingsOrigin Origin)> GetWithOriginAsync(int year, CancellationToken cancellationToken)
    {
        var stored = await db.AppraisalSettings.AsNoTracking().Where(s => s.Year <= year).OrderByDescending(s => s.Year).FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return (AppraisalSettings.Defaults(year), SettingsOrigin.Defaults);
        }

        var settings = Deserialize(stored.Json) with { Year = year };
        return (settings, stored.Year == year ? SettingsOrigin.Saved : SettingsOrigin.CopiedFromPreviousYear);
    }

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
    public async Task StoreAsync(AppraisalSettings settings, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var json = JsonSerializer.Serialize(settings, Json);
        var row = await db.AppraisalSettings.FirstOrDefaultAsync(s => s.Year == settings.Year, cancellationToken);
        if (row is null)
        {
            row = new AppraisalSettingsRecord(settings.Year, json);
            db.AppraisalSettings.Add(row);
        }

        row.Update(json, by, time.GetUtcNow().UtcDateTime);
    }

    public static AppraisalSettings Deserialize(string json) =>
        JsonSerializer.Deserialize<AppraisalSettings>(json, Json) ?? throw new InvalidDataException("Impostazioni SMVP illeggibili.");
}
