using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Rewards;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Rewards;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Web.Pages.Personale;

/// <summary>The sistema premiante of a year (the CCDI's choices): pools, eligibility and coefficients, areas, art. 81.</summary>
public sealed class ImpostazioniModel(BonusService bonuses, PlanQueries plan) : PageModel
{
    public sealed class Row
    {
        public string? Name { get; set; }

        public string? A { get; set; }

        public string? B { get; set; }
    }

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public SettingsOrigin Origin { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    [BindProperty]
    public Dictionary<RoleGroup, string?> Fondo { get; set; } = [];

    [BindProperty]
    public string? FondoPosizioneEq { get; set; }

    [BindProperty]
    public string? Soglia { get; set; }

    [BindProperty]
    public CoefficientRule Regola { get; set; }

    [BindProperty]
    public string? Maggiorazione { get; set; }

    [BindProperty]
    public string? QuotaMaggiorazione { get; set; }

    [BindProperty]
    public List<Row> Fasce { get; set; } = [];

    [BindProperty]
    public List<Row> Aree { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        var settings = await LoadAsync(anno, cancellationToken);
        Fondo = settings.Pools.ToDictionary(p => p.Group, p => (string?)ItalianFormat.Number(p.Budget));
        FondoPosizioneEq = ItalianFormat.Number(settings.EqPositionBudget);
        Soglia = ItalianFormat.Number(settings.Threshold);
        Regola = settings.Rule;
        Maggiorazione = ItalianFormat.Number(settings.MaggiorazionePercent);
        QuotaMaggiorazione = ItalianFormat.Number(settings.MaggiorazioneShare);
        Fasce = [.. settings.Bands.Select(b => new Row { Name = b.Name, A = ItalianFormat.Number(b.From), B = ItalianFormat.Number(b.Coefficient) }), new Row()];
        Aree = [.. settings.Areas.Select(a => new Row { Name = a.Area, A = ItalianFormat.Number(a.Parameter) }), new Row(), new Row()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int anno, CancellationToken cancellationToken)
    {
        var current = await LoadAsync(anno, cancellationToken);
        var typed = new TypedNumbers();
        var problems = typed.Problems;
        decimal Number(string? text, string label) => typed.Read(text, label);

        var settings = current with
        {
            Pools = [.. RoleGroups.All.Select(g => new RewardPool(g, Number(Fondo.GetValueOrDefault(g), $"Fondo {RoleGroups.Label(g)}")))],
            EqPositionBudget = Number(FondoPosizioneEq, "Fondo di posizione EQ"),
            Threshold = Number(Soglia, "Soglia"),
            Rule = Regola,
            MaggiorazionePercent = Number(Maggiorazione, "Maggiorazione"),
            MaggiorazioneShare = Number(QuotaMaggiorazione, "Quota con maggiorazione"),
            Bands = [.. Fasce.Where(f => !string.IsNullOrWhiteSpace(f.Name)).Select(f => new ScoreBand(f.Name!.Trim(), Number(f.A, $"Fascia {f.Name}"), Number(f.B, $"Coefficiente della fascia {f.Name}")))],
            Areas = [.. Aree.Where(a => !string.IsNullOrWhiteSpace(a.Name)).Select(a => new AreaParameter(a.Name!.Trim(), Number(a.A, $"Parametro di {a.Name}")))],
        };
        if (problems.Count == 0)
        {
            problems.AddRange(await bonuses.SaveSettingsAsync(settings, User.Identity?.Name ?? "web", cancellationToken));
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        Done = $"Impostazioni dei premi {anno} salvate.";
        return RedirectToPage(new { anno });
    }

    private async Task<RewardSettings> LoadAsync(int? anno, CancellationToken cancellationToken)
    {
        Years = [.. (await plan.YearsAsync(cancellationToken)).OrderDescending()];
        Year = anno ?? (Years.Count > 0 ? Years[^1] : 2024);
        var (settings, origin) = await bonuses.SettingsAsync(Year, cancellationToken);
        Origin = origin;
        return settings;
    }
}
