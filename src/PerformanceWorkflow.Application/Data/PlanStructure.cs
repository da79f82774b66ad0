using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Data;

/// <summary>
/// A save that changed what the scores are computed on besides the values: the plan's tree, its targets and weights,
/// the organization and its leaders' names. Its id is the structure's version: anything kept because the structure
/// did not change (the scoring plan of a year, a round's report) is valid only while no newer row exists.
/// </summary>
public sealed class StructureChange
{
    public long Id { get; set; }

    /// <summary>The kinds of rows that changed ("Indicator, Unit"): to tell why a cache was emptied, never personal data.</summary>
    public string Tables { get; set; } = string.Empty;
}

/// <summary>
/// Records a <see cref="StructureChange"/> in the same save (so in the same transaction) as the change itself: one
/// place that sees every save, instead of every service remembering to say that it changed the structure.
/// </summary>
internal static class PlanStructure
{
    private static readonly HashSet<Type> Structural =
    [
        typeof(Department), typeof(Unit), typeof(Office), typeof(MandateLine), typeof(StrategicObjective),
        typeof(OperationalObjective), typeof(ObjectiveLink), typeof(ObjectiveAssignment), typeof(ManagementObjective),
        typeof(Indicator), typeof(TargetRevision), typeof(ScoringWeight),
    ];

    /// <summary>Adds the change row when the tracked changes touch the structure; nothing otherwise.</summary>
    public static void Stamp(AppDbContext db)
    {
        var tables = db.ChangeTracker.Entries().Where(IsStructural).Select(e => e.Metadata.ClrType.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        if (tables.Count > 0)
        {
            db.StructureChanges.Add(new StructureChange { Tables = string.Join(", ", tables) });
        }
    }

    /// <summary>
    /// The structure's version: the newest change, 0 before any; read once per unit of work (and again after a save),
    /// always before what is kept by it.
    /// </summary>
    public static async Task<long> VersionAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StructureSeen ??= await db.StructureChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
    }

    private static bool IsStructural(EntityEntry entry)
    {
        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return false;
        }

        return entry.Entity switch
        {
            // The year's settings and state are structure; its scoring version moves with every value.
            PlanYear => entry.State != EntityState.Modified || entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(PlanYear.ScoringVersion))
                || entry.ComplexProperties.Any(c => c.IsModified),

            // A leader's name is in the scores; a sign-in touches the user's row and is not structure.
            AppUser => entry.State != EntityState.Modified || entry.Property(nameof(AppUser.FullName)).IsModified,
            _ => Structural.Contains(entry.Metadata.ClrType),
        };
    }
}
