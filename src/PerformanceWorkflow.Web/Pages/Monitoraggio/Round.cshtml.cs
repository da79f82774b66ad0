using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages.Monitoraggio;

/// <summary>
/// A round: its schede (who sent, who is late), the departments' progress, the round's own steps (open, close, take
/// note), and its report — stato di attuazione by department, unit and objective, with charts and as XLSX.
/// </summary>
public sealed class RoundModel(MonitoringQueries monitoring, ScoreService scores, WorkflowEngine engine, AppDbContext db, IActorAccessor actors) : PageModel
{
    public RoundProgress Progress { get; private set; } = null!;

    public ScoreReport? Report { get; private set; }

    public IReadOnlyList<AvailableTrigger> Triggers { get; private set; } = [];

    public int InstanceRevision { get; private set; }

    [BindProperty(Name = "Commento")]
    public string? Comment { get; set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>The report's objectives a hundred at a time (all of them are in the XLSX): a city has more than ten thousand.</summary>
    public const int ObjectivesPerPage = 100;

    [BindProperty(Name = "Pagina", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AssignmentScore> Objectives { get; private set; } = [];

    public int ObjectivePages { get; private set; } = 1;

    /// <summary>The address of a page of the objectives.</summary>
    public string ObjectivesPage(int page) => $"/monitoraggio/{Progress.Round.Year}/{Progress.Round.Number}?pagina={page}#obiettivi";

    public async Task<IActionResult> OnGetAsync(int anno, int round, CancellationToken cancellationToken) =>
        await LoadAsync(anno, round, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(int anno, int round, CancellationToken cancellationToken)
    {
        var workbook = await monitoring.ReportWorkbookAsync(anno, round, cancellationToken);
        return workbook is null
            ? NotFound()
            : File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"monitoraggio-{anno}-round-{round}.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(int anno, int round, string trigger, int revision, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(anno, round, cancellationToken) || Progress.InstanceId is not { } instance)
        {
            return NotFound();
        }

        var result = await engine.FireAsync(instance, trigger, await actors.GetAsync(cancellationToken), new FireInput(Comment, null, revision), cancellationToken);
        if (result.Succeeded)
        {
            Done = result.Message;
            return RedirectToPage(new { anno, round });
        }

        await LoadAsync(anno, round, cancellationToken);
        Error = result.Message;
        return Page();
    }

    private async Task<bool> LoadAsync(int year, int number, CancellationToken cancellationToken)
    {
        var progress = await monitoring.RoundAsync(year, number, cancellationToken);
        if (progress is null)
        {
            return false;
        }

        Progress = progress;
        Report = progress.Round.HasValues ? await scores.GetAsync(year, progress.Round.Id, cancellationToken) : null;
        (Objectives, PageNumber, ObjectivePages) = Paging.Slice(Report?.Objectives ?? [], PageNumber, ObjectivesPerPage);
        if (progress.InstanceId is { } id && await db.WorkflowInstances.FindAsync([id], cancellationToken) is { } instance)
        {
            InstanceRevision = instance.Revision;
            Triggers = await engine.AvailableAsync(instance, await actors.GetAsync(cancellationToken), cancellationToken);
        }

        return true;
    }
}
