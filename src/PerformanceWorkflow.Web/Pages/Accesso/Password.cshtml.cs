using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Web.Infrastructure;

namespace PerformanceWorkflow.Web.Pages.Accesso;

/// <summary>A forgotten password: the same answer whether the account exists or not (rate-limited with sign-in).</summary>
public sealed class PasswordModel(PasswordResetService reset, OidcOptions oidc) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Indicare il nome utente o l'indirizzo email.")]
    [StringLength(256, ErrorMessage = "Il nome indicato è troppo lungo.")]
    public string Account { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public string ExternalLabel => oidc.Enabled ? oidc.DisplayName : "accesso esterno";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await reset.RequestAsync(Account, cancellationToken);
        Sent = true;
        return Page();
    }
}
