using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Features.Plan.Show;

namespace PerformanceWorkflow.Web.Pages.Piano;

/// <summary>
/// The plan by department and unit: all on one page for a Comune; one department at a time, with the list of
/// departments, when the year has more objectives than <see cref="PlanPageOptions.WholePageLimit"/> (a city's plan
/// would be megabytes of one page).
/// </summary>
public sealed class IndexModel(PlanQueries queries, IOptions<PlanPageOptions> options) : PageModel
{
    public PlanView? Plan { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>Every department of the year with its numbers, for the list above the plan.</summary>
    public IReadOnlyList<DepartmentSummary> Departments { get; private set; } = [];

    /// <summary>The department shown, when one is shown alone.</summary>
    [BindProperty(Name = "Settore", SupportsGet = true)]
    public int? Department { get; set; }

    public async Task<IActionResult> OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        Years = await queries.YearsAsync(cancellationToken);
        var summary = await queries.SummaryAsync(anno, cancellationToken);
        if (summary is null)
        {
            return Page();
        }

        Departments = summary.Departments;
        if (Department is { } asked && Departments.All(d => d.Id != asked))
        {
            return NotFound();
        }

        if (Department is null && !options.Value.ShowsWhole(summary.Objectives + summary.Announced))
        {
            Department = Departments.Count > 0 ? Departments[0].Id : null;
        }

        Plan = await queries.GetAsync(summary.Year, Department, cancellationToken);
        return Page();
    }
}
