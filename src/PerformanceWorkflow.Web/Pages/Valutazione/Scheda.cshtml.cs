using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Web.Pages.Valutazione;

/// <summary>
/// The evaluation form — the page every evaluation email links to: the objectives, the behaviours with their
/// descriptors, the unit's score with its "Perché", the breakdown computed as the evaluator types, the texts of each
/// party, and the steps the signed-in person may take now. Seen only by the people of the doc; for anyone else it
/// does not exist (404). What was typed is never lost: on any refusal the form comes back with it and the reason.
/// </summary>
public sealed class SchedaModel(AppraisalService forms, IActorAccessor actors) : PageModel
{
    public AppraisalView View { get; private set; } = null!;

    [BindProperty(Name = "Titolo")]
    public List<string?> Titles { get; set; } = [];

    [BindProperty(Name = "Peso")]
    public List<string?> Weights { get; set; } = [];

    [BindProperty(Name = "Raggiunto")]
    public List<string?> Achieved { get; set; } = [];

    [BindProperty(Name = "Giudizio")]
    public Dictionary<string, string?> Ratings { get; set; } = [];

    [BindProperty(Name = "Autovalutazione")]
    public Dictionary<string, string?> SelfRatings { get; set; } = [];

    [BindProperty(Name = "Commento")]
    public string? Comment { get; set; }

    [BindProperty(Name = "NotaAutovalutazione")]
    public string? SelfAssessmentNote { get; set; }

    /// <summary>The comment a step asks for (observations, reasons, decision).</summary>
    [BindProperty(Name = "CommentoPasso")]
    public string? StepComment { get; set; }

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public int InstanceRevision { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>Rows offered for objectives while they are being assigned.</summary>
    public const int ObjectiveRows = 6;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Titles = [.. View.Objectives.Select(o => (string?)o.Title)];
        Weights = [.. View.Objectives.Select(o => (string?)ItalianFormat.Number(o.Weight))];
        Achieved = [.. View.Objectives.Select(o => o.Achieved is { } a ? ItalianFormat.Number(a) : null)];
        Ratings = View.Behaviours.ToDictionary(b => b.Definition.Code, b => b.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SelfRatings = View.Behaviours.ToDictionary(b => b.Definition.Code, b => b.SelfRating?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Comment = View.Form.EvaluatorComment;
        SelfAssessmentNote = View.Form.SelfAssessmentNote;
        Revision = View.Form.Revision;
        InstanceRevision = View.InstanceRevision;
        return Page();
    }

    /// <summary>Saves the draft and, when a step's button was pressed, takes that step.</summary>
    public async Task<IActionResult> OnPostAsync(int id, string? passo, CancellationToken cancellationToken)
    {
        var count = new[] { Titles.Count, Weights.Count, Achieved.Count }.Max();
        var objectives = Enumerable.Range(0, count).Select(i => new TypedObjective(Titles.ElementAtOrDefault(i), Weights.ElementAtOrDefault(i), Achieved.ElementAtOrDefault(i))).ToList();
        var draft = new AppraisalDraft(objectives, Ratings, SelfRatings, Comment, SelfAssessmentNote);
        var step = string.IsNullOrWhiteSpace(passo) ? null : passo;
        var result = await forms.SaveAsync(id, await actors.GetAsync(cancellationToken), draft, Revision, step, StepComment, step is null ? null : InstanceRevision, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Done = result.Message;

            // A conciliation body that has decided no longer sees the form: it goes back to its list.
            return await LoadAsync(id, cancellationToken) ? RedirectToPage(new { id }) : RedirectToPage("Index");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // The page again with what was typed; after a saved draft whose step was refused, the new revisions.
        Errors = result.Errors;
        Error = result.Message;
        if (result.Saved)
        {
            Revision = View.Form.Revision;
            InstanceRevision = View.InstanceRevision;
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
