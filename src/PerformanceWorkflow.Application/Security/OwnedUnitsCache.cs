using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Security;

/// <summary>
/// The units each person answers for on a day, kept for the security-stamp interval (five minutes) so that a page does
/// not ask the database twice per request who the reader is. Any change this process saves to units, departments or
/// delegations empties it at once (<see cref="OrganizationChangeInterceptor"/>); a change saved by another instance
/// reaches this one within the interval, as a role change reaches a signed-in session.
/// </summary>
public sealed class OwnedUnitsCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<(string UserId, DateOnly Day), Entry> entries = new();
    private long generation;

    public bool TryGet(string userId, DateOnly day, out IReadOnlySet<int> units)
    {
        if (entries.TryGetValue((userId, day), out var entry) && entry.Generation == Interlocked.Read(ref generation) && time.GetUtcNow() - entry.LoadedAt < Lifetime)
        {
            units = entry.Units;
            return true;
        }

        units = new HashSet<int>();
        return false;
    }

    /// <summary>Keeps what was read, tagged with the generation seen before reading it: a change meanwhile discards it.</summary>
    public void Set(string userId, DateOnly day, IReadOnlySet<int> units, long readAtGeneration)
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[(userId, day)] = new Entry(units, readAtGeneration, time.GetUtcNow());
    }

    public long Generation => Interlocked.Read(ref generation);

    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    private sealed record Entry(IReadOnlySet<int> Units, long Generation, DateTimeOffset LoadedAt);
}

/// <summary>Empties <see cref="OwnedUnitsCache"/> when a save touches who leads or is delegated a unit.</summary>
internal sealed class OrganizationChangeInterceptor(OwnedUnitsCache cache) : SaveChangesInterceptor
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
        if (eventData.Context is { } context && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is Unit or Department or Delegation))
        {
            cache.Invalidate();
            saving.AddOrUpdate(context, this);
        }
    }

    // Again once saved: a reader between the two would otherwise keep the old units for five minutes.
    private void Saved(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && saving.Remove(context))
        {
            cache.Invalidate();
        }
    }
}
