namespace PerformanceWorkflow.Application.Features.Email;

/// <summary>The state of an outgoing email.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent (again, after a transient error, from <see cref="OutboxMessage.NextAttemptAtUtc"/>).</summary>
    Pending,

    /// <summary>Claimed by a sender until <see cref="OutboxMessage.ClaimedUntilUtc"/>.</summary>
    Sending,

    Sent,

    /// <summary>Permanently refused (5xx), no address, or out of attempts: visible to administrators, who may retry.</summary>
    Failed,
}

/// <summary>
/// An email written in the same transaction as the business change that caused it. <see cref="Key"/> is unique, so a
/// retried change cannot queue a second copy; the sender claims rows, and the Message-ID derives from the row, so a
/// message re-sent after a crash is recognizably the same message.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Key = string.Empty;
        Template = string.Empty;
        Subject = string.Empty;
        TextBody = string.Empty;
        HtmlBody = string.Empty;
    }

    public OutboxMessage(string key, string template, string? toAddress, string toName, string? recipientId, RenderedEmail email, int? instanceId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(email);
        Key = key;
        Template = template;
        ToAddress = toAddress;
        ToName = toName;
        RecipientId = recipientId;
        Subject = email.Subject;
        TextBody = email.Text;
        HtmlBody = email.Html;
        InstanceId = instanceId;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
        if (string.IsNullOrWhiteSpace(toAddress))
        {
            Status = OutboxStatus.Failed;
            LastError = "Il destinatario non ha un indirizzo email: aggiungerlo in Amministrazione › Utenti e rimandare.";
        }
    }

    public long Id { get; private set; }

    public string Key { get; private set; }

    /// <summary>The template it was written from (what kind of email: invitation, reminder, escalation…).</summary>
    public string Template { get; private set; }

    public string? ToAddress { get; private set; }

    public string? ToName { get; private set; }

    public string? RecipientId { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    public int? InstanceId { get; private set; }

    public OutboxStatus Status { get; private set; } = OutboxStatus.Pending;

    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? LastError { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public DateTime? ClaimedUntilUtc { get; private set; }

    /// <summary>Stable across attempts: a receiver can tell a re-sent copy from a new message.</summary>
    public string MessageId(string domain) => $"outbox-{Id}@{domain}";

    /// <summary>An administrator sends a failed message again (after fixing the address, for example).</summary>
    public void Retry(string? toAddress, DateTime nowUtc)
    {
        if (!string.IsNullOrWhiteSpace(toAddress))
        {
            ToAddress = toAddress;
        }

        Status = string.IsNullOrWhiteSpace(ToAddress) ? OutboxStatus.Failed : OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        ClaimToken = null;
        ClaimedUntilUtc = null;
    }
}
