using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Scoring;

namespace PerformanceWorkflow.Web.Pages.Punteggi;

public sealed class IndexModel(ScoreService scores, PlanQueries plan, PerformanceWorkflow.Application.Security.IActorAccessor actors) : PageModel
{
    public IReadOnlyList<int> Years { get; private set; } = [];

    public int? Year { get; private set; }

    public IReadOnlyList<RoundInfo> Rounds { get; private set; } = [];

    public RoundInfo? Round { get; private set; }

    public ScoreReport? Report { get; private set; }

    public bool Fresh { get; private set; }

    /// <summary>Objectives shown a hundred at a time, optionally of one unit: a city has more than ten thousand.</summary>
    public const int ObjectivesPerPage = 100;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public int? Unita { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    public IReadOnlyList<AssignmentScore> Objectives { get; private set; } = [];

    public int ObjectivesTotal { get; private set; }

    public int ObjectivePages { get; private set; } = 1;

    public async Task OnGetAsync(int? anno, int? round, CancellationToken cancellationToken)
    {
        Years = await plan.YearsAsync(cancellationToken);
        Year = anno is not null && Years.Contains(anno.Value) ? anno : await plan.DefaultYearAsync(cancellationToken);
        if (Year is null)
        {
            return;
        }

        var visible = await scores.VisibleAsync(await actors.GetAsync(cancellationToken), Year.Value, round, cancellationToken);
        (Rounds, Round, Report, Fresh) = (visible.Rounds, visible.Round, visible.Report, visible.Fresh);
        if (Report is null)
        {
            return;
        }
        var objectives = Report.Objectives.Where(o => Unita is null || o.UnitId == Unita).ToList();
        ObjectivesTotal = objectives.Count;
        (Objectives, Pagina, ObjectivePages) = Paging.Slice(objectives, Pagina, ObjectivesPerPage);
    }

    /// <summary>The address of a page of the objectives' table, keeping year, round and unit.</summary>
    public string ObjectivesPage(int page) => $"/punteggi?anno={Year}&round={Round!.Number}&unita={Unita}&pagina={page}#obiettivi";

    public string Why(string dimension, int id) => $"/punteggi/perche?anno={Year}&round={Round!.Number}&dimensione={dimension}&id={id}";
}
