using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Web.Pages.Punteggi;

/// <summary>"Perché 67,1 %?": the indicators, values, targets, rule and weights behind a number.</summary>
public sealed class PercheModel(ScoreService scores, PerformanceWorkflow.Application.Security.IActorAccessor actors) : PageModel
{
    public ExplanationView Explanation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int anno, int round, string dimensione, int id, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<Dimension>(dimensione, ignoreCase: true, out var dimension))
        {
            return NotFound();
        }

        if (await scores.ExplainAsync(await actors.GetAsync(cancellationToken), anno, round, dimension, id, cancellationToken) is not { } explanation)
        {
            return NotFound();
        }

        Explanation = explanation;
        return Page();
    }
}
