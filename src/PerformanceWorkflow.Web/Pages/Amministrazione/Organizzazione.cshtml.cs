using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>Who leads which department and unit, and the delegations of data entry.</summary>
public sealed class OrganizzazioneModel(UserAdministration administration, IActorAccessor actors) : PageModel
{
    public LeadershipView Leadership { get; private set; } = null!;

    public IReadOnlyList<UserView> Users { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Leadership = await administration.LeadershipAsync(cancellationToken);
        Users = await administration.ListAsync(cancellationToken);
    }

    public IEnumerable<UserView> WithRole(params string[] roles) => Users.Where(u => u.Roles.Any(roles.Contains));

    public Task<IActionResult> OnPostDirigenteAsync(int departmentId, string? userId, CancellationToken cancellationToken) =>
        DoAsync(() => administration.AssignDirectorAsync(departmentId, string.IsNullOrEmpty(userId) ? null : userId, cancellationToken), "Dirigente assegnato.", cancellationToken);

    public Task<IActionResult> OnPostResponsabileAsync(int unitId, string? userId, CancellationToken cancellationToken) =>
        DoAsync(() => administration.AssignUnitHeadAsync(unitId, string.IsNullOrEmpty(userId) ? null : userId, cancellationToken), "Responsabile assegnato.", cancellationToken);

    public async Task<IActionResult> OnPostDelegaAsync(int unitId, string delegateId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await DoAsync(async () => await administration.DelegateAsync(await actors.GetAsync(cancellationToken), unitId, delegateId, from, to, cancellationToken), "Delega registrata.", cancellationToken);

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
