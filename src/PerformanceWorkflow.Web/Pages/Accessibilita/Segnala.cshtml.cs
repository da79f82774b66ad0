using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Accessibility;

namespace PerformanceWorkflow.Web.Pages.Accessibilita;

/// <summary>
/// The meccanismo di feedback: anyone, signed in or not (a person who cannot sign in because of a barrier must be able
/// to say so), reports a problem of accessibility. What was typed comes back with the reasons when it is refused.
/// </summary>
public sealed class SegnalaModel(AccessibilityReportService reports) : PageModel
{
    [BindProperty(Name = "Pagina", SupportsGet = true)]
    public string? ReportedPage { get; set; }

    [BindProperty(Name = "Descrizione")]
    public string? Description { get; set; }

    [BindProperty(Name = "Nome")]
    public string? ContactName { get; set; }

    [BindProperty(Name = "Email")]
    public string? ContactEmail { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public int? Received { get; set; }

    /// <summary>The page the person came from, when the footer's link was followed inside the service.</summary>
    public void OnGet()
    {
        if (ReportedPage is null && Request.Headers.Referer.ToString() is { Length: > 0 } referer
            && Uri.TryCreate(referer, UriKind.Absolute, out var from) && from.Authority == Request.Host.Value)
        {
            ReportedPage = from.PathAndQuery;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var signedIn = User.Identity?.IsAuthenticated == true ? User.Identity.Name : null;
        var result = await reports.SubmitAsync(new AccessibilityReportInput(ReportedPage, Description, ContactName, ContactEmail), signedIn, cancellationToken);
        if (result.Id is null)
        {
            Errors = result.Errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Received = result.Id;
        return RedirectToPage();
    }
}
