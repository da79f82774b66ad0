using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Domain.Monitoring;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>The cycle calendar of a year: the rounds' dates and deadlines, editable while they make sense to change.</summary>
public sealed class CalendarioModel(CalendarService calendar, PlanQueries plan) : PageModel
{
    [BindProperty(Name = "Anno", SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<MonitoringRound> Rounds { get; private set; } = [];

    public int? FailedRound { get; private set; }

    public string? Error { get; private set; }

    [BindProperty(Name = "Riferimento")]
    public DateOnly? ReferenceDate { get; set; }

    [BindProperty(Name = "Scadenza")]
    public DateOnly? DueDate { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await plan.YearsAsync(cancellationToken);
        Year ??= await plan.DefaultYearAsync(cancellationToken);
        Rounds = Year is { } year ? await calendar.RoundsAsync(year, cancellationToken) : [];
    }

    public async Task<IActionResult> OnPostAsync(int round, CancellationToken cancellationToken)
    {
        if (Year is not { } year)
        {
            return NotFound();
        }

        string? error = ReferenceDate is null || DueDate is null
            ? "Indicare la data di riferimento e la scadenza."
            : await calendar.RescheduleAsync(year, round, ReferenceDate.Value, DueDate.Value, cancellationToken);
        if (error is null)
        {
            Done = $"Date del round {round} aggiornate.";
            return RedirectToPage(new { Anno = Year });
        }

        FailedRound = round;
        Error = error;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
