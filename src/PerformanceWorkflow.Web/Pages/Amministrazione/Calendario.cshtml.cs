using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Domain.Monitoring;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>The cycle calendar of a year: the rounds' dates and deadlines, editable while they make sense to change.</summary>
public sealed class CalendarioModel(CalendarService calendar, PlanQueries plan) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Anno { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<MonitoringRound> Rounds { get; private set; } = [];

    public int? FailedRound { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public DateOnly? Riferimento { get; set; }

    [BindProperty]
    public DateOnly? Scadenza { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await plan.YearsAsync(cancellationToken);
        Anno ??= await plan.DefaultYearAsync(cancellationToken);
        Rounds = Anno is { } year ? await calendar.RoundsAsync(year, cancellationToken) : [];
    }

    public async Task<IActionResult> OnPostAsync(int round, CancellationToken cancellationToken)
    {
        if (Anno is not { } year)
        {
            return NotFound();
        }

        string? error = Riferimento is null || Scadenza is null
            ? "Indicare la data di riferimento e la scadenza."
            : await calendar.RescheduleAsync(year, round, Riferimento.Value, Scadenza.Value, cancellationToken);
        if (error is null)
        {
            Done = $"Date del round {round} aggiornate.";
            return RedirectToPage(new { Anno });
        }

        FailedRound = round;
        Error = error;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
