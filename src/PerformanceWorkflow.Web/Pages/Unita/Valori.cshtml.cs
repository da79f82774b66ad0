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
public sealed class ValoriModel(UnitValuesService values, PlanQueries plan, IActorAccessor actors) : PageModel
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
            var (entry, error) = ValueInput.Read(i.IndicatorId, i.IsRatio, new TypedValue(Value.GetValueOrDefault(i.IndicatorId), Numerator.GetValueOrDefault(i.IndicatorId), Denominator.GetValueOrDefault(i.IndicatorId), Note.GetValueOrDefault(i.IndicatorId)));
            if (error is not null)
            {
                Errors[i.IndicatorId] = error;
                continue;
            }

            entries.Add(entry!);
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

}
