using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Users;

namespace PerformanceWorkflow.Web.Pages.Accesso;

/// <summary>The page of the emailed link: the new password, chosen once; a used or expired link says so at once.</summary>
public sealed class NuovaPasswordModel(PasswordResetService reset) : PageModel
{
    [BindProperty(Name = "Utente", SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(Name = "Codice", SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Indicare la nuova password.")]
    public string New { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Ripetere la nuova password.")]
    public string Confirm { get; set; } = string.Empty;

    public bool LinkWorks { get; private set; } = true;

    public bool Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The link carries a credential: the page is not cached and is never referred to another site.
        Response.Headers.CacheControl = "no-store";
        LinkWorks = await reset.IsValidAsync(UserName, Code, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!string.Equals(New, Confirm, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Confirm), "Le due password non coincidono.");
            return Page();
        }

        var result = await reset.CompleteAsync(UserName, Code, New, cancellationToken);
        if (!result.Ok)
        {
            LinkWorks = await reset.IsValidAsync(UserName, Code, cancellationToken);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            return Page();
        }

        Done = true;
        return Page();
    }
}
