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

        var chosen = await scores.RoundAsync(anno, round, cancellationToken);
        var explanation = chosen is null ? null : await scores.ExplainAsync(anno, chosen.Id, dimension, id, cancellationToken);
        if (explanation is null)
        {
            return NotFound();
        }

        // A unit's number is unit detail; the organization's can be explained to all, listing only what one may see.
        var actor = await actors.GetAsync(cancellationToken);
        if (explanation.UnitId is { } unit && !PerformanceWorkflow.Application.Security.AccessRules.CanReadUnit(actor, unit))
        {
            return NotFound();
        }

        var visible = explanation.Rows.Where(r => PerformanceWorkflow.Application.Security.AccessRules.CanReadUnit(actor, r.UnitId)).ToList();
        Explanation = explanation with { Rows = visible, Hidden = explanation.Rows.Count - visible.Count };
        return Page();
    }
}
