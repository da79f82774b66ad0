using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Plan.Show;

namespace PerformanceWorkflow.Web.Pages.Piano;

public sealed class ObiettivoModel(PlanQueries queries) : PageModel
{
    public ObjectiveDetail Objective { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? anno, CancellationToken cancellationToken)
    {
        var objective = await queries.ObjectiveAsync(id, anno, cancellationToken);
        if (objective is null)
        {
            return NotFound();
        }

        Objective = objective;
        return Page();
    }
}
