using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Email;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>The outbox: what was sent, what waits for a retry, what failed for good — and a way to send it again.</summary>
public sealed class PostaModel(OutboxQueries outbox, IOutboxSignal signal) : PageModel
{
    [BindProperty(Name = "Stato", SupportsGet = true)]
    public OutboxStatus? Status { get; set; } = OutboxStatus.Failed;

    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();

    public IReadOnlyList<OutboxRow> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await outbox.CountsAsync(cancellationToken);
        Rows = await outbox.ListAsync(Status, 200, cancellationToken);
    }

    public async Task<IActionResult> OnPostRitentaAsync(long id, string? indirizzo, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(indirizzo) && !MimeKit.MailboxAddress.TryParse(indirizzo.Trim(), out _))
        {
            Message = $"«{indirizzo}» non è un indirizzo email valido.";
            return RedirectToPage(new { Stato = Status });
        }

        Message = await outbox.RetryAsync(id, indirizzo, cancellationToken)
            ? "Il messaggio è di nuovo in coda: sarà inviato entro un minuto."
            : "Il messaggio non è più tra quelli falliti, oppure manca ancora l'indirizzo.";
        await signal.WakeAsync(cancellationToken);
        return RedirectToPage(new { Stato = Status });
    }
}
