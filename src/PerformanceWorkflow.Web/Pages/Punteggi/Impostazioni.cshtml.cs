using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Web.Pages.Punteggi;

/// <summary>The choices the PIAO leaves open and the weights of the strategic control, per year.</summary>
public sealed class ImpostazioniModel(ScoringSettingsHandler settings, PlanQueries plan) : PageModel
{
    public ScoringSettingsView? View { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    [BindProperty]
    public bool CapAt100 { get; set; }

    [BindProperty]
    public LowerIsBetterRule LowerIsBetter { get; set; }

    [BindProperty]
    public string Tolerance { get; set; } = "0";

    /// <summary>Weights as typed (decimal comma), by element id, so that nothing typed is lost on an error.</summary>
    [BindProperty]
    public Dictionary<int, string> ObjectiveWeights { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string> StrategicWeights { get; set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(anno, cancellationToken))
        {
            return NotFound();
        }

        CapAt100 = View!.Settings.CapAt100;
        LowerIsBetter = View.Settings.LowerIsBetter;
        Tolerance = ItalianFormat.Number(View.Settings.Tolerance);
        ObjectiveWeights = View.Objectives.ToDictionary(w => w.ElementId, w => ItalianFormat.Number(w.Weight));
        StrategicWeights = View.StrategicObjectives.ToDictionary(w => w.ElementId, w => ItalianFormat.Number(w.Weight));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int anno, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(anno, cancellationToken))
        {
            return NotFound();
        }

        var weights = new List<(WeightedElement, int, decimal)>();
        decimal tolerance = 0;
        if (!TargetParser.TryParseNumber(Tolerance, out tolerance))
        {
            ModelState.AddModelError(nameof(Tolerance), $"Tolleranza «{Tolerance}» non è un numero.");
        }

        Collect(ObjectiveWeights, WeightedElement.Objective, View!.Objectives, weights);
        Collect(StrategicWeights, WeightedElement.StrategicObjective, View.StrategicObjectives, weights);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var problems = await settings.SaveAsync(anno, new ScoringSettings(CapAt100, LowerIsBetter, tolerance), weights, cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(string.Empty, problem);
            }

            return Page();
        }

        Saved = "Impostazioni salvate: i punteggi vengono ricalcolati.";
        return RedirectToPage(new { anno });
    }

    private void Collect(Dictionary<int, string> typed, WeightedElement element, IReadOnlyList<WeightRow> known, List<(WeightedElement, int, decimal)> weights)
    {
        foreach (var row in known)
        {
            var text = typed.GetValueOrDefault(row.ElementId) ?? string.Empty;
            if (TargetParser.TryParseNumber(text, out var weight) && weight is >= 0 and <= 100)
            {
                weights.Add((element, row.ElementId, weight));
            }
            else
            {
                ModelState.AddModelError(string.Empty, string.Create(CultureInfo.GetCultureInfo("it-IT"), $"Peso «{text}» di «{row.Code ?? row.Title}» non valido: un numero da 0 a 100."));
            }
        }
    }

    private async Task<bool> LoadAsync(int? anno, CancellationToken cancellationToken)
    {
        Years = await plan.YearsAsync(cancellationToken);
        var year = anno ?? await plan.DefaultYearAsync(cancellationToken);
        View = year is null ? null : await settings.GetAsync(year.Value, cancellationToken);
        return View is not null;
    }
}
