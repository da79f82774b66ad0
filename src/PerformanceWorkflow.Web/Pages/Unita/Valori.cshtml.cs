using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Web.Pages.Unita;

/// <summary>
/// The values of a unit's indicators for a round: its owners and delegates enter them, the segretario, the Nucleo
/// and administrators read them. A unit one may not see answers 404, the same as a unit that does not exist.
/// </summary>
public sealed class ValoriModel(UnitValues values, PlanQueries plan, IActorAccessor actors) : PageModel
{
    public UnitValuesView View { get; private set; } = null!;

    /// <summary>What was typed, by indicator id, kept when something is wrong.</summary>
    [BindProperty]
    public Dictionary<int, string> Value { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string> Note { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string> Numerator { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string> Denominator { get; set; } = [];

    public Dictionary<int, string> Errors { get; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? anno, int? round, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, anno, round, cancellationToken))
        {
            return NotFound();
        }

        foreach (var i in View.Indicators)
        {
            Value[i.IndicatorId] = i.Value is { } v ? (i.Kind == IndicatorKind.Activity ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : ItalianFormat.Number(v)) : string.Empty;
            Note[i.IndicatorId] = i.Note ?? string.Empty;
            Numerator[i.IndicatorId] = i.Numerator is { } n ? ItalianFormat.Number(n) : string.Empty;
            Denominator[i.IndicatorId] = i.Denominator is { } d ? ItalianFormat.Number(d) : string.Empty;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int anno, int round, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, anno, round, cancellationToken) || !View.CanEdit)
        {
            return NotFound();
        }

        var entries = new List<ValueEntry>();
        foreach (var i in View.Indicators)
        {
            // An empty input binds as null.
            var text = (Value.GetValueOrDefault(i.IndicatorId) ?? string.Empty).Trim();
            var numerator = (Numerator.GetValueOrDefault(i.IndicatorId) ?? string.Empty).Trim();
            var denominator = (Denominator.GetValueOrDefault(i.IndicatorId) ?? string.Empty).Trim();
            decimal? value = null, n = null, d = null;
            if (i.IsRatio && (numerator.Length > 0 || denominator.Length > 0))
            {
                if (TargetParser.TryParseNumber(numerator, out var nv) && TargetParser.TryParseNumber(denominator, out var dv))
                {
                    (n, d) = (nv, dv);
                }
                else
                {
                    Errors[i.IndicatorId] = "Numeratore e denominatore devono essere numeri.";
                    continue;
                }
            }
            else if (text.Length > 0)
            {
                if (TargetParser.TryParseNumber(text.TrimEnd('%').Trim(), out var parsed))
                {
                    value = parsed;
                }
                else
                {
                    Errors[i.IndicatorId] = $"«{text}» non è un numero (decimali con la virgola).";
                    continue;
                }
            }

            entries.Add(new ValueEntry(i.IndicatorId, value, Note.GetValueOrDefault(i.IndicatorId), n, d));
        }

        if (Errors.Count == 0)
        {
            var actor = await actors.GetAsync(cancellationToken);
            var result = await values.EnterAsync(actor, id, anno, round, entries, "modulo", cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }

            foreach (var (indicator, error) in result.Errors)
            {
                Errors[indicator] = error;
            }

            if (result.Ok)
            {
                Saved = result.Changed == 0 ? "Nessun valore modificato." : $"Salvati {result.Changed} valori.";
                return RedirectToPage(new { id, anno, round });
            }
        }

        ModelState.AddModelError(string.Empty, "Alcuni valori non sono validi: nulla è stato salvato. Correggere le righe indicate.");
        return Page();
    }

    private async Task<bool> LoadAsync(int id, int? anno, int? round, CancellationToken cancellationToken)
    {
        var year = anno ?? await plan.DefaultYearAsync(cancellationToken);
        var view = year is null ? null : await values.GetAsync(await actors.GetAsync(cancellationToken), id, year.Value, round, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }

    public static readonly IReadOnlyList<(int Value, string Label)> ActivityScale =
    [
        (0, "0 — non realizzato"), (1, "1 — realizzato al 20 %"), (2, "2 — realizzato al 40 %"), (3, "3 — realizzato al 60 %"), (4, "4 — realizzato all'80 %"), (5, "5 — realizzato al 100 %"),
    ];
}
