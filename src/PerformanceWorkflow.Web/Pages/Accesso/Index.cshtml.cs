using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Web.Infrastructure;

namespace PerformanceWorkflow.Web.Pages.Accesso;

/// <summary>Sign-in with a local account; a wrong password gets a generic message and counts toward the lockout.</summary>
public sealed class IndexModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditTrail audit, OidcOptions oidc) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Indicare il nome utente.")]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Indicare la password.")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool ExternalEnabled => oidc.Enabled;

    public string ExternalLabel => oidc.DisplayName;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var name = UserName.Trim();
        var result = await signIn.PasswordSignInAsync(name, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await users.FindByNameAsync(name);
            await audit.RecordAsAsync(name, "signin.success", "User", user?.Id, null, null, cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsAsync(name, "signin.lockedout", "User", null, null, null, cancellationToken);
            ModelState.AddModelError(string.Empty, "L'account è bloccato per troppi tentativi non riusciti o da un amministratore. Riprovare tra 15 minuti o rivolgersi all'amministratore.");
            return Page();
        }

        await audit.RecordAsAsync(name, "signin.failure", "User", null, null, null, cancellationToken);
        ModelState.AddModelError(string.Empty, "Nome utente o password non corretti.");
        return Page();
    }

    public IActionResult OnPostEsterno()
    {
        if (!oidc.Enabled)
        {
            return NotFound();
        }

        var properties = signIn.ConfigureExternalAuthenticationProperties(OidcOptions.Scheme, Url.Page("/Accesso/Esterno", new { ReturnUrl }));
        return Challenge(properties, OidcOptions.Scheme);
    }
}
