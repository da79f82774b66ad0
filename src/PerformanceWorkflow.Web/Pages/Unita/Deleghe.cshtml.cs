using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages.Unita;

/// <summary>The owner of a unit delegates its data entry to a colleague for a period.</summary>
public sealed class DelegheModel(UserService administration, IActorAccessor actors) : PageModel
{
    public int UnitId { get; private set; }

    public string Unit { get; private set; } = string.Empty;

    public IReadOnlyList<DelegationView> Delegations { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        if (!AccessRules.CanEnterValues(actor, id))
        {
            return NotFound();
        }

        var leadership = await administration.LeadershipAsync(cancellationToken);
        var unit = leadership.Units.FirstOrDefault(u => u.Id == id);
        if (unit == default)
        {
            return NotFound();
        }

        UnitId = id;
        Unit = unit.Name;
        Delegations = leadership.Delegations.Where(d => d.UnitId == id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? delegateUserName, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // The colleague is named by user name, with suggestions as one types: a city has too many people for a list.
        var result = await administration.DelegateAsync(await actors.GetAsync(cancellationToken), id, delegateUserName, from, to, cancellationToken);
        return await AfterAsync(id, result, "Delega registrata.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRevocaAsync(int id, int delegationId, CancellationToken cancellationToken)
    {
        var result = await administration.RevokeDelegationAsync(await actors.GetAsync(cancellationToken), delegationId, cancellationToken);
        return await AfterAsync(id, result, "Delega revocata.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, OperationResult result, string done, CancellationToken cancellationToken)
    {
        if (result.Ok)
        {
            Message = done;
            return RedirectToPage(new { id });
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        return await OnGetAsync(id, cancellationToken);
    }
}
