using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Security;

/// <summary>Reads from the database what the principal's access depends on: the units he owns today.</summary>
public sealed class ActorLoader(AppDbContext db, TimeProvider time, OwnedUnitsCache cache)
{
    public async Task<Actor> LoadAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var userId = AppClaims.UserId(principal);
        if (userId is null || principal.Identity?.IsAuthenticated != true)
        {
            return Actor.Anonymous;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        // The account name identifies who acted on the trail and on values; the full name is for display.
        return new Actor(userId, principal.Identity?.Name ?? userId, roles, await CachedUnitsAsync(userId, cancellationToken));
    }

    /// <summary>An account by user name or id, as `pw … --as` acts; null when there is none.</summary>
    public async Task<Actor?> LoadUserAsync(string userNameOrId, CancellationToken cancellationToken)
    {
        var normalized = userNameOrId.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized || u.Id == userNameOrId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        return new Actor(user.Id, user.UserName ?? user.Id, roles.ToHashSet(StringComparer.Ordinal), await OwnedUnitsAsync(user.Id, cancellationToken));
    }

    /// <summary>The units of a signed-in person, from <see cref="OwnedUnitsCache"/> when it has them.</summary>
    private async Task<IReadOnlySet<int>> CachedUnitsAsync(string userId, CancellationToken cancellationToken)
    {
        var today = ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);
        return await cache.GetOrReadAsync((userId, today), async () => await OwnedUnitsAsync(userId, cancellationToken));
    }

    /// <summary>Units led, units of the departments directed, units delegated today.</summary>
    public async Task<HashSet<int>> OwnedUnitsAsync(string userId, CancellationToken cancellationToken)
    {
        var today = ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);
        var led = await db.Units.AsNoTracking().Where(u => u.HeadId == userId || u.Department.DirectorId == userId).Select(u => u.Id).ToListAsync(cancellationToken);
        var delegated = await db.Delegations.AsNoTracking().Where(d => d.DelegateId == userId && d.From <= today && d.To >= today).Select(d => d.UnitId).ToListAsync(cancellationToken);
        return [.. led, .. delegated];
    }
}
