using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Data;

/// <summary>
/// What a page reads on every visit but changes only with the structure (<see cref="StructureChange"/>): the indicator
/// rows of a scheda's units without their values (the heaviest of its queries: about a hundred rows across six
/// tables), the year's scoring settings, the target revisions asked on a scheda. Every owner opens his scheda several
/// times a round; the plan changes a few times a year. An entry is used only while the structure's version is the one
/// it was read at, and that version is read once per unit of work, before the data (<see cref="PlanStructure"/>),
/// so a change saved by any instance is seen at the next request.
/// </summary>
public sealed class StructureCache
{
    // A city has about a thousand schede: a few entries each, a few megabytes; past that the cache starts again.
    private const int MaxEntries = 5_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, (long Structure, object Value)> entries = new();

    /// <summary>The year's scoring settings, as the scheda and the checks of «Invia» both read them.</summary>
    internal Task<ScoringSettings> ScoringSettingsAsync(AppDbContext db, int year, CancellationToken cancellationToken) =>
        GetAsync(db, ("settings", year), async () => (await db.PlanYears.AsNoTracking().SingleAsync(p => p.Year == year, cancellationToken)).Scoring, cancellationToken);

    internal async Task<T> GetAsync<T>(AppDbContext db, object key, Func<Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        var structure = await PlanStructure.VersionAsync(db, cancellationToken);
        if (entries.TryGetValue(key, out var kept) && kept.Structure == structure && kept.Value is T value)
        {
            return value;
        }

        var fresh = await read();
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[key] = (structure, fresh);
        return fresh;
    }
}
