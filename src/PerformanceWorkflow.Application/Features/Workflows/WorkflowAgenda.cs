using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>
/// What a transition leaves for later: the tasks it opens and closes, the timers it sets and cancels, and the dates of
/// a round moved after its instances started.
/// </summary>
public sealed partial class WorkflowAgenda(AppDbContext db, WorkflowCatalog catalog, IOptions<WorkflowOptions> options, ILogger<WorkflowAgenda> logger)
{
    public void OpenTask(WorkflowInstance instance, ActionDefinition action, DateTime nowUtc)
    {
        string? assignee = null, role = null;
        switch (action.For)
        {
            case WorkflowVocabulary.Owner:
                assignee = instance.OwnerId;
                break;
            case WorkflowVocabulary.Reviewer:
                assignee = instance.ReviewerId;
                break;
            default:
                role = action.For![5..];
                break;
        }

        if (assignee is null && role is null)
        {
            LogNoAssignee(logger, instance.Machine, action.For ?? string.Empty);
            return;
        }

        DateOnly? due = null;
        if (action.Due?.Resolve(instance.EnteredAtUtc, instance.StartedAtUtc, instance.Dates) is { } at)
        {
            due = ItalianFormat.DayOf(at);
        }

        db.UserTasks.Add(new UserTask(instance, instance.State, assignee, role, action.Title!, due, nowUtc));
    }

    public async Task CloseTasksAsync(WorkflowInstance instance, string? party, string closedBy, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (instance.Id != 0)
        {
            await db.UserTasks.Where(t => t.InstanceId == instance.Id && t.Status == UserTaskStatus.Open).LoadAsync(cancellationToken);
        }

        foreach (var task in db.UserTasks.Local.Where(t => t.Instance == instance && t.Status == UserTaskStatus.Open).ToList())
        {
            var matches = party switch
            {
                null => true,
                WorkflowVocabulary.Owner => task.AssigneeId is not null && task.AssigneeId == instance.OwnerId,
                WorkflowVocabulary.Reviewer => task.AssigneeId is not null && task.AssigneeId == instance.ReviewerId,
                _ => task.AssigneeRole == party[5..],
            };
            if (matches)
            {
                task.Close(closedBy, nowUtc);
            }
        }
    }

    public async Task CancelTimersAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        if (instance.Id != 0)
        {
            await db.WorkflowTimers.Where(t => t.InstanceId == instance.Id && t.Status == TimerStatus.Pending).LoadAsync(cancellationToken);
        }

        foreach (var timer in db.WorkflowTimers.Local.Where(t => t.Instance == instance && t.Status == TimerStatus.Pending).ToList())
        {
            timer.Cancel();
        }
    }

    public void ScheduleTimers(WorkflowInstance instance, MachineDefinition machine, string state)
    {
        var timers = new List<WorkflowTimer>();
        foreach (var timer in machine.Timers.Where(t => t.State == state))
        {
            var offset = Override(machine.Id, timer.Id)?.Offset ?? timer.At.Offset;
            if (new RelativeTime(timer.At.RelativeTo, offset).Resolve(instance.EnteredAtUtc, instance.StartedAtUtc, instance.Dates) is { } at)
            {
                timers.Add(new WorkflowTimer(instance, timer.Id, state, timer.Trigger, at));
            }
        }

        // Entering a state late (a round opened after its reminders' dates): of the times already past, only the last
        // of each trigger is kept — one reminder now, not one per date missed.
        var stale = timers.Where(t => t.DueAtUtc <= instance.EnteredAtUtc).GroupBy(t => t.Trigger).SelectMany(g => g.OrderBy(t => t.DueAtUtc).SkipLast(1)).ToHashSet();
        db.WorkflowTimers.AddRange(timers.Where(t => !stale.Contains(t)));
    }

    /// <summary>
    /// The deadline of a round changed: its instances and their children take the new date, pending timers tied to the
    /// named dates are set again, and open tasks that were due on the old date are due on the new one.
    /// </summary>
    public async Task RescheduleRoundAsync(int year, int round, DateOnly referenceDate, DateOnly dueDate, CancellationToken cancellationToken)
    {
        var instances = await db.WorkflowInstances.Where(i => i.Year == year && i.Round == round).ToListAsync(cancellationToken);
        if (instances.Count == 0)
        {
            return;
        }

        var ids = instances.Select(i => i.Id).ToList();
        var timers = await db.WorkflowTimers.Where(t => ids.Contains(t.InstanceId) && t.Status == TimerStatus.Pending).ToListAsync(cancellationToken);
        var tasks = await db.UserTasks.Where(t => ids.Contains(t.InstanceId) && t.Status == UserTaskStatus.Open).ToListAsync(cancellationToken);
        foreach (var instance in instances)
        {
            var oldDue = instance.DueDate;
            instance.SetDates(referenceDate, dueDate);
            var machine = catalog.Of(instance, db).Machine(instance.Machine);
            foreach (var timer in timers.Where(t => t.InstanceId == instance.Id))
            {
                var declared = machine?.Timers.FirstOrDefault(t => t.Id == timer.TimerId);
                if (declared is null || declared.At.RelativeTo is RelativeTime.Entered or RelativeTime.Started)
                {
                    continue;
                }

                var offset = Override(instance.Machine, declared.Id)?.Offset ?? declared.At.Offset;
                if (new RelativeTime(declared.At.RelativeTo, offset).Resolve(instance.EnteredAtUtc, instance.StartedAtUtc, instance.Dates) is { } at)
                {
                    timer.Cancel();
                    db.WorkflowTimers.Add(new WorkflowTimer(instance, timer.TimerId, timer.State, timer.Trigger, at));
                }
            }

            foreach (var task in tasks.Where(t => t.InstanceId == instance.Id && oldDue is not null && t.DueDate == oldDue))
            {
                task.Reschedule(dueDate);
            }
        }
    }

    /// <summary>A timer's offset or repetition as the Comune set it (Workflows:Timers), over the definition's.</summary>
    public TimerOverride? Override(string machine, string timer) =>
        options.Value.Timers.TryGetValue($"{machine}/{timer}", out var found) ? found : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Compito della macchina {Machine} per «{Party}» senza destinatario: non aperto")]
    private static partial void LogNoAssignee(ILogger logger, string machine, string party);
}
