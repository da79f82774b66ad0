using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Plan.Show;

namespace PerformanceWorkflow.Web.Pages.Piano;

public sealed class CercaModel(PlanQueries queries) : PageModel
{
    public string Query { get; private set; } = string.Empty;

    public int? Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(string? q, int? anno, CancellationToken cancellationToken)
    {
        Years = await queries.YearsAsync(cancellationToken);
        Year = anno is not null && Years.Contains(anno.Value) ? anno : await queries.DefaultYearAsync(cancellationToken);
        Query = (q ?? string.Empty).Trim();
        if (Query.Length > 0 && Year is not null)
        {
            Hits = await queries.SearchAsync(Year.Value, Query, cancellationToken);
        }
    }
}
