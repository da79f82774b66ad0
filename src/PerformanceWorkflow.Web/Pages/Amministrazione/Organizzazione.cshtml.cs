using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>Who leads which department and unit, and the delegations of data entry.</summary>
public sealed class OrganizzazioneModel(UserService administration, IActorAccessor actors) : PageModel
{
    public LeadershipView Leadership { get; private set; } = null!;

    /// <summary>The user names of the directors and heads in place, shown in their fields.</summary>
    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Leadership = await administration.LeadershipAsync(cancellationToken);
        UserNames = await administration.UserNamesAsync(
            Leadership.Departments.Select(d => d.DirectorId).Concat(Leadership.Units.Select(u => u.HeadId)).OfType<string>(), cancellationToken);
    }

    /// <summary>The user name in a field for the person with this id, or empty.</summary>
    public string UserNameOf(string? id) => id is not null && UserNames.TryGetValue(id, out var name) ? name : string.Empty;

    // People are chosen by user name, with suggestions as one types (/api/users): a list of every candidate in every
    // row was 1.4 MB with 5,000 people and would be tens of megabytes for a city.
    public Task<IActionResult> OnPostDirigenteAsync(int departmentId, string? userName, CancellationToken cancellationToken) =>
        DoAsync(() => administration.AssignDirectorAsync(departmentId, userName, cancellationToken), "Dirigente assegnato.", cancellationToken);

    public Task<IActionResult> OnPostResponsabileAsync(int unitId, string? userName, CancellationToken cancellationToken) =>
        DoAsync(() => administration.AssignUnitHeadAsync(unitId, userName, cancellationToken), "Responsabile assegnato.", cancellationToken);

    public async Task<IActionResult> OnPostDelegaAsync(int unitId, string? delegateUserName, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await DoAsync(async () => await administration.DelegateAsync(await actors.GetAsync(cancellationToken), unitId, delegateUserName, from, to, cancellationToken), "Delega registrata.", cancellationToken);

    public async Task<IActionResult> OnPostRevocaAsync(int delegationId, CancellationToken cancellationToken) =>
        await DoAsync(async () => await administration.RevokeDelegationAsync(await actors.GetAsync(cancellationToken), delegationId, cancellationToken), "Delega revocata.", cancellationToken);

    private async Task<IActionResult> DoAsync(Func<Task<OperationResult>> action, string done, CancellationToken cancellationToken)
    {
        var result = await action();
        if (!result.Ok)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            await OnGetAsync(cancellationToken);
            return Page();
        }

        Message = done;
        return RedirectToPage();
    }

    public static string Role(string role) => Roles.Label(role);
}
