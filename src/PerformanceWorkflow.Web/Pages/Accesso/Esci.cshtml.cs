using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages.Accesso;

/// <summary>Sign-out: a form post (with its antiforgery token), never a link another site could trigger.</summary>
public sealed class EsciModel(SignInManager<AppUser> signIn, AuditTrail audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsAsync(User.Identity.Name ?? "?", "signout", "User", AppClaims.UserId(User), null, null, cancellationToken);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("~/accesso");
    }
}
