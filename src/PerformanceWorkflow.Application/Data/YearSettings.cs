using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace PerformanceWorkflow.Application.Data;

/// <summary>A year's settings of one kind (the SMVP, the sistema premiante) as stored: one JSON document.</summary>
public sealed class YearSettingsRecord
{
    private YearSettingsRecord()
    {
        Kind = string.Empty;
        Json = string.Empty;
    }

    public YearSettingsRecord(string kind, int year, string json)
    {
        Kind = kind;
        Year = year;
        Json = json;
    }

    public string Kind { get; private set; }

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
/// Settings kept per year as JSON: a year never saved takes the latest earlier year's (the Comune changes its rules
/// rarely), else the defaults given.
/// </summary>
public static class YearSettings
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() }, WriteIndented = true };

    public static async Task<(T Settings, SettingsOrigin Origin)> GetAsync<T>(AppDbContext db, string kind, int year, Func<int, T> defaults, Func<T, int, T> withYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(withYear);
        var stored = await db.YearSettings.AsNoTracking().Where(s => s.Kind == kind && s.Year <= year).OrderByDescending(s => s.Year).FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return (defaults(year), SettingsOrigin.Defaults);
        }

        var settings = withYear(Deserialize<T>(stored.Json), year);
        return (settings, stored.Year == year ? SettingsOrigin.Saved : SettingsOrigin.CopiedFromPreviousYear);
    }

    /// <summary>Writes the settings in the caller's unit of work.</summary>
    public static async Task StoreAsync<T>(AppDbContext db, string kind, int year, T settings, string by, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var json = JsonSerializer.Serialize(settings, Json);
        var row = await db.YearSettings.FirstOrDefaultAsync(s => s.Kind == kind && s.Year == year, cancellationToken);
        if (row is null)
        {
            row = new YearSettingsRecord(kind, year, json);
            db.YearSettings.Add(row);
        }

        row.Update(json, by, nowUtc);
    }

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException("Impostazioni illeggibili.");
}
