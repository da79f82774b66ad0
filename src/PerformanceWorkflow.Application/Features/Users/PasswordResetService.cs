using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Users;

/// <summary>
/// A forgotten password, by email link: the person names his account (user name or email address), the service sends a
/// single-use link valid for <see cref="Validity"/> through the outbox, and the link lets him choose a new password.
/// The answer to a request never says whether the account exists; every request and reset is on the audit trail.
/// </summary>
public sealed class PasswordResetService(
    UserManager<AppUser> users,
    AppDbContext db,
    AuditTrail audit,
    WorkflowCatalog catalog,
    IOptions<EmailOptions> email,
    IOptions<OrganizationOptions> organization,
    IOutboxSignal outbox,
    TimeProvider time)
{
    public const string Template = "accesso-password";

    /// <summary>How long a link works (Identity's reset tokens are given the same lifespan).</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromHours(2);

    /// <summary>A second request within this time sends nothing: a mailbox is not to be flooded from the sign-in page.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(5);

    public const string RequestedMessage =
        "Se il nome indicato corrisponde a un account con un indirizzo email, a quell'indirizzo è stato inviato un collegamento per scegliere una nuova password, valido 2 ore. Se non arriva, rivolgersi all'amministratore.";

    /// <summary>Sends the link when the account can receive it; otherwise records the refusal and sends nothing.</summary>
    public async Task RequestAsync(string nameOrEmail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nameOrEmail);
        var typed = nameOrEmail.Trim();
        var typedForTrail = typed.Length <= 256 ? typed : typed[..256];
        var user = await FindAsync(typed, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var reason = user switch
        {
            null => "account inesistente",
            { PasswordHash: null } => "account senza password locale (accesso con l'identità dell'ente)",
            { LockoutEnd: { } end } when end == DateTimeOffset.MaxValue => "account disattivato",
            { Email: null or "" } => "account senza indirizzo email",
            _ => null,
        };
        if (reason is null && await db.OutboxMessages.AnyAsync(m => m.RecipientId == user!.Id && m.Template == Template && m.CreatedAtUtc > now - Pause, cancellationToken))
        {
            reason = "richiesta ripetuta entro 5 minuti";
        }

        if (reason is not null)
        {
            await audit.RecordAsAsync(typedForTrail, "password.reset.refused", "User", user?.Id, null, new { Reason = reason }, cancellationToken);
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user!);
        var link = $"{email.Value.BaseUrl.TrimEnd('/')}/accesso/nuova-password?utente={Uri.EscapeDataString(user!.Id)}&codice={Uri.EscapeDataString(token)}";
        var name = string.IsNullOrWhiteSpace(user.FullName) ? user.UserName ?? user.Id : user.FullName;
        var rendered = catalog.Templates.Render(Template, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Destinatario"] = name,
            ["Link"] = link,
            ["Scadenza"] = ExpiryText(now + Validity),
            ["Ente"] = organization.Value.Name,
        }, []);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.OutboxMessages.Add(new OutboxMessage($"password:{user.Id}:{now.Ticks}", Template, user.Email, name, user.Id, rendered, null, now));
            await audit.RecordAsAsync(typedForTrail, "password.reset.requested", "User", user.Id, null, null, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        await outbox.WakeAsync(cancellationToken);
    }

    /// <summary>Whether a link still works, to show the form or say at once that a new link is needed.</summary>
    public async Task<bool> IsValidAsync(string? userId, string? token, CancellationToken cancellationToken)
    {
        var user = await UsableAsync(userId, token, cancellationToken);
        return user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token!);
    }

    /// <summary>Sets the new password from a link; the link stops working (the security stamp changes).</summary>
    public async Task<OperationResult> CompleteAsync(string? userId, string? token, string newPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newPassword);
        var user = await UsableAsync(userId, token, cancellationToken);
        if (user is null)
        {
            return OperationResult.Fail(new ItalianIdentityErrors().InvalidToken().Description);
        }

        var result = await users.ResetPasswordAsync(user, token!, newPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                await audit.RecordAsAsync(user.UserName ?? user.Id, "password.reset.invalidlink", "User", user.Id, null, null, cancellationToken);
            }

            return OperationResult.From(result);
        }

        // The person proved he reads the account's mailbox: a temporary lockout and a pending forced change no longer apply.
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await audit.RecordAsAsync(user.UserName ?? user.Id, "password.reset.byemail", "User", user.Id, null, null, cancellationToken);
        return OperationResult.Success();
    }

    private async Task<AppUser?> UsableAsync(string? userId, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null || user.PasswordHash is null || user.LockoutEnd == DateTimeOffset.MaxValue)
        {
            return null;
        }

        // Identity's token carries its own lifespan, on the system clock; the service's clock decides too, so that the
        // validity is the same in a rehearsal on a fake clock.
        var since = time.GetUtcNow().UtcDateTime - Validity;
        return await db.OutboxMessages.AnyAsync(m => m.RecipientId == user.Id && m.Template == Template && m.CreatedAtUtc >= since, cancellationToken) ? user : null;
    }

    /// <summary>"17:00 del 26/11/2026", for "entro le …".</summary>
    private static string ExpiryText(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ItalianFormat.TimeZone).ToString("HH:mm 'del' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<AppUser?> FindAsync(string typed, CancellationToken cancellationToken)
    {
        if (typed.Length is 0 or > 256)
        {
            return null;
        }

        if (await users.FindByNameAsync(typed) is { } byName)
        {
            return byName;
        }

        if (!typed.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        // Addresses are not unique (a shared office mailbox): only an address that names one account is an answer.
        var normalized = users.NormalizeEmail(typed);
        var matches = await db.Users.Where(u => u.NormalizedEmail == normalized).Take(2).ToListAsync(cancellationToken);
        return matches.Count == 1 ? matches[0] : null;
    }
}
