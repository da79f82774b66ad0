using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Plan.Show;

namespace PerformanceWorkflow.Web.Pages.Piano;

public sealed class IndexModel(PlanQueries queries) : PageModel
{
    public PlanView? Plan { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        Years = await queries.YearsAsync(cancellationToken);
        Plan = await queries.GetAsync(anno, cancellationToken);
    }
}
