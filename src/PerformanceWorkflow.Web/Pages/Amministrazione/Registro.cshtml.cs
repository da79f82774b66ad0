using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Audit;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>The audit trail: search, export, verification of the chain.</summary>
public sealed class RegistroModel(AuditQueries audit) : PageModel
{
    [BindProperty(Name = "Testo", SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(Name = "Azione", SupportsGet = true)]
    public string? AuditAction { get; set; }

    [BindProperty(Name = "Dal", SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(Name = "Al", SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(Name = "Pagina", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public int Pages => Math.Max(1, (Total + Criteria.PageSize - 1) / Criteria.PageSize);

    /// <summary>The address of a page of the search, keeping every filter (dates included).</summary>
    public string PageUrl(int page) =>
        $"/amministrazione/registro?Testo={Uri.EscapeDataString(Text ?? string.Empty)}&Azione={Uri.EscapeDataString(AuditAction ?? string.Empty)}&Dal={From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}&Al={To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}&Pagina={page}";

    private AuditSearch Criteria => new(Text, AuditAction, From, To, Math.Max(1, PageNumber));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Rows, Total) = await audit.SearchAsync(Criteria, cancellationToken);
        Actions = await audit.ActionsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetEsportaAsync(CancellationToken cancellationToken)
    {
        var output = new MemoryStream();
        await audit.ExportAsync(Criteria, output, cancellationToken);
        return File(output.ToArray(), "text/csv; charset=utf-8", "registro-attivita.csv");
    }

    public async Task OnPostVerificaAsync(CancellationToken cancellationToken)
    {
        Verification = await audit.VerifyAsync(cancellationToken);
        await OnGetAsync(cancellationToken);
    }
}
