namespace PerformanceWorkflow.Application.Features.Accessibility;

/// <summary>
/// A problem of accessibility reported through the service's feedback mechanism (Legge 4/2004, art. 3-quinquies;
/// AgID's guidelines): what the person could not do and where, and how to answer him. The administrators are told by
/// email and answer within 30 days; after that the person may turn to AgID's Difensore civico per il digitale.
/// </summary>
public sealed class AccessibilityReport
{
    private AccessibilityReport()
    {
        Description = string.Empty;
    }

    public AccessibilityReport(string? page, string description, string? contactName, string? contactEmail, string? userName, DateTime nowUtc)
    {
        Page = page;
        Description = description;
        ContactName = contactName;
        ContactEmail = contactEmail;
        UserName = userName;
        ReceivedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    /// <summary>The page or function concerned, as the person names it (an address or words).</summary>
    public string? Page { get; private set; }

    public string Description { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactEmail { get; private set; }

    /// <summary>The account signed in when the report was sent, if any (the mechanism is open to anyone).</summary>
    public string? UserName { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public DateTime? HandledAtUtc { get; private set; }

    public string? HandledBy { get; private set; }

    /// <summary>What was done or answered, written by the administrator who closes it.</summary>
    public string? Answer { get; private set; }

    public bool IsHandled => HandledAtUtc is not null;

    /// <summary>The day by which an answer is due: 30 days after receipt.</summary>
    public DateTime AnswerDueUtc => ReceivedAtUtc.AddDays(AnswerDays);

    public const int AnswerDays = 30;

    public void Handle(string by, string answer, DateTime nowUtc)
    {
        if (IsHandled)
        {
            throw new InvalidOperationException("La segnalazione è già stata chiusa.");
        }

        HandledBy = by;
        Answer = answer;
        HandledAtUtc = nowUtc;
    }
}
