using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Web.Pages.Punteggi;

/// <summary>"Perché 67,1 %?": the indicators, values, targets, rule and weights behind a number.</summary>
public sealed class PercheModel(ScoreService scores) : PageModel
{
    public ExplanationView Explanation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int anno, int round, string dimensione, int id, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<Dimension>(dimensione, ignoreCase: true, out var dimension))
        {
            return NotFound();
        }

        var chosen = await scores.RoundAsync(anno, round, cancellationToken);
        var explanation = chosen is null ? null : await scores.ExplainAsync(anno, chosen.Id, dimension, id, cancellationToken);
        if (explanation is null)
        {
            return NotFound();
        }

        Explanation = explanation;
        return Page();
    }
}
