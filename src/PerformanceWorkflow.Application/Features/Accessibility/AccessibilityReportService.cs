using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Accessibility;

/// <summary>What a person types in the feedback form.</summary>
public sealed record AccessibilityReportInput(string? Page, string? Description, string? ContactName, string? ContactEmail);

/// <summary>The outcome of a report: its number, or the problems of each field (by field name) to show beside it.</summary>
public sealed record AccessibilityReportResult(int? Id, IReadOnlyDictionary<string, string> Errors);

/// <summary>A report as the administrators' list shows it.</summary>
public sealed record AccessibilityReportRow(int Id, DateTime ReceivedAtUtc, DateOnly AnswerDue, string? Page, string Description, string? ContactName, string? ContactEmail, string? UserName, DateTime? HandledAtUtc, string? HandledBy, string? Answer, bool Late);

/// <summary>
/// The meccanismo di feedback of AgID's guidelines: anyone, signed in or not, reports a problem of accessibility; the
/// report is kept, every active administrator receives it by email through the outbox, and the administrators close it
/// with what they did. The audit trail records that a report arrived and who closed it, not what it says.
/// </summary>
public sealed class AccessibilityReportService(AppDbContext db, WorkflowCatalog catalog, AuditTrail audit, IOutboxSignal outbox, IOptions<EmailOptions> email, IOptions<OrganizationOptions> organization, TimeProvider time)
{
    public const string Template = "accessibilita-segnalazione";
    public const int DescriptionLength = 4000;
    public const int PageLength = 500;

    public async Task<AccessibilityReportResult> SubmitAsync(AccessibilityReportInput input, string? userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var description = input.Description?.Trim() ?? string.Empty;
        var page = Clean(input.Page);
        var name = Clean(input.ContactName);
        var address = Clean(input.ContactEmail);
        if (description.Length == 0)
        {
            errors["Descrizione"] = "Descrivere il problema: che cosa non è stato possibile fare, e con quale strumento (lettore di schermo, sola tastiera, ingrandimento…).";
        }
        else if (description.Length > DescriptionLength)
        {
            errors["Descrizione"] = $"La descrizione supera i {DescriptionLength} caratteri: abbreviarla, o dividerla in due segnalazioni.";
        }

        if (page is { Length: > PageLength })
        {
            errors["Pagina"] = $"L'indicazione della pagina supera i {PageLength} caratteri.";
        }

        if (name is { Length: > 200 })
        {
            errors["Nome"] = "Il nome supera i 200 caratteri.";
        }

        if (address is not null && (address.Length > 256 || !System.Net.Mail.MailAddress.TryCreate(address, out var parsed) || parsed.Address != address))
        {
            errors["Email"] = "L'indirizzo email non è valido (esempio: nome.cognome@comune.it); lasciarlo vuoto se non si desidera una risposta.";
        }

        if (errors.Count > 0)
        {
            return new AccessibilityReportResult(null, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var report = new AccessibilityReport(page, description, name, address, userName, now);
        var administrators = (await db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Administrator), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
                .Join(db.Users, id => id, u => u.Id, (_, u) => new { u.Id, u.FullName, u.UserName, u.Email, u.LockoutEnd }).ToListAsync(cancellationToken))
            .Where(u => u.LockoutEnd != DateTimeOffset.MaxValue && !string.IsNullOrWhiteSpace(u.Email)).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.AccessibilityReports.Add(report);
            await db.SaveChangesAsync(ct);
            foreach (var admin in administrators)
            {
                var recipient = string.IsNullOrWhiteSpace(admin.FullName) ? admin.UserName ?? admin.Id : admin.FullName;
                var rendered = catalog.Templates.Render(Template, new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["Destinatario"] = recipient,
                    ["Ente"] = organization.Value.Name,
                    ["Pratica"] = $"segnalazione di accessibilità n. {report.Id} (pagina: {page ?? "non indicata"})",
                    ["Scadenza"] = ItalianFormat.Date(ItalianFormat.DayOf(report.AnswerDueUtc)),
                    ["Autore"] = Contact(name, address, userName),
                    ["Commento"] = description,
                    ["Link"] = $"{email.Value.BaseUrl.TrimEnd('/')}/amministrazione/accessibilita#segnalazione-{report.Id}",
                }, []);
                db.OutboxMessages.Add(new OutboxMessage($"accessibilita:{report.Id}:{admin.Id}", Template, admin.Email, recipient, admin.Id, rendered, null, now));
            }

            await audit.RecordAsAsync(userName ?? "anonimo", "accessibility.reported", nameof(AccessibilityReport), report.Id, null, new { Recipients = administrators.Count }, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        await outbox.WakeAsync(cancellationToken);
        return new AccessibilityReportResult(report.Id, new Dictionary<string, string>());
    }

    /// <summary>Open reports first, the oldest answer due first; then the closed ones, newest first.</summary>
    public async Task<IReadOnlyList<AccessibilityReportRow>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var reports = await db.AccessibilityReports.AsNoTracking().OrderByDescending(r => r.ReceivedAtUtc).Take(500).ToListAsync(cancellationToken);
        return [.. reports.OrderBy(r => r.IsHandled).ThenBy(r => r.IsHandled ? -r.ReceivedAtUtc.Ticks : r.ReceivedAtUtc.Ticks).Select(r =>
            new AccessibilityReportRow(r.Id, r.ReceivedAtUtc, ItalianFormat.DayOf(r.AnswerDueUtc), r.Page, r.Description, r.ContactName, r.ContactEmail, r.UserName, r.HandledAtUtc, r.HandledBy, r.Answer, !r.IsHandled && r.AnswerDueUtc < now))];
    }

    /// <summary>How many reports wait for an answer, for the administrator's home page.</summary>
    public Task<int> OpenCountAsync(CancellationToken cancellationToken) =>
        db.AccessibilityReports.CountAsync(r => r.HandledAtUtc == null, cancellationToken);

    /// <summary>Closes a report with what was done or answered; the answer itself goes to the person by the office's own mail.</summary>
    public async Task<string?> HandleAsync(int id, string? answer, string by, CancellationToken cancellationToken)
    {
        var text = answer?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return "Scrivere che cosa è stato fatto o risposto prima di chiudere la segnalazione.";
        }

        if (text.Length > DescriptionLength)
        {
            return $"La risposta supera i {DescriptionLength} caratteri.";
        }

        var report = await db.AccessibilityReports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return "Segnalazione inesistente.";
        }

        if (report.IsHandled)
        {
            return $"La segnalazione {id} è già stata chiusa da {report.HandledBy}.";
        }

        report.Handle(by, text, time.GetUtcNow().UtcDateTime);
        await audit.RecordAsync("accessibility.handled", nameof(AccessibilityReport), id, null, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Contact(string? name, string? address, string? userName) =>
        (name, address) switch
        {
            (null, null) => userName is null ? "nessun recapito: la persona non ha chiesto una risposta" : $"utente {userName}, nessun indirizzo indicato",
            (_, null) => $"{name}, nessun indirizzo indicato",
            _ => $"{name ?? userName ?? "persona senza nome"} <{address}>",
        };
}
