using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Plan.Show;

namespace PerformanceWorkflow.Web.Pages.Monitoraggio;

/// <summary>The segretario's dashboard: each round of the year — who sent, who is late — and the organization's trend.</summary>
public sealed class IndexModel(MonitoringQueries monitoring, PlanQueries plan) : PageModel
{
    public MonitoringDashboard? Dashboard { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        Years = await plan.YearsAsync(cancellationToken);
        var year = anno ?? await plan.DefaultYearAsync(cancellationToken);
        Dashboard = year is { } y ? await monitoring.DashboardAsync(y, cancellationToken) : null;
    }
}
