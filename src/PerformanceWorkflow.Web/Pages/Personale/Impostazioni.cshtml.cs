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

    [BindProperty(Name = "Fondo")]
    public Dictionary<RoleGroup, string?> Pools { get; set; } = [];

    [BindProperty(Name = "FondoPosizioneEq")]
    public string? EqPositionBudget { get; set; }

    [BindProperty(Name = "Soglia")]
    public string? Threshold { get; set; }

    [BindProperty(Name = "Regola")]
    public CoefficientRule Rule { get; set; }

    [BindProperty(Name = "Maggiorazione")]
    public string? MaggiorazionePercent { get; set; }

    [BindProperty(Name = "QuotaMaggiorazione")]
    public string? MaggiorazioneShare { get; set; }

    [BindProperty(Name = "Fasce")]
    public List<Row> Bands { get; set; } = [];

    [BindProperty(Name = "Aree")]
    public List<Row> Areas { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        var settings = await LoadAsync(anno, cancellationToken);
        Pools = settings.Pools.ToDictionary(p => p.Group, p => (string?)ItalianFormat.Number(p.Budget));
        EqPositionBudget = ItalianFormat.Number(settings.EqPositionBudget);
        Threshold = ItalianFormat.Number(settings.Threshold);
        Rule = settings.Rule;
        MaggiorazionePercent = ItalianFormat.Number(settings.MaggiorazionePercent);
        MaggiorazioneShare = ItalianFormat.Number(settings.MaggiorazioneShare);
        Bands = [.. settings.Bands.Select(b => new Row { Name = b.Name, A = ItalianFormat.Number(b.From), B = ItalianFormat.Number(b.Coefficient) }), new Row()];
        Areas = [.. settings.Areas.Select(a => new Row { Name = a.Area, A = ItalianFormat.Number(a.Parameter) }), new Row(), new Row()];
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
            Pools = [.. RoleGroups.All.Select(g => new RewardPool(g, Number(Pools.GetValueOrDefault(g), $"Fondo {RoleGroups.Label(g)}")))],
            EqPositionBudget = Number(EqPositionBudget, "Fondo di posizione EQ"),
            Threshold = Number(Threshold, "Soglia"),
            Rule = Rule,
            MaggiorazionePercent = Number(MaggiorazionePercent, "Maggiorazione"),
            MaggiorazioneShare = Number(MaggiorazioneShare, "Quota con maggiorazione"),
            Bands = [.. Bands.Where(f => !string.IsNullOrWhiteSpace(f.Name)).Select(f => new ScoreBand(f.Name!.Trim(), Number(f.A, $"Fascia {f.Name}"), Number(f.B, $"Coefficiente della fascia {f.Name}")))],
            Areas = [.. Areas.Where(a => !string.IsNullOrWhiteSpace(a.Name)).Select(a => new AreaParameter(a.Name!.Trim(), Number(a.A, $"Parametro di {a.Name}")))],
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
