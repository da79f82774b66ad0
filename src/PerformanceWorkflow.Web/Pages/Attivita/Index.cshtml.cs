using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages.Attivita;

/// <summary>"Le mie attività": the open tasks of the signed-in person and of his roles, overdue first to the eye.</summary>
public sealed class IndexModel(WorkflowQueries queries, IActorAccessor actors) : PageModel
{
    public IReadOnlyList<TaskRow> Open { get; private set; } = [];

    public IReadOnlyList<TaskRow> Closed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tasks = await queries.TasksAsync(await actors.GetAsync(cancellationToken), includeClosed: true, cancellationToken);
        Open = [.. tasks.Where(t => t.Status == Domain.Workflow.UserTaskStatus.Open)];
        Closed = [.. tasks.Where(t => t.Status == Domain.Workflow.UserTaskStatus.Closed)];
    }
}
