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
/// message re-sent after a crash is recognizably the same message. A workflow's email is queued with what the step
/// knew (template, recipient, comment, author, state) and composed by the sender, outside the step's transaction: the
/// lists an email shows take queries a transition should not wait for.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Key = string.Empty;
        Template = string.Empty;
    }

    /// <summary>A workflow email, to be composed by the sender.</summary>
    public static OutboxMessage ForInstance(string key, string template, string recipientId, Domain.Workflow.WorkflowInstance instance, StepFacts facts, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new OutboxMessage
        {
            Key = key,
            Template = template,
            RecipientId = recipientId,
            Instance = instance,
            Comment = facts.Comment,
            ActorId = facts.ActorId,
            ActorName = facts.ActorName,
            StateLabel = facts.StateLabel,
            Deliberation = facts.Deliberation,
            CreatedAtUtc = nowUtc,
            NextAttemptAtUtc = nowUtc,
        };
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
        Body = new OutboxBody(email.Text, email.Html);
        ComposedAtUtc = nowUtc;
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

    /// <summary>Null until composed.</summary>
    public string? Subject { get; private set; }

    /// <summary>
    /// The text, in a table of its own: the sender claims and marks rows in batches, and SQLite rewrites a whole row
    /// on each update, bodies included.
    /// </summary>
    public OutboxBody? Body { get; private set; }

    public string? TextBody => Body?.Text;

    public string? HtmlBody => Body?.Html;

    public DateTime? ComposedAtUtc { get; private set; }

    public int? InstanceId { get; private set; }

    public Domain.Workflow.WorkflowInstance? Instance { get; private set; }

    /// <summary>What the step knew, for composing later: the comment, who acted, the state reached, the deliberation.</summary>
    public string? Comment { get; private set; }

    public string? ActorId { get; private set; }

    public string? ActorName { get; private set; }

    public string? StateLabel { get; private set; }

    public string? Deliberation { get; private set; }

    public bool IsComposed => ComposedAtUtc is not null;

    public OutboxStatus Status { get; private set; } = OutboxStatus.Pending;

    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? LastError { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public DateTime? ClaimedUntilUtc { get; private set; }

    /// <summary>The sender composed it: the address and name of the recipient as they are now, and the text.</summary>
    public void Compose(string? toAddress, string toName, RenderedEmail email, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(email);
        ToAddress = toAddress;
        ToName = toName;
        Subject = email.Subject;
        Body = new OutboxBody(email.Text, email.Html);
        ComposedAtUtc = nowUtc;
    }

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

/// <summary>The plain and HTML text of an email, written once when it is composed.</summary>
public sealed class OutboxBody(string text, string html)
{
    public string Text { get; private set; } = text;

    public string Html { get; private set; } = html;
}

/// <summary>What a workflow step knew when it queued an email.</summary>
public sealed record StepFacts(string? Comment, string? ActorId, string ActorName, string StateLabel, string? Deliberation);
