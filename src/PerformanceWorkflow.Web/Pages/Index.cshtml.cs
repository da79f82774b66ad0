using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Home;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages;

/// <summary>
/// The home page answers «what do I have to do, and by when»: the person's tasks, the rounds open now, and what his
/// roles look at first (<see cref="HomeView"/>); the plan's counts and the last import for the controllo di gestione.
/// </summary>
public sealed class IndexModel(HomeQueries home, PlanQueries queries, UnitValuesService values, IActorAccessor actors) : PageModel
{
    public HomeView Home { get; private set; } = null!;

    public Actor Actor { get; private set; } = null!;

    public PlanSummary? Plan { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public LastImport? LastImport { get; private set; }

    /// <summary>The units whose values the signed-in person enters.</summary>
    public IReadOnlyList<(int Id, string Name, string Department)> MyUnits { get; private set; } = [];

    public bool Administrator { get; private set; }

    public async Task OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        Actor = await actors.GetAsync(cancellationToken);
        Home = await home.GetAsync(Actor, cancellationToken);
        MyUnits = await values.OwnedUnitsAsync(Actor, cancellationToken);
        Administrator = AccessRules.CanAdminister(Actor);
        if (Administrator)
        {
            Years = await queries.YearsAsync(cancellationToken);
            Plan = await queries.SummaryAsync(anno, cancellationToken);
            LastImport = await queries.LastImportAsync(cancellationToken);
        }
    }
}
