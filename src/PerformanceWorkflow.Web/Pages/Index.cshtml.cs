using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages;

public sealed class IndexModel(PlanQueries queries, UnitValuesService values, IActorAccessor actors) : PageModel
{
    public PlanSummary? Plan { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public LastImport? LastImport { get; private set; }

    /// <summary>The units whose values the signed-in person enters.</summary>
    public IReadOnlyList<(int Id, string Name, string Department)> MyUnits { get; private set; } = [];

    public bool ShowImports { get; private set; }

    public async Task OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        Years = await queries.YearsAsync(cancellationToken);
        Plan = await queries.SummaryAsync(anno, cancellationToken);
        var actor = await actors.GetAsync(cancellationToken);
        MyUnits = await values.OwnedUnitsAsync(actor, cancellationToken);
        ShowImports = AccessRules.CanAdminister(actor);
        LastImport = ShowImports ? await queries.LastImportAsync(cancellationToken) : null;
    }
}
