using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>The phases of the cycle: start one for a year (or a round), and every instance with its state.</summary>
public sealed class FlussiModel(WorkflowQueries queries, WorkflowEngine engine, WorkflowCatalog catalog, PlanQueries plan, ScoreService scores, IActorAccessor actors) : PageModel
{
    [BindProperty(Name = "Anno", SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(Name = "Fase", SupportsGet = true)]
    public string? Phase { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<RoundInfo> Rounds { get; private set; } = [];

    public IReadOnlyList<InstanceRow> Instances { get; private set; } = [];

    public IReadOnlyList<(string Phase, string Label, bool ByRound)> Phases { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await plan.YearsAsync(cancellationToken);
        Year ??= Years.Count > 0 ? Years[0] : null;
        Rounds = Year is { } year ? await scores.RoundsAsync(year, cancellationToken) : [];
        Phases = [.. catalog.Definitions.Select(d => (d.Phase, d.Label, d.Machines[0].Subject == "round"))];
        Instances = await queries.InstancesAsync(string.IsNullOrEmpty(Phase) ? null : Phase, Year, null, cancellationToken);
    }

    public async Task<IActionResult> OnPostAvviaAsync(string phase, int year, int? round, CancellationToken cancellationToken)
    {
        var result = await engine.StartAsync(phase, year, round, await actors.GetAsync(cancellationToken), cancellationToken);
        if (result.Succeeded || (result.Outcome == WorkflowOutcome.Conflict && result.InstanceId is not null))
        {
            return LocalRedirect($"~/pratiche/{result.InstanceId}");
        }

        Error = result.Message;
        Year = year;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
