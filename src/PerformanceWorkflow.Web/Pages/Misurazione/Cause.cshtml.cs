using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages.Misurazione;

/// <summary>
/// An owner's causes of deviation — the page the email links to: each indicator below target with its %, the cause and
/// the corrective actions, drafts kept; sent when every cause is written. What was typed is kept on a refusal.
/// </summary>
public sealed class CauseModel(DeviationCauseService forms, IActorAccessor actors) : PageModel
{
    public CausesView View { get; private set; } = null!;

    [BindProperty(Name = "Causa")]
    public Dictionary<int, string?> Causes { get; set; } = [];

    [BindProperty(Name = "Azioni")]
    public Dictionary<int, string?> Actions { get; set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var view = await forms.LoadAsync(id, await actors.GetAsync(cancellationToken), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Causes = view.Rows.ToDictionary(r => r.IndicatorId, r => r.Cause);
        Actions = view.Rows.ToDictionary(r => r.IndicatorId, r => r.CorrectiveActions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? invia, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        var typed = Causes.Keys.Concat(Actions.Keys).Distinct().ToDictionary(k => k, k => (Causes.GetValueOrDefault(k), Actions.GetValueOrDefault(k)));
        var (found, succeeded, message) = await forms.SaveAsync(id, actor, typed, send: invia is not null, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (succeeded)
        {
            Done = message;
            return RedirectToPage(new { id });
        }

        View = (await forms.LoadAsync(id, actor, cancellationToken))!;
        Error = message;
        return Page();
    }
}
