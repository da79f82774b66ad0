using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Features.Plan.Show;

namespace PerformanceWorkflow.Web.Pages.Piano;

/// <summary>
/// The plan by mandate line and strategic objective: all on one page for a Comune, one line at a time (with the list
/// of lines) above <see cref="PlanPageOptions.WholePageLimit"/> objectives, like the plan by department.
/// </summary>
public sealed class LineeModel(PlanQueries queries, IOptions<PlanPageOptions> options) : PageModel
{
    public int Year { get; private set; }

    /// <summary>The objectives of the year that the triennial table places under no line.</summary>
    public IReadOnlyList<ObjectiveSummaryView> Unlinked { get; private set; } = [];

    /// <summary>The lines shown: all, or the one asked for.</summary>
    public IReadOnlyList<MandateLineView>? Lines { get; private set; }

    /// <summary>Every line of the year, for the list above a single line.</summary>
    public IReadOnlyList<MandateLineView> AllLines { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    [BindProperty(Name = "Linea", SupportsGet = true)]
    public int? MandateLine { get; set; }

    public async Task<IActionResult> OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        Years = await queries.YearsAsync(cancellationToken);
        var year = anno ?? await queries.DefaultYearAsync(cancellationToken);
        var plan = year is { } y ? await queries.StrategicTreeAsync(y, cancellationToken) : null;
        if (plan is null)
        {
            return Page();
        }

        Year = plan.Year;
        Unlinked = plan.UnlinkedObjectives;
        var tree = plan.MandateLines;
        AllLines = tree;
        if (MandateLine is { } asked && tree.All(l => l.Id != asked))
        {
            return NotFound();
        }

        if (MandateLine is null && !options.Value.ShowsWhole(tree.Sum(l => l.Objectives)))
        {
            MandateLine = tree.Count > 0 ? tree[0].Id : null;
        }

        Lines = MandateLine is { } line ? [.. tree.Where(l => l.Id == line)] : tree;
        return Page();
    }
}
