namespace PerformanceWorkflow.Domain.Monitoring;

/// <summary>Monitoraggio (quarterly) or consuntivo (final) round.</summary>
public enum RoundKind
{
    /// <summary>A monitoring round during the year (interim values).</summary>
    Monitoring,

    /// <summary>The final round (consuntivo), whose values the misurazione and the Relazione use.</summary>
    Final,
}

/// <summary>The state of a round.</summary>
public enum RoundStatus
{
    /// <summary>Not open yet: values may be loaded in bulk by the controllo di gestione.</summary>
    Planned,

    /// <summary>Open: owners submit their values.</summary>
    Open,

    /// <summary>Closed: values are final for the round.</summary>
    Closed,
}

/// <summary>
/// MonitoringRound (sessione di monitoraggio): a numbered round of a year's cycle with its reference date and the
/// deadline for submissions. Defaults: 31/3, 30/6, 30/9 due 15 days later; consuntivo 31/12 due 31/1.
/// </summary>
public sealed class MonitoringRound
{
    private MonitoringRound()
    {
    }

    public MonitoringRound(int year, int number, RoundKind kind, DateOnly referenceDate, DateOnly dueDate)
    {
        if (dueDate < referenceDate)
        {
            throw new ArgumentException("La scadenza non può precedere la data di riferimento del round.", nameof(dueDate));
        }

        Year = year;
        Number = number;
        Kind = kind;
        ReferenceDate = referenceDate;
        DueDate = dueDate;
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    /// <summary>1, 2, 3… in calendar order; the final round is the last.</summary>
    public int Number { get; private set; }

    public RoundKind Kind { get; private set; }

    public DateOnly ReferenceDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public RoundStatus Status { get; private set; } = RoundStatus.Planned;

    /// <summary>"1° monitoraggio (31/03/2024)" / "Consuntivo 2024".</summary>
    public string Label => Kind == RoundKind.Final
        ? $"Consuntivo {Year}"
        : $"{Number}° monitoraggio ({Text.ItalianFormat.Date(ReferenceDate)})";

    /// <summary>
    /// Moves the round's dates (the calendar edited by the controllo di gestione): both while planned; once open,
    /// only the deadline (a proroga); never when closed.
    /// </summary>
    public void Reschedule(DateOnly referenceDate, DateOnly dueDate)
    {
        if (Status == RoundStatus.Closed)
        {
            throw new InvalidOperationException($"Il round «{Label}» è chiuso: le sue date non cambiano più.");
        }

        if (Status == RoundStatus.Open && referenceDate != ReferenceDate)
        {
            throw new InvalidOperationException($"Il round «{Label}» è già aperto: la data di riferimento non cambia più; si può prorogare la scadenza.");
        }

        if (dueDate < referenceDate)
        {
            throw new ArgumentException("La scadenza non può precedere la data di riferimento del round.", nameof(dueDate));
        }

        ReferenceDate = referenceDate;
        DueDate = dueDate;
    }

    /// <summary>Opens the round for submissions (idempotent: a retried job finds it open).</summary>
    public void Open()
    {
        if (Status == RoundStatus.Closed)
        {
            throw new InvalidOperationException($"Il round «{Label}» è già chiuso.");
        }

        Status = RoundStatus.Open;
    }

    /// <summary>Closes the round: its values are final for the round.</summary>
    public void Close() => Status = RoundStatus.Closed;

    /// <summary>The default calendar of a year.</summary>
    public static IReadOnlyList<MonitoringRound> DefaultCalendar(int year) =>
    [
        new(year, 1, RoundKind.Monitoring, new DateOnly(year, 3, 31), new DateOnly(year, 4, 15)),
        new(year, 2, RoundKind.Monitoring, new DateOnly(year, 6, 30), new DateOnly(year, 7, 15)),
        new(year, 3, RoundKind.Monitoring, new DateOnly(year, 9, 30), new DateOnly(year, 10, 15)),
        new(year, 4, RoundKind.Final, new DateOnly(year, 12, 31), new DateOnly(year + 1, 1, 31)),
    ];
}
