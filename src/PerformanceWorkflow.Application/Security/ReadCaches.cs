using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Security;

/// <summary>
/// What a page reads again and again and what changes rarely, kept in this process for five minutes (the
/// security-stamp interval): any change this process saves to what it depends on empties it at once
/// (<see cref="CacheInvalidationInterceptor"/>); a change saved by another instance reaches this one within the interval,
/// as a role change reaches a signed-in session.
/// </summary>
public abstract class ExpiringCache<TKey, TValue>(TimeProvider time)
    where TKey : notnull
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<TKey, Entry> entries = new();
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public bool TryGet(TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
    {
        if (entries.TryGetValue(key, out var entry) && entry.Generation == Generation && time.GetUtcNow() - entry.LoadedAt < ReadCaches.Lifetime)
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Keeps what was read, tagged with the generation seen before reading it: a change meanwhile discards it.</summary>
    public void Set(TKey key, TValue value, long readAtGeneration)
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[key] = new Entry(value, readAtGeneration, time.GetUtcNow());
    }

    /// <summary>The value kept, else read and kept.</summary>
    public async Task<TValue> GetOrReadAsync(TKey key, Func<Task<TValue>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (TryGet(key, out var value))
        {
            return value;
        }

        var seen = Generation;
        value = await read();
        Set(key, value, seen);
        return value;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    private sealed record Entry(TValue Value, long Generation, DateTimeOffset LoadedAt);
}

/// <summary>How long what <see cref="ExpiringCache{TKey, TValue}"/> keeps may lag behind a change saved elsewhere.</summary>
public static class ReadCaches
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
}

/// <summary>The units each person answers for on a day: read on every page to decide what he may see.</summary>
public sealed class OwnedUnitsCache(TimeProvider time) : ExpiringCache<(string UserId, DateOnly Day), IReadOnlySet<int>>(time);

/// <summary>The counts of a year's plan on the home page: tens of thousands of rows to count in a city.</summary>
public sealed class PlanSummaryCache(TimeProvider time) : ExpiringCache<int, Features.Plan.Show.PlanSummary?>(time);

/// <summary>
/// Empties <see cref="OwnedUnitsCache"/> when a save touches who leads or is delegated a unit, and
/// <see cref="PlanSummaryCache"/> when it touches the plan or the organization.
/// </summary>
internal sealed class CacheInvalidationInterceptor(OwnedUnitsCache units, PlanSummaryCache plans) : SaveChangesInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData);
        return ValueTask.FromResult(result);
    }

    private void Saving(DbContextEventData eventData)
    {
        if (eventData.Context is not { } context)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity).ToList();
        var organization = changed.Exists(e => e is Unit or Department or Delegation);
        if (organization || changed.Exists(e => e is PlanYear or ObjectiveAssignment or OperationalObjective or ObjectiveLink or ManagementObjective or Indicator))
        {
            Invalidate(organization);
            saving.AddOrUpdate(context, organization);
        }
    }

    private void Invalidate(bool organization)
    {
        plans.Invalidate();
        if (organization)
        {
            units.Invalidate();
        }
    }

    // Again once saved: a reader between the two would otherwise keep the old units for five minutes.
    private void Saved(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && saving.TryGetValue(context, out var organization))
        {
            saving.Remove(context);
            Invalidate((bool)organization);
        }
    }
}
