using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Web.Pages.Pratiche;

/// <summary>
/// A workflow instance — the page every task email links to: what it is about (a director's objectives, the
/// round's schede…), its state, the actions the signed-in person may take now, its journal. An instance one may not
/// see answers 404, like one that does not exist.
/// </summary>
public sealed class DettaglioModel(WorkflowQueries queries, WorkflowEngine engine, IActorAccessor actors) : PageModel
{
    public InstanceView View { get; private set; } = null!;

    [BindProperty(Name = "Commento")]
    public string? Comment { get; set; }

    [BindProperty(Name = "NumeroDelibera")]
    public string? DeliberationNumber { get; set; }

    [BindProperty(Name = "DataDelibera")]
    public DateOnly? DeliberationDate { get; set; }

    /// <summary>The trigger whose form failed: its inputs keep what was typed.</summary>
    public string? FailedTrigger { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await queries.IsAppraisalFormAsync(id, cancellationToken))
        {
            return LocalRedirect($"~/valutazione/scheda/{id}");
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, string trigger, int revision, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Deliberation? deliberation = null;
        if (!string.IsNullOrWhiteSpace(DeliberationNumber) || DeliberationDate is not null)
        {
            if (string.IsNullOrWhiteSpace(DeliberationNumber) || DeliberationDate is null)
            {
                return Failed(trigger, "Indicare numero e data della delibera di Giunta.");
            }

            deliberation = new Deliberation(DeliberationNumber.Trim(), DeliberationDate.Value);
        }

        var result = await engine.FireAsync(id, trigger, actor, new FireInput(Comment, deliberation, revision), cancellationToken);
        if (!result.Succeeded)
        {
            await LoadAsync(id, cancellationToken);
            return Failed(trigger, result.Message);
        }

        Done = result.Message;
        return RedirectToPage(new { id });
    }

    private PageResult Failed(string trigger, string message)
    {
        FailedTrigger = trigger;
        Error = message;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        var view = await queries.InstanceAsync(id, actor, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
