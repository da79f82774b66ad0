using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Workflows;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>Each definition drawn as a Mermaid state diagram (by Stateless), with the Italian labels beside it.</summary>
public sealed class DiagrammiModel(WorkflowQueries queries) : PageModel
{
    public IReadOnlyList<MachineDiagram> Diagrams { get; private set; } = [];

    public void OnGet() => Diagrams = queries.Diagrams();
}
