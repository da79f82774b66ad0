using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Application.Features.Users;

/// <summary>The outcome of an administrative operation: ok, or the reasons in Italian.</summary>
public sealed record OperationResult(bool Ok, IReadOnlyList<string> Errors, string? Secret = null)
{
    public static OperationResult Success(string? secret = null) => new(true, [], secret);

    public static OperationResult Fail(params string[] errors) => new(false, errors);

    public static OperationResult From(IdentityResult result) =>
        result.Succeeded ? Success() : new(false, result.Errors.Select(e => e.Description).ToList());
}

public sealed record UserView(string Id, string UserName, string FullName, string? Email, IReadOnlyList<string> Roles, bool LockedOut, bool MustChangePassword, IReadOnlyList<string> Leads);

/// <summary>A search of users: words of the name, user name or address, a role; a page at a time.</summary>
public sealed record UserSearch(string? Text, string? Role, int Page = 1, int PageSize = 50);

public sealed record UserPage(IReadOnlyList<UserView> Users, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record NewUser(string UserName, string FullName, string? Email, IReadOnlyList<string> Roles, string? Password);

public sealed record DelegationView(int Id, int UnitId, string Unit, string DelegateId, string Delegate, string GrantedBy, DateOnly From, DateOnly To);

public sealed record LeadershipView(
    IReadOnlyList<(int Id, string Name, string? DirectorId, string? Director)> Departments,
    IReadOnlyList<(int Id, string Name, string Department, string? HeadId, string? Head)> Units,
    IReadOnlyList<DelegationView> Delegations);

/// <summary>
/// Users, roles, who leads which department and unit, delegations: managed by administrators from the pages and
/// from `pw users`, every change on the audit trail (never a password).
/// </summary>
public sealed class UserService(UserManager<AppUser> users, AppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.FullName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var leads = await LeadsAsync(cancellationToken);
        return all.Select(u => View(u, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), leads.GetValueOrDefault(u.Id) ?? [], time.GetUtcNow())).ToList();
    }

    /// <summary>
    /// One page of users for the administrators' page: a city has tens of thousands of people, and the page must not
    /// send them all. Matching ignores case (the normalized name and address for user name and email).
    /// </summary>
    public async Task<UserPage> SearchAsync(UserSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var text = search.Text.Trim();
            var upper = text.ToUpperInvariant();
            var pattern = LikePattern.Containing(text);
            #pragma warning disable CA1304, CA1311 // Translated to SQL UPPER(), never run in .NET.
            query = query.Where(u => EF.Functions.Like(u.FullName.ToUpper(), pattern, LikePattern.Escape)
                || (u.NormalizedUserName != null && u.NormalizedUserName.Contains(upper))
                || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(upper)));
            #pragma warning restore CA1304, CA1311
        }

        if (!string.IsNullOrWhiteSpace(search.Role))
        {
            var role = search.Role;
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var total = await query.CountAsync(cancellationToken);
        var size = Math.Clamp(search.PageSize, 1, 500);
        var page = Math.Clamp(search.Page, 1, Math.Max(1, (total + size - 1) / size));
        var found = await query.OrderBy(u => u.FullName).ThenBy(u => u.UserName).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var ids = found.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles where ids.Contains(ur.UserId) join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var leads = await LeadsAsync(cancellationToken);
        var now = time.GetUtcNow();
        return new UserPage([.. found.Select(u => View(u, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), leads.GetValueOrDefault(u.Id) ?? [], now))], total, page, size);
    }

    /// <summary>
    /// People whose name, user name or address contains <paramref name="text"/> (at least 2 characters), at most
    /// <paramref name="limit"/>, active accounts only: what a field choosing a person suggests as one types. A city
    /// has too many people for a list of all of them in every such field.
    /// </summary>
    public async Task<IReadOnlyList<(string UserName, string FullName)>> SuggestAsync(string? text, string? role, int limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2)
        {
            return [];
        }

        var page = await SearchAsync(new UserSearch(text, string.IsNullOrWhiteSpace(role) ? null : role, 1, Math.Clamp(limit, 1, 50) * 2), cancellationToken);
        return [.. page.Users.Where(u => !u.LockedOut).Take(Math.Clamp(limit, 1, 50)).Select(u => (u.UserName, u.FullName))];
    }

    /// <summary>The user a field names by user name (or id); empty is "nobody"; an unknown name is an Italian error.</summary>
    public async Task<(string? Id, string? Error)> ResolveAsync(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return (null, null);
        }

        var typed = userName.Trim();
        return await FindUserAsync(typed) is { } user ? (user.Id, null) : (null, $"Nessun utente «{typed}»: indicare il nome utente (per esempio mario.rossi), scegliendolo tra i suggerimenti.");
    }

    /// <summary>The user names of some users, by id: to show who holds a place in a field that takes a user name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> UserNamesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Id, cancellationToken);
    }

    public async Task<UserView?> FindAsync(string idOrUserName, CancellationToken cancellationToken)
    {
        var user = await FindUserAsync(idOrUserName);
        if (user is null)
        {
            return null;
        }

        var leads = await LeadsAsync(cancellationToken);
        return View(user, [.. await users.GetRolesAsync(user)], leads.GetValueOrDefault(user.Id) ?? [], time.GetUtcNow());
    }

    public async Task<OperationResult> CreateAsync(NewUser input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var unknown = input.Roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return OperationResult.Fail($"Ruoli sconosciuti: {string.Join(", ", unknown)}. Ammessi: {string.Join(", ", Roles.All)}.");
        }

        if (string.IsNullOrWhiteSpace(input.FullName))
        {
            return OperationResult.Fail("Indicare nome e cognome.");
        }

        var temporary = input.Password is null;
        var password = input.Password ?? TemporaryPassword();
        var user = new AppUser { UserName = input.UserName.Trim(), FullName = input.FullName.Trim(), Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(), MustChangePassword = temporary, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return OperationResult.From(created);
        }

        var roles = await users.AddToRolesAsync(user, input.Roles.Distinct());
        if (!roles.Succeeded)
        {
            return OperationResult.From(roles);
        }

        await audit.RecordAsync("user.created", "User", user.Id, null, new { user.UserName, user.FullName, user.Email, Roles = input.Roles }, cancellationToken);
        return OperationResult.Success(temporary ? password : null);
    }

    public async Task<OperationResult> UpdateAsync(string id, string fullName, string? email, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return OperationResult.Fail("Utente inesistente.");
        }

        var before = new { user.FullName, user.Email };
        user.FullName = fullName.Trim();
        var emailResult = await users.SetEmailAsync(user, string.IsNullOrWhiteSpace(email) ? null : email.Trim());
        if (!emailResult.Succeeded)
        {
            return OperationResult.From(emailResult);
        }

        var updated = await users.UpdateAsync(user);
        if (updated.Succeeded)
        {
            await audit.RecordAsync("user.updated", "User", user.Id, before, new { user.FullName, user.Email }, cancellationToken);
        }

        return OperationResult.From(updated);
    }

    public async Task<OperationResult> SetRolesAsync(string id, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return OperationResult.Fail("Utente inesistente.");
        }

        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return OperationResult.Fail($"Ruoli sconosciuti: {string.Join(", ", unknown)}.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, roles.Except(current)) : removed;
        if (added.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync("user.roles.changed", "User", user.Id, current, roles, cancellationToken);
        }

        return OperationResult.From(added);
    }

    public async Task<OperationResult> LockAsync(string id, bool locked, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return OperationResult.Fail("Utente inesistente.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (result.Succeeded)
        {
            if (!locked)
            {
                await users.ResetAccessFailedCountAsync(user);
            }

            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(locked ? "user.locked" : "user.unlocked", "User", user.Id, null, null, cancellationToken);
        }

        return OperationResult.From(result);
    }

    /// <summary>An administrator resets a password: a temporary one, shown once, to be changed at the next sign-in.</summary>
    public async Task<OperationResult> ResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return OperationResult.Fail("Utente inesistente.");
        }

        var password = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return OperationResult.From(result);
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync("user.password.reset", "User", user.Id, null, null, cancellationToken);
        return OperationResult.Success(password);
    }

    public async Task<LeadershipView> LeadershipAsync(CancellationToken cancellationToken)
    {
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Position).Select(d => new { d.Id, d.Name, d.DirectorId }).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Position).Select(u => new { u.Id, u.Name, Department = u.Department.Name, u.HeadId }).ToListAsync(cancellationToken);
        var delegations = await db.Delegations.AsNoTracking().OrderByDescending(d => d.To).ToListAsync(cancellationToken);
        string? Name(string? id) => id is null ? null : names.GetValueOrDefault(id);
        return new LeadershipView(
            departments.Select(d => (d.Id, d.Name, d.DirectorId, Name(d.DirectorId))).ToList(),
            units.Select(u => (u.Id, u.Name, u.Department, u.HeadId, Name(u.HeadId))).ToList(),
            delegations.Select(d => new DelegationView(d.Id, d.UnitId, units.FirstOrDefault(u => u.Id == d.UnitId)?.Name ?? string.Empty, d.DelegateId, Name(d.DelegateId) ?? d.DelegateId, Name(d.GrantedById) ?? d.GrantedById, d.From, d.To)).ToList());
    }

    /// <param name="departmentId">The department.</param>
    /// <param name="user">The director by user name or id; empty for nobody.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<OperationResult> AssignDirectorAsync(int departmentId, string? user, CancellationToken cancellationToken)
    {
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
        if (department is null)
        {
            return OperationResult.Fail("Settore inesistente.");
        }

        var (userId, unknown) = await ResolveAsync(user);
        if (unknown is not null)
        {
            return OperationResult.Fail(unknown);
        }

        if (userId is not null && !await HasRoleAsync(userId, Roles.Director))
        {
            return OperationResult.Fail("Un settore si assegna a un utente con il ruolo Dirigente.");
        }

        var before = department.DirectorId;
        department.AssignDirector(userId);
        await audit.RecordAsync("org.director.assigned", "Department", departmentId, before, department.DirectorId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success();
    }

    /// <param name="unitId">The unit.</param>
    /// <param name="user">The head by user name or id; empty for nobody.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<OperationResult> AssignUnitHeadAsync(int unitId, string? user, CancellationToken cancellationToken)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return OperationResult.Fail("U.O.C. inesistente.");
        }

        var (userId, unknown) = await ResolveAsync(user);
        if (unknown is not null)
        {
            return OperationResult.Fail(unknown);
        }

        if (userId is not null && !await HasRoleAsync(userId, Roles.UnitHead) && !await HasRoleAsync(userId, Roles.Director))
        {
            return OperationResult.Fail("Una U.O.C. si assegna a un utente con il ruolo Responsabile di U.O.C. o Dirigente.");
        }

        var before = unit.HeadId;
        unit.AssignHead(userId);
        await audit.RecordAsync("org.head.assigned", "Unit", unitId, before, unit.HeadId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success();
    }

    /// <summary>An owner of the unit (or an administrator) delegates its data entry to another person (by user name or id) for a period.</summary>
    public async Task<OperationResult> DelegateAsync(Actor grantor, int unitId, string? delegateUser, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grantor);
        if (!AccessRules.CanEnterValues(grantor, unitId))
        {
            return OperationResult.Fail("Può delegare solo chi è responsabile della U.O.C.");
        }

        if (to < from)
        {
            return OperationResult.Fail("La delega non può finire prima di cominciare.");
        }

        var (delegateId, unknown) = await ResolveAsync(delegateUser);
        if (unknown is not null || delegateId is null)
        {
            return OperationResult.Fail(unknown ?? "Indicare il nome utente della persona delegata.");
        }

        if (delegateId == grantor.UserId)
        {
            return OperationResult.Fail("Non si delega a sé stessi: indicare un collega.");
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            return OperationResult.Fail("U.O.C. inesistente.");
        }

        var delegation = new Delegation(unitId, delegateId, grantor.UserId ?? delegateId, from, to);
        db.Delegations.Add(delegation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("org.delegation.granted", "Delegation", delegation.Id, null, new { unitId, delegateId, From = from, To = to }, cancellationToken);
        return OperationResult.Success();
    }

    public async Task<OperationResult> RevokeDelegationAsync(Actor actor, int delegationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == delegationId, cancellationToken);
        if (delegation is null || !AccessRules.CanEnterValues(actor, delegation.UnitId))
        {
            return OperationResult.Fail("Delega inesistente.");
        }

        db.Delegations.Remove(delegation);
        await audit.RecordAsync("org.delegation.revoked", "Delegation", delegationId, new { delegation.UnitId, delegation.DelegateId, delegation.From, delegation.To }, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success();
    }

    private async Task<bool> HasRoleAsync(string userId, string role) =>
        await users.FindByIdAsync(userId) is { } user && await users.IsInRoleAsync(user, role);

    private async Task<AppUser?> FindUserAsync(string idOrUserName) =>
        await users.FindByIdAsync(idOrUserName) ?? await users.FindByNameAsync(idOrUserName);

    private async Task<Dictionary<string, List<string>>> LeadsAsync(CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().Where(d => d.DirectorId != null).Select(d => new { Id = d.DirectorId!, d.Name }).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.HeadId != null).Select(u => new { Id = u.HeadId!, u.Name }).ToListAsync(cancellationToken);
        return departments.Concat(units).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.Select(x => x.Name).ToList());
    }

    private static UserView View(AppUser u, IReadOnlyList<string> roles, IReadOnlyList<string> leads, DateTimeOffset now) =>
        new(u.Id, u.UserName ?? string.Empty, u.FullName, u.Email, roles, u.LockoutEnd is { } end && end > now, u.MustChangePassword, leads);

    /// <summary>A random password that satisfies the policy, for a reset: 16 characters from an unambiguous alphabet.</summary>
    public static string TemporaryPassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = letters[RandomNumberGenerator.GetInt32(letters.Length)];
        }

        // Guarantee one of each class the policy asks for.
        chars[0] = "ABCDEFGHJKLMNPQRSTUVWXYZ"[RandomNumberGenerator.GetInt32(24)];
        chars[1] = "abcdefghjkmnpqrstuvwxyz"[RandomNumberGenerator.GetInt32(23)];
        chars[2] = "23456789"[RandomNumberGenerator.GetInt32(8)];
        return new string(chars);
    }
}
