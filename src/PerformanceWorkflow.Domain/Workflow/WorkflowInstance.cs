using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Workflow;

/// <summary>
/// Pratica: one running state machine of a phase — the year's assignment, a round, a director's objectives, an
/// appraisal — pinned to the definition version it started on. <see cref="Revision"/> changes on every transition, so
/// that two people firing at once cannot both win.
/// </summary>
public sealed class WorkflowInstance
{
    /// <summary>Named dates are taken at 08:00 in Rome: reminders arrive in office hours.</summary>
    public static readonly TimeSpan DateTimeOfDay = TimeSpan.FromHours(8);

    private WorkflowInstance()
    {
        Phase = string.Empty;
        Machine = string.Empty;
        State = string.Empty;
        SubjectKey = string.Empty;
    }

    public WorkflowInstance(string phase, int version, string machine, int year, int? round, string? ownerId, string? reviewerId, WorkflowInstance? parent, string initial, DateTime nowUtc, string? discriminator = null, int? subjectId = null)
    {
        Phase = phase;
        Version = version;
        Machine = machine;
        Year = year;
        Round = round;
        OwnerId = ownerId;
        ReviewerId = reviewerId;
        Parent = parent;
        State = initial;
        StartedAtUtc = nowUtc;
        EnteredAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
        SubjectKey = KeyOf(machine, year, round, ownerId) + (discriminator is null ? string.Empty : "|" + discriminator);
        SubjectId = subjectId;
    }

    public int Id { get; private set; }

    /// <summary>The file of the definition (assegnazione, monitoraggio…).</summary>
    public string Phase { get; private set; }

    /// <summary>The definition version the instance started on and keeps.</summary>
    public int Version { get; private set; }

    public string Machine { get; private set; }

    public int Year { get; private set; }

    /// <summary>The round number, for round instances and their children.</summary>
    public int? Round { get; private set; }

    /// <summary>The person the instance is about (a director, an owner of indicators, an appraised person).</summary>
    public string? OwnerId { get; private set; }

    /// <summary>Who reviews the owner's work (the evaluator of an appraisal).</summary>
    public string? ReviewerId { get; private set; }

    public int? ParentId { get; private set; }

    /// <summary>The record the instance is about when it is not a person with an account (the evaluated staff member).</summary>
    public int? SubjectId { get; private set; }

    public WorkflowInstance? Parent { get; private set; }

    /// <summary>One instance per machine, year, round and owner: a retried start cannot create a second.</summary>
    public string SubjectKey { get; private set; }

    public string State { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    /// <summary>When the current state was entered (internal transitions do not change it).</summary>
    public DateTime EnteredAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateOnly? ReferenceDate { get; private set; }

    public DateOnly? DueDate { get; private set; }

    /// <summary>Concurrency token: incremented by every transition.</summary>
    public int Revision { get; private set; }

    public static string KeyOf(string machine, int year, int? round, string? ownerId) => $"{machine}|{year}|{round}|{ownerId}";

    /// <summary>The named dates timers and tasks may refer to, as instants in UTC.</summary>
    public IReadOnlyDictionary<string, DateTime> Dates
    {
        get
        {
            var dates = new Dictionary<string, DateTime>(StringComparer.Ordinal);
            if (ReferenceDate is { } reference)
            {
                dates[WorkflowDates.ReferenceDate] = AtOfficeHours(reference);
            }

            if (DueDate is { } due)
            {
                dates[WorkflowDates.DueDate] = AtOfficeHours(due);
            }

            return dates;
        }
    }

    public void SetDates(DateOnly? referenceDate, DateOnly? dueDate)
    {
        ReferenceDate = referenceDate;
        DueDate = dueDate;
    }

    /// <summary>Records a transition: a new state (or the same, for an internal one) and a new revision.</summary>
    public void Transition(string state, bool isInternal, DateTime nowUtc)
    {
        if (!isInternal)
        {
            State = state;
            EnteredAtUtc = nowUtc;
        }

        UpdatedAtUtc = nowUtc;
        Revision++;
    }

    public static DateTime AtOfficeHours(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.FromTimeSpan(DateTimeOfDay), DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, ItalianFormat.TimeZone);
    }
}

/// <summary>The named dates of an instance.</summary>
public static class WorkflowDates
{
    public const string ReferenceDate = "referenceDate";
    public const string DueDate = "dueDate";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>([ReferenceDate, DueDate], StringComparer.Ordinal);
}

/// <summary>A line of an instance's journal: who fired what, when, from which state to which, with what comment.</summary>
public sealed class WorkflowJournalEntry
{
    private WorkflowJournalEntry()
    {
        Trigger = string.Empty;
        FromState = string.Empty;
        ToState = string.Empty;
        ActorName = string.Empty;
    }

    public WorkflowJournalEntry(WorkflowInstance instance, string trigger, string fromState, string toState, string? actorId, string actorName, string? comment, DateTime atUtc)
    {
        Instance = instance;
        Trigger = trigger;
        FromState = fromState;
        ToState = toState;
        ActorId = actorId;
        ActorName = actorName;
        Comment = comment;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public int InstanceId { get; private set; }

    public WorkflowInstance Instance { get; private set; } = null!;

    /// <summary>The trigger fired, or "start" for the creation of the instance.</summary>
    public string Trigger { get; private set; }

    public string FromState { get; private set; }

    public string ToState { get; private set; }

    public string? ActorId { get; private set; }

    /// <summary>Who, as shown in the journal ("sistema" for timers and jobs).</summary>
    public string ActorName { get; private set; }

    public string? Comment { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>Delibera di Giunta recorded by this step.</summary>
    public string? DeliberationNumber { get; private set; }

    public DateOnly? DeliberationDate { get; private set; }

    public void RecordDeliberation(Deliberation deliberation)
    {
        ArgumentNullException.ThrowIfNull(deliberation);
        DeliberationNumber = deliberation.Number;
        DeliberationDate = deliberation.Date;
    }
}

/// <summary>Delibera di Giunta: number and date, as written on the act.</summary>
public sealed record Deliberation(string Number, DateOnly Date)
{
    public override string ToString() => $"n. {Number} del {ItalianFormat.Date(Date)}";
}

/// <summary>The state of a user task.</summary>
public enum UserTaskStatus
{
    Open,
    Closed,
}

/// <summary>
/// Compito: something a person (or anyone with a role) has to do on an instance, opened when its state is entered and
/// closed when that step completes.
/// </summary>
public sealed class UserTask
{
    private UserTask()
    {
        Title = string.Empty;
        State = string.Empty;
    }

    public UserTask(WorkflowInstance instance, string state, string? assigneeId, string? assigneeRole, string title, DateOnly? dueDate, DateTime nowUtc)
    {
        if ((assigneeId is null) == (assigneeRole is null))
        {
            throw new ArgumentException("Un compito è di una persona o di un ruolo.", nameof(assigneeId));
        }

        Instance = instance;
        State = state;
        AssigneeId = assigneeId;
        AssigneeRole = assigneeRole;
        Title = title;
        DueDate = dueDate;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int InstanceId { get; private set; }

    public WorkflowInstance Instance { get; private set; } = null!;

    /// <summary>The state the task belongs to: leaving it closes the task.</summary>
    public string State { get; private set; }

    public string? AssigneeId { get; private set; }

    public string? AssigneeRole { get; private set; }

    public string Title { get; private set; }

    /// <summary>The last day (in Rome) to do it; overdue from the day after.</summary>
    public DateOnly? DueDate { get; private set; }

    public UserTaskStatus Status { get; private set; } = UserTaskStatus.Open;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public string? ClosedBy { get; private set; }

    public bool IsOverdue(DateOnly today) => Status == UserTaskStatus.Open && DueDate is { } due && today > due;

    /// <summary>The deadline moved (a round's due date extended).</summary>
    public void Reschedule(DateOnly dueDate) => DueDate = dueDate;

    public void Close(string closedBy, DateTime nowUtc)
    {
        if (Status == UserTaskStatus.Closed)
        {
            return;
        }

        Status = UserTaskStatus.Closed;
        ClosedBy = closedBy;
        ClosedAtUtc = nowUtc;
    }
}

/// <summary>The state of a timer.</summary>
public enum TimerStatus
{
    Pending,
    Fired,

    /// <summary>The state was left before the timer was due.</summary>
    Cancelled,
}

/// <summary>
/// A durable timer: while the instance stays in <see cref="State"/>, at <see cref="DueAtUtc"/> the sweep fires
/// <see cref="Trigger"/>. The row is the timer: a restart or a lost job loses nothing, and firing marks it in the same
/// transaction as the transition, so it fires once.
/// </summary>
public sealed class WorkflowTimer
{
    private WorkflowTimer()
    {
        TimerId = string.Empty;
        State = string.Empty;
        Trigger = string.Empty;
    }

    public WorkflowTimer(WorkflowInstance instance, string timerId, string state, string trigger, DateTime dueAtUtc)
    {
        Instance = instance;
        TimerId = timerId;
        State = state;
        Trigger = trigger;
        DueAtUtc = dueAtUtc;
    }

    public long Id { get; private set; }

    public int InstanceId { get; private set; }

    public WorkflowInstance Instance { get; private set; } = null!;

    public string TimerId { get; private set; }

    public string State { get; private set; }

    public string Trigger { get; private set; }

    public DateTime DueAtUtc { get; private set; }

    public TimerStatus Status { get; private set; } = TimerStatus.Pending;

    public DateTime? FiredAtUtc { get; private set; }

    public void Fire(DateTime nowUtc)
    {
        Status = TimerStatus.Fired;
        FiredAtUtc = nowUtc;
    }

    public void Cancel() => Status = TimerStatus.Cancelled;

    /// <summary>
    /// The next occurrence of a repeating timer after <paramref name="nowUtc"/>: occurrences missed while the service
    /// was down are skipped, so that a long downtime produces one reminder, not one per missed period.
    /// </summary>
    public static DateTime NextOccurrence(DateTime dueAtUtc, TimeSpan every, DateTime nowUtc)
    {
        if (every <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(every), "La ripetizione deve essere positiva.");
        }

        var next = dueAtUtc + every;
        if (next <= nowUtc)
        {
            var missed = (nowUtc - next).Ticks / every.Ticks + 1;
            next += TimeSpan.FromTicks(every.Ticks * missed);
        }

        return next;
    }
}
