using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Accessibility;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>The accessibility reports: open ones first with the day their answer is due, each closed with what was done.</summary>
public sealed class AccessibilitaModel(AccessibilityReportService reports) : PageModel
{
    public IReadOnlyList<AccessibilityReportRow> Rows { get; private set; } = [];

    [BindProperty(Name = "Risposta")]
    public string? Answer { get; set; }

    public int? FailedId { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await reports.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostChiudiAsync(int id, CancellationToken cancellationToken)
    {
        Error = await reports.HandleAsync(id, Answer, User.Identity?.Name ?? "sconosciuto", cancellationToken);
        if (Error is not null)
        {
            FailedId = id;
            Rows = await reports.ListAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Done = $"Segnalazione {id} chiusa.";
        return RedirectToPage();
    }
}
