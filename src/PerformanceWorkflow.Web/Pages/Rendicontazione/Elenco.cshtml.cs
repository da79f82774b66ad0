using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Reporting;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages.Rendicontazione;

/// <summary>
/// The Relazioni of every year, where the header's «Relazione sulla performance» leads: the controllo di gestione, the
/// segretario and the Nucleo see every year with the state of its rendicontazione; the rest of the staff the published
/// ones, and a plain sentence when none is.
/// </summary>
public sealed class ElencoModel(PlanQueries plan, WorkflowQueries workflows, IActorAccessor actors) : PageModel
{
    public sealed record YearRow(int Year, string? State, bool Published, bool Readable);

    public IReadOnlyList<YearRow> Rows { get; private set; } = [];

    public bool FullAccess { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        FullAccess = RelazioneService.CanRead(actor);
        var instances = (await workflows.InstancesAsync(WorkflowNames.Machines.Reporting, null, null, cancellationToken))
            .Where(i => i.ParentId is null).GroupBy(i => i.Year).ToDictionary(g => g.Key, g => g.First());
        // Years after the last one with assigned objectives only announce them: no Relazione can be written of them.
        var last = await plan.DefaultYearAsync(cancellationToken) ?? 0;
        Rows = [.. (await plan.YearsAsync(cancellationToken)).Where(y => y <= last).OrderByDescending(y => y).Select(year =>
        {
            var instance = instances.GetValueOrDefault(year);
            var published = instance is { Final: true };
            return new YearRow(year, instance?.StateLabel, published, FullAccess || published);
        }).Where(r => r.Readable)];
    }
}
