using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Audit;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>The audit trail: search, export, verification of the chain.</summary>
public sealed class RegistroModel(AuditQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Testo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Azione { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Dal { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Al { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    public int Pages => Math.Max(1, (Total + Search.PageSize - 1) / Search.PageSize);

    /// <summary>The address of a page of the search, keeping every filter (dates included).</summary>
    public string PageUrl(int page) =>
        $"/amministrazione/registro?Testo={Uri.EscapeDataString(Testo ?? string.Empty)}&Azione={Uri.EscapeDataString(Azione ?? string.Empty)}&Dal={Dal?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}&Al={Al?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}&Pagina={page}";

    private AuditSearch Search => new(Testo, Azione, Dal, Al, Math.Max(1, Pagina));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Rows, Total) = await audit.SearchAsync(Search, cancellationToken);
        Actions = await audit.ActionsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetEsportaAsync(CancellationToken cancellationToken)
    {
        var output = new MemoryStream();
        await audit.ExportAsync(Search, output, cancellationToken);
        return File(output.ToArray(), "text/csv; charset=utf-8", "registro-attivita.csv");
    }

    public async Task OnPostVerificaAsync(CancellationToken cancellationToken)
    {
        Verification = await audit.VerifyAsync(cancellationToken);
        await OnGetAsync(cancellationToken);
    }
}
