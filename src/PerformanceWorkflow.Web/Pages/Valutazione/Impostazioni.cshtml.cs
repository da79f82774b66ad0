using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Web.Pages.Valutazione;

/// <summary>
/// The SMVP of a year: weights per role group (art. 9 enforced), the behaviour catalogue with a descriptor per level,
/// the evaluator matrix, the negative threshold, the conciliation deadlines, the differentiation rule and the optional
/// steps. The SMVP is a public regulation: all staff read it; the controllo di gestione edits it until the year's
/// forms exist. What was typed is kept when it is refused.
/// </summary>
public sealed class ImpostazioniModel(AppraisalSettingsStore store, PlanQueries plan, IActorAccessor actors) : PageModel
{
    public sealed class WeightInput
    {
        public RoleGroup Group { get; set; }

        public string? Unit { get; set; }

        public string? Objectives { get; set; }

        public string? Behaviours { get; set; }

        public string? Differentiation { get; set; }

        public EvaluatorKind Evaluator { get; set; }
    }

    public sealed class BehaviourInput
    {
        public RoleGroup Group { get; set; }

        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? Weight { get; set; }

        /// <summary>One descriptor per line, from the lowest level.</summary>
        public string? Levels { get; set; }
    }

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public SettingsOrigin Origin { get; private set; }

    public bool Fixed { get; private set; }

    public bool CanEdit { get; private set; }

    public AppraisalSettings Current { get; private set; } = null!;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    [BindProperty(Name = "Pesi")]
    public List<WeightInput> Weights { get; set; } = [];

    [BindProperty(Name = "Comportamenti")]
    public List<BehaviourInput> Behaviours { get; set; } = [];

    [BindProperty(Name = "Soglia")]
    public string? NegativeThreshold { get; set; }

    [BindProperty(Name = "GiorniRichiesta")]
    public int ConciliationRequestDays { get; set; }

    [BindProperty(Name = "GiorniDecisione")]
    public int ConciliationDecisionDays { get; set; }

    [BindProperty(Name = "TettoObiettivi")]
    public string? ObjectivesCap { get; set; }

    [BindProperty(Name = "FasciaAlta")]
    public string? TopBand { get; set; }

    [BindProperty(Name = "FasciaBassa")]
    public string? LowBand { get; set; }

    [BindProperty(Name = "FasceMinime")]
    public int MinimumBands { get; set; }

    [BindProperty(Name = "ScartoMeta")]
    public string? SpreadForHalf { get; set; }

    [BindProperty(Name = "MinimoValutati")]
    public int MinimumForDifferentiation { get; set; }

    [BindProperty(Name = "VerificaIntermedia")]
    public bool MidYearCheck { get; set; }

    [BindProperty(Name = "Autovalutazione")]
    public bool SelfAssessment { get; set; }

    public async Task<IActionResult> OnGetAsync(int? anno, CancellationToken cancellationToken)
    {
        await LoadAsync(anno, cancellationToken);
        Fill(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int anno, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        if (!AccessRules.CanManageAppraisalSettings(actor))
        {
            return Forbid();
        }

        await LoadAsync(anno, cancellationToken);
        var typed = new TypedNumbers();
        var problems = typed.Problems;
        decimal Number(string? text, string label) => typed.Read(text, label);

        var weights = Weights.Select(p => new ComponentWeights(p.Group, Number(p.Unit, $"{RoleGroups.Label(p.Group)}, struttura"), Number(p.Objectives, $"{RoleGroups.Label(p.Group)}, obiettivi"),
            Number(p.Behaviours, $"{RoleGroups.Label(p.Group)}, comportamenti"), Number(p.Differentiation, $"{RoleGroups.Label(p.Group)}, differenziazione"))).ToList();
        var behaviours = Behaviours.Where(b => !string.IsNullOrWhiteSpace(b.Code) || !string.IsNullOrWhiteSpace(b.Name))
            .Select(b => new BehaviourDefinition(b.Group, (b.Code ?? string.Empty).Trim().ToUpperInvariant(), (b.Name ?? string.Empty).Trim(), Number(b.Weight, $"peso di «{b.Name}»"),
                [.. (b.Levels ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)])).ToList();
        var settings = Current with
        {
            Weights = weights,
            Behaviours = behaviours,
            Evaluators = [.. Weights.Select(p => new EvaluatorRule(p.Group, p.Evaluator))],
            NegativeThreshold = Number(NegativeThreshold, "Soglia della valutazione negativa"),
            ConciliationRequestDays = ConciliationRequestDays,
            ConciliationDecisionDays = ConciliationDecisionDays,
            ObjectivesCap = Number(ObjectivesCap, "Tetto degli obiettivi"),
            TopBand = Number(TopBand, "Fascia alta"),
            LowBand = Number(LowBand, "Fascia bassa"),
            MinimumBands = MinimumBands,
            SpreadForHalf = Number(SpreadForHalf, "Scarto"),
            MinimumForDifferentiation = MinimumForDifferentiation,
            MidYearCheck = MidYearCheck,
            SelfAssessment = SelfAssessment,
        };
        if (problems.Count == 0)
        {
            problems.AddRange(await store.SaveAsync(settings, actor.Name, cancellationToken));
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        Done = $"Impostazioni SMVP {anno} salvate.";
        return RedirectToPage(new { anno });
    }

    private async Task LoadAsync(int? anno, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        Years = [.. (await plan.YearsAsync(cancellationToken)).OrderDescending()];
        Year = anno ?? (Years.Count > 0 ? Years[^1] : 2024);
        (Current, Origin) = await store.GetWithOriginAsync(Year, cancellationToken);
        Fixed = await store.IsFixedAsync(Year, cancellationToken);
        CanEdit = AccessRules.CanManageAppraisalSettings(actor) && !Fixed;
    }

    private void Fill(AppraisalSettings s)
    {
        Weights = [.. s.Weights.Select(w => new WeightInput { Group = w.Group, Unit = ItalianFormat.Number(w.Unit), Objectives = ItalianFormat.Number(w.Objectives), Behaviours = ItalianFormat.Number(w.Behaviours), Differentiation = ItalianFormat.Number(w.Differentiation), Evaluator = s.EvaluatorOf(w.Group) })];
        Behaviours = [.. s.Behaviours.Select(b => new BehaviourInput { Group = b.Group, Code = b.Code, Name = b.Name, Weight = ItalianFormat.Number(b.Weight), Levels = string.Join("\n", b.Levels) })];
        foreach (var group in RoleGroups.All)
        {
            Behaviours.Add(new BehaviourInput { Group = group });
        }

        NegativeThreshold = ItalianFormat.Number(s.NegativeThreshold);
        ConciliationRequestDays = s.ConciliationRequestDays;
        ConciliationDecisionDays = s.ConciliationDecisionDays;
        ObjectivesCap = ItalianFormat.Number(s.ObjectivesCap);
        TopBand = ItalianFormat.Number(s.TopBand);
        LowBand = ItalianFormat.Number(s.LowBand);
        MinimumBands = s.MinimumBands;
        SpreadForHalf = ItalianFormat.Number(s.SpreadForHalf);
        MinimumForDifferentiation = s.MinimumForDifferentiation;
        MidYearCheck = s.MidYearCheck;
        SelfAssessment = s.SelfAssessment;
    }

    public static string EvaluatorLabel(EvaluatorKind kind) => kind switch
    {
        EvaluatorKind.EvaluationBody => "Nucleo di valutazione",
        EvaluatorKind.Director => "Dirigente del settore",
        EvaluatorKind.UnitHead => "EQ dell'unità (il dirigente dove manca)",
        EvaluatorKind.SecretaryGeneral => "Segretario generale",
    };
}
