using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Users;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>One user: name, email, roles, lock, password reset.</summary>
public sealed class UtenteModel(UserService administration) : PageModel
{
    public UserView Person { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var person = await administration.FindAsync(id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }

    public Task<IActionResult> OnPostDatiAsync(string id, string fullName, string? email, CancellationToken cancellationToken) =>
        DoAsync(id, () => administration.UpdateAsync(id, fullName, email, cancellationToken), "Dati salvati.", cancellationToken);

    public Task<IActionResult> OnPostRuoliAsync(string id, List<string> roles, CancellationToken cancellationToken) =>
        DoAsync(id, () => administration.SetRolesAsync(id, roles, cancellationToken), "Ruoli salvati.", cancellationToken);

    public Task<IActionResult> OnPostBloccaAsync(string id, bool locked, CancellationToken cancellationToken) =>
        DoAsync(id, () => administration.LockAsync(id, locked, cancellationToken), locked ? "Utente bloccato." : "Utente sbloccato.", cancellationToken);

    public async Task<IActionResult> OnPostPasswordAsync(string id, CancellationToken cancellationToken)
    {
        var result = await administration.ResetPasswordAsync(id, cancellationToken);
        return await DoAsync(id, () => Task.FromResult(result), $"Password temporanea (comunicarla di persona; va cambiata al primo accesso): {result.Secret}", cancellationToken);
    }

    private async Task<IActionResult> DoAsync(string id, Func<Task<OperationResult>> action, string done, CancellationToken cancellationToken)
    {
        var result = await action();
        if (!result.Ok)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            return await OnGetAsync(id, cancellationToken);
        }

        Message = done;
        return RedirectToPage(new { id });
    }
}
