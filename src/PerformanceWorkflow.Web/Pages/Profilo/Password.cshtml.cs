using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages.Profilo;

/// <summary>Changing one's password (and, after an administrator's reset, choosing one before anything else).</summary>
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditTrail audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Indicare la password attuale.")]
    public string Current { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Indicare la nuova password.")]
    public string New { get; set; } = string.Empty;

    [BindProperty]
    [Compare(nameof(New), ErrorMessage = "Le due password nuove non coincidono.")]
    public string Confirm { get; set; } = string.Empty;

    public bool Required { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync() => Required = (await users.GetUserAsync(User))?.MustChangePassword == true;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Required = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync("user.password.changed", "User", user.Id, null, null, cancellationToken);
        Done = "Password cambiata.";
        return RedirectToPage();
    }
}
