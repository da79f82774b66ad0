using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Web.Infrastructure;

namespace PerformanceWorkflow.Web.Pages.Accesso;

/// <summary>Back from the identity provider: the person is matched to a registered user, or turned away.</summary>
public sealed class EsternoModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditTrail audit, OidcOptions oidc) : PageModel
{
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!oidc.Enabled || !external.Succeeded || external.Principal is null)
        {
            Message = "Accesso esterno non riuscito: riprovare.";
            return Page();
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var user = await oidc.MatchAsync(users, external.Principal);
        var claimed = external.Principal.FindFirst(oidc.MatchClaim)?.Value ?? "sconosciuto";
        if (user is null)
        {
            await audit.RecordAsAsync(claimed, "signin.external.unknown", "User", null, null, null, cancellationToken);
            Message = "L'identità è stata verificata ma non corrisponde a nessun utente del servizio: chiedere all'amministratore di registrarla.";
            return Page();
        }

        if (await users.IsLockedOutAsync(user))
        {
            await audit.RecordAsAsync(claimed, "signin.lockedout", "User", user.Id, null, null, cancellationToken);
            Message = "L'account è bloccato: rivolgersi all'amministratore.";
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, OidcOptions.Scheme);
        await audit.RecordAsAsync(user.UserName ?? claimed, "signin.success", "User", user.Id, null, new { Via = "oidc" }, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }
}
