using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Web.Pages.Monitoraggio;

/// <summary>
/// The scheda of a round — the page the owner's email links to: his indicators by objective, saved as a draft and
/// sent; read by the segretario, who validates it or sends it back. What was typed is never lost: on any refusal the
/// form comes back with it and the reason.
/// </summary>
public sealed class SchedaModel(SubmissionService forms, WorkflowEngine engine, IActorAccessor actors) : PageModel
{
    public SubmissionView View { get; private set; } = null!;

    [BindProperty]
    public Dictionary<int, string?> Value { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string?> Numerator { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string?> Denominator { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string?> Note { get; set; } = [];

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty(Name = "Indicatore")]
    public int? RevisedIndicator { get; set; }

    [BindProperty(Name = "NuovoTarget")]
    public string? NewTarget { get; set; }

    [BindProperty(Name = "Motivo")]
    public string? Reason { get; set; }

    [BindProperty(Name = "Commento")]
    public string? Comment { get; set; }

    public IReadOnlyDictionary<int, string> Errors { get; private set; } = new Dictionary<int, string>();

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        foreach (var row in View.Rows)
        {
            var i = row.Indicator.IndicatorId;
            Value[i] = row.Value is { } v ? (row.Indicator.Kind == IndicatorKind.Activity ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : ItalianFormat.Number(v)) : null;
            Numerator[i] = row.Numerator is { } n ? ItalianFormat.Number(n) : null;
            Denominator[i] = row.Denominator is { } d ? ItalianFormat.Number(d) : null;
            Note[i] = row.Note;
        }

        Revision = View.Revision;
        return Page();
    }

    public Task<IActionResult> OnPostSalvaAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostInviaAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    public async Task<IActionResult> OnPostRevisioneAsync(int id, CancellationToken cancellationToken)
    {
        var result = await forms.RequestRevisionAsync(id, await actors.GetAsync(cancellationToken), RevisedIndicator ?? 0, NewTarget, Reason, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Saved)
        {
            Done = result.Message;
            return RedirectToPage(new { id });
        }

        return await ReshowAsync(id, result, cancellationToken);
    }

    public async Task<IActionResult> OnPostPassoAsync(int id, string trigger, int revision, CancellationToken cancellationToken)
    {
        var result = await engine.FireAsync(id, trigger, await actors.GetAsync(cancellationToken), new FireInput(Comment, null, revision), cancellationToken);
        if (result.Outcome == WorkflowOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Done = result.Message;
            return RedirectToPage(new { id });
        }

        return await ReshowAsync(id, new SubmissionResult(true, false, false, new Dictionary<int, string>(), result.Message), cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken cancellationToken)
    {
        var typed = new Dictionary<int, TypedValue>();
        foreach (var key in Value.Keys.Concat(Numerator.Keys).Concat(Denominator.Keys).Concat(Note.Keys).Distinct())
        {
            typed[key] = new TypedValue(Value.GetValueOrDefault(key), Numerator.GetValueOrDefault(key), Denominator.GetValueOrDefault(key), Note.GetValueOrDefault(key));
        }

        var result = await forms.SaveAsync(id, await actors.GetAsync(cancellationToken), typed, Revision, submit, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Errors.Count == 0)
        {
            Done = result.Message;
            return RedirectToPage(new { id });
        }

        return await ReshowAsync(id, result, cancellationToken);
    }

    /// <summary>The page again with what was typed, the reasons, and the current revision when the draft was saved.</summary>
    private async Task<IActionResult> ReshowAsync(int id, SubmissionResult result, CancellationToken cancellationToken)
    {
        if (result.View is { } unchanged)
        {
            View = unchanged;
        }
        else if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Errors = result.Errors;
        Error = result.Message;
        if (result.Saved)
        {
            Revision = View.Revision;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var view = await forms.LoadAsync(id, await actors.GetAsync(cancellationToken), cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
