using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Users;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>Users and their roles, searched and a page at a time; creating a user gives a temporary password, shown once.</summary>
public sealed class UtentiModel(UserService administration) : PageModel
{
    public UserPage Users { get; private set; } = new([], 0, 1, 50);

    [BindProperty(Name = "Cerca", SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = "Ruolo", SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(Name = "Pagina", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The address of a page of the list, keeping the search.</summary>
    public string UsersPage(int page) => $"/amministrazione/utenti?Cerca={Uri.EscapeDataString(Search ?? string.Empty)}&Ruolo={Uri.EscapeDataString(Role ?? string.Empty)}&Pagina={page}";

    private UserSearch Criteria => new(Search, string.IsNullOrWhiteSpace(Role) ? null : Role, PageNumber);

    [BindProperty]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    public string FullName { get; set; } = string.Empty;

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [TempData]
    public string? Created { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await administration.SearchAsync(Criteria, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(new NewUser(UserName, FullName, Email, Roles, null), cancellationToken);
        if (!result.Ok)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            Users = await administration.SearchAsync(Criteria, cancellationToken);
            return Page();
        }

        Created = $"Utente «{UserName}» creato. Password temporanea (comunicarla di persona; va cambiata al primo accesso): {result.Secret}";
        return RedirectToPage();
    }
}
