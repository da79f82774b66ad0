using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Application.Features.Email;

/// <summary>What a run of the sender did.</summary>
public sealed record SendReport(int Sent, int Retrying, int Failed);

/// <summary>
/// Sends the outbox: claims a batch of due rows with one atomic UPDATE (so that two senders, or a job Hangfire ran
/// twice, never take the same row), sends them over one connection, and records each outcome on the row it claimed.
/// A permanent refusal (5xx) is final; a transient one (4xx, dropped connection) is retried later with back-off, up
/// to <see cref="EmailOptions.MaxAttempts"/>. Logs carry row ids and SMTP codes, never addresses or names.
/// </summary>
public sealed partial class OutboxSender(AppDbContext db, IMailTransport transport, IOutboxComposer composer, DeliveryJournal journal, TimeProvider time, IOptions<EmailOptions> options, ILogger<OutboxSender> logger)
{
    /// <summary>Sends everything due now, batch after batch; <paramref name="maxBatches"/> bounds one run.</summary>
    public async Task<SendReport> SendPendingAsync(CancellationToken cancellationToken, int maxBatches = 50)
    {
        await journal.RecoverAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken);
        var total = new SendReport(0, 0, 0);
        for (var batch = 0; batch < maxBatches; batch++)
        {
            var claimed = await ClaimAsync(cancellationToken);
            if (claimed.Messages.Count == 0)
            {
                break;
            }

            var report = await SendBatchAsync(claimed.Token, claimed.Messages, cancellationToken);
            total = new SendReport(total.Sent + report.Sent, total.Retrying + report.Retrying, total.Failed + report.Failed);
            if (claimed.Messages.Count < Math.Max(1, options.Value.BatchSize))
            {
                break;
            }
        }

        return total;
    }

    private async Task<(Guid Token, List<OutboxMessage> Messages)> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();
        var until = now + options.Value.ClaimDuration;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntilUtc < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(Math.Max(1, options.Value.BatchSize)).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (token, []);
        }

        // The claim is in the journal before it is in the database: a kill in between leaves nothing reserved for long.
        journal.Claimed(token);
        var settled = false;
        try
        {
            settled = await ClaimDueAsync(token, due, now, until, cancellationToken) == 0;
        }
        finally
        {
            if (settled)
            {
                journal.Settled();
            }
        }

        if (settled)
        {
            return (token, []);
        }

        var messages = await db.OutboxMessages.Where(m => due.Contains(m.Id) && m.ClaimToken == token && m.Status == OutboxStatus.Sending).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        if (messages.Exists(m => !m.IsComposed))
        {
            await composer.ComposeAsync(messages, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return (token, messages);
    }

    private Task<int> ClaimDueAsync(Guid token, List<long> due, DateTime now, DateTime until, CancellationToken cancellationToken) =>
        // The condition is repeated in the UPDATE: a row another sender claimed meanwhile no longer matches.
        db.OutboxMessages
            .Where(m => due.Contains(m.Id) && ((m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntilUtc < now)))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken);

    private async Task<SendReport> SendBatchAsync(Guid token, List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        int sent = 0, retrying = 0, failed = 0;
        IMailSession? session = null;

        // Sent rows are marked a few hundred at a time (at the end of a batch of the default size): each write is a
        // commit, an fsync of SQLite's log, and one per message would cost as much as the SMTP exchange. Each delivery
        // is in the local journal at once, so a kill between a send and its mark re-sends none of them.
        var delivered = new List<long>(MarkEvery);
        MimeMessage? prepared = null;
        try
        {
            for (var index = 0; index < messages.Count; index++)
            {
                var message = messages[index];

                // Built during the previous send for this message; taken now so that it never outlives its turn.
                var mime = prepared;
                prepared = null;
                if (!IsSendable(message))
                {
                    // Nobody to write to (no address, an account disabled since), or nothing to say: final, visible.
                    await MarkFailedAttemptAsync(token, message, new MailDeliveryException(message.IsComposed
                        ? "Il destinatario non ha un indirizzo email (o l'account è disattivato): aggiungerlo in Amministrazione › Utenti e rimandare."
                        : "Il messaggio non si può comporre: la pratica non esiste più.", permanent: true), cancellationToken);
                    failed++;
                    continue;
                }

                try
                {
                    if (session is null || !session.IsUsable)
                    {
                        if (session is not null)
                        {
                            await session.DisposeAsync();
                        }

                        session = null;
                        session = await transport.OpenAsync(cancellationToken);
                    }

                    var sending = session.SendAsync(mime ?? Build(message), FileName(message), cancellationToken);

                    // The next message is built while the server reads this one: the exchange is mostly waiting.
                    if (index + 1 < messages.Count && IsSendable(messages[index + 1]))
                    {
                        prepared = Build(messages[index + 1]);
                    }

                    await sending;
                    journal.Delivered(message.Id);
                    delivered.Add(message.Id);
                    sent++;
                    if (delivered.Count >= MarkEvery)
                    {
                        await MarkSentAsync(token, delivered);
                    }
                }
                catch (MailDeliveryException exception)
                {
                    if (await MarkFailedAttemptAsync(token, message, exception, cancellationToken))
                    {
                        failed++;
                    }
                    else
                    {
                        retrying++;
                    }
                }
            }
        }
        finally
        {
            await MarkSentAsync(token, delivered);
            journal.Settled();
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        if (sent + retrying + failed > 0)
        {
            LogBatch(logger, sent, retrying, failed);
        }

        return new SendReport(sent, retrying, failed);
    }

    private static bool IsSendable(OutboxMessage message) => message.IsComposed && !string.IsNullOrWhiteSpace(message.ToAddress);

    /// <summary>The file name of a message in the pickup folder: its row and its template.</summary>
    public static string FileName(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return $"{message.Id:D6}-{message.Template}";
    }

    private MimeMessage Build(OutboxMessage message) => ToMime(message, options.Value);

    /// <summary>The message as it goes on the wire (`pw bench` sends the same through raw MailKit for its baseline).</summary>
    internal static MimeMessage ToMime(OutboxMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.ToAddress ?? string.Empty));
        mime.Subject = message.Subject ?? string.Empty;
        mime.Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAtUtc, DateTimeKind.Utc));
        var domain = settings.From.Contains('@', StringComparison.Ordinal) ? settings.From[(settings.From.IndexOf('@', StringComparison.Ordinal) + 1)..] : "localhost";
        mime.MessageId = message.MessageId(domain);
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Headers.Add(TemplateHeader, message.Template);
        // UTF-8 always: MimeKit would otherwise pick Latin-1 for text that fits it, and some readers guess wrong.
        // Quoted-printable keeps the message 7-bit clean for relays without 8BITMIME.
        var text = new TextPart(MimeKit.Text.TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        text.SetText(System.Text.Encoding.UTF8, message.TextBody ?? string.Empty);
        var html = new TextPart(MimeKit.Text.TextFormat.Html) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        html.SetText(System.Text.Encoding.UTF8, message.HtmlBody ?? string.Empty);
        mime.Body = new MultipartAlternative { text, html };
        return mime;
    }

    /// <summary>The header naming the template an email came from: lets a reader count reminders, escalations…</summary>
    public const string TemplateHeader = "X-PW-Template";

    /// <summary>How many sent messages are marked in one write (the journal keeps the others safe meanwhile).</summary>
    private const int MarkEvery = 250;

    private async Task MarkSentAsync(Guid token, List<long> delivered)
    {
        if (delivered.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var ids = delivered.ToList();
        delivered.Clear();
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ClaimToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAtUtc, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
    }

    /// <returns>True when the message is now failed for good.</returns>
    private async Task<bool> MarkFailedAttemptAsync(Guid token, OutboxMessage message, MailDeliveryException exception, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var attempts = message.Attempts + 1;
        var final = exception.Permanent || attempts >= settings.MaxAttempts;
        var next = now + TimeSpan.FromTicks(settings.RetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20)));
        var error = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
        if (final && !exception.Permanent)
        {
            error = $"Non consegnato dopo {attempts} tentativi. Ultimo errore: {error}";
        }

        await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, final ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAtUtc, next).SetProperty(m => m.LastError, error)
                .SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
        LogAttempt(logger, message.Id, attempts, exception.Permanent, final);
        return final;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} inviati, {Retrying} da ritentare, {Failed} falliti")]
    private static partial void LogBatch(ILogger logger, int sent, int retrying, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: messaggio {Id} non consegnato (tentativo {Attempt}, permanente: {Permanent}, definitivo: {Final})")]
    private static partial void LogAttempt(ILogger logger, long id, int attempt, bool permanent, bool final);
}

/// <summary>Composes the rows queued without their text (workflow emails), a batch at a time, before they are sent.</summary>
public interface IOutboxComposer
{
    Task ComposeAsync(IReadOnlyList<OutboxMessage> messages, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>Wakes the sender after a commit that wrote emails.</summary>
public interface IOutboxSignal
{
    Task WakeAsync(CancellationToken cancellationToken);
}

/// <summary>`pw` has no job server: it sends right away.</summary>
internal sealed class InlineOutboxSignal(OutboxSender sender) : IOutboxSignal
{
    public Task WakeAsync(CancellationToken cancellationToken) => sender.SendPendingAsync(cancellationToken);
}

/// <summary>The service enqueues the sender; the minutely recurring run catches whatever a lost job left.</summary>
internal sealed class HangfireOutboxSignal(IBackgroundJobClient jobs) : IOutboxSignal
{
    public Task WakeAsync(CancellationToken cancellationToken)
    {
        jobs.Enqueue<OutboxJobs>(j => j.SendAsync(CancellationToken.None));
        return Task.CompletedTask;
    }
}

/// <summary>The sender as a job: carries nothing, safe to run twice or concurrently.</summary>
public sealed class OutboxJobs(OutboxSender sender)
{
    public const string RecurringId = "send-outbox";

    public Task SendAsync(CancellationToken cancellationToken) => sender.SendPendingAsync(cancellationToken);
}

/// <summary>What administrators see of the outbox: failures first, and a way to send a message again.</summary>
public sealed class OutboxQueries(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<OutboxStatus, int>> CountsAsync(CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<IReadOnlyList<OutboxRow>> ListAsync(OutboxStatus? status, int take, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }

        return await query.OrderByDescending(m => m.Id).Take(take)
            .Select(m => new OutboxRow(m.Id, m.Template, m.ToName, m.ToAddress, m.Subject ?? "(da comporre)", m.Status, m.Attempts, m.CreatedAtUtc, m.SentAtUtc, m.NextAttemptAtUtc, m.LastError, m.InstanceId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Sends a failed message again, to a corrected address when given.</summary>
    public async Task<bool> RetryAsync(long id, string? address, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null || message.Status != OutboxStatus.Failed)
        {
            return false;
        }

        message.Retry(string.IsNullOrWhiteSpace(address) ? null : address.Trim(), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return message.Status == OutboxStatus.Pending;
    }
}

public sealed record OutboxRow(long Id, string Template, string? ToName, string? ToAddress, string Subject, OutboxStatus Status, int Attempts, DateTime CreatedAtUtc, DateTime? SentAtUtc, DateTime NextAttemptAtUtc, string? LastError, int? InstanceId);
