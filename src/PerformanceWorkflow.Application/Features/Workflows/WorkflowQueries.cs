using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;
using Stateless.Graph;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>A task in "Le mie attività".</summary>
public sealed record TaskRow(int Id, int InstanceId, string Title, string Phase, string Subject, int Year, DateOnly? DueDate, bool Overdue, UserTaskStatus Status, DateTime CreatedAtUtc, DateTime? ClosedAtUtc, string Link);

/// <summary>An instance in the administrators' list.</summary>
public sealed record InstanceRow(int Id, string Phase, string MachineLabel, int Year, int? Round, string? Owner, string StateLabel, bool Final, DateTime UpdatedAtUtc, int OpenTasks, int? ParentId);

public sealed record JournalRow(DateTime AtUtc, string Actor, string Trigger, string From, string To, string? Comment, string? Deliberation);

/// <summary>An instance as its page shows it.</summary>
public sealed record InstanceView(
    int Id,
    string Phase,
    string PhaseLabel,
    string MachineLabel,
    int Year,
    string? RoundLabel,
    string? Owner,
    string? Reviewer,
    string State,
    string StateLabel,
    bool Final,
    int Revision,
    DateTime StartedAtUtc,
    int? ParentId,
    IReadOnlyList<EmailListItem> Items,
    IReadOnlyList<AvailableTrigger> Triggers,
    IReadOnlyList<JournalRow> Journal,
    IReadOnlyList<TaskRow> OpenTasks,
    IReadOnlyList<InstanceRow> Children);

/// <summary>A machine drawn for administrators.</summary>
public sealed record MachineDiagram(string Phase, int Version, string PhaseLabel, string MachineId, string MachineLabel, string Mermaid, IReadOnlyList<(string Id, string Label)> States, IReadOnlyList<(string Id, string Label, string Roles)> Triggers);

/// <summary>Reads tasks, instances and diagrams for the pages and `pw workflow`.</summary>
public sealed class WorkflowQueries(AppDbContext db, WorkflowCatalog catalog, WorkflowEngine engine, WorkflowHooks hooks, TimeProvider time)
{
    private DateOnly Today => ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);

    /// <summary>The tasks of a person: his own and those of his roles; open first, then the latest closed.</summary>
    public async Task<IReadOnlyList<TaskRow>> TasksAsync(Actor actor, bool includeClosed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = actor.Roles.ToList();
        var query = db.UserTasks.AsNoTracking().Where(t => (actor.UserId != null && t.AssigneeId == actor.UserId) || (t.AssigneeRole != null && roles.Contains(t.AssigneeRole)));
        var open = await Rows(query.Where(t => t.Status == UserTaskStatus.Open).OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.Id), 500, cancellationToken);
        if (!includeClosed)
        {
            return open;
        }

        var closed = await Rows(query.Where(t => t.Status == UserTaskStatus.Closed).OrderByDescending(t => t.ClosedAtUtc).ThenByDescending(t => t.Id), 20, cancellationToken);
        return [.. open, .. closed];
    }

    private async Task<List<TaskRow>> Rows(IQueryable<UserTask> query, int take, CancellationToken cancellationToken)
    {
        var today = Today;
        var rows = await query.Take(take).Select(t => new
        {
            t.Id,
            t.InstanceId,
            t.Title,
            t.Instance.Phase,
            t.Instance.Machine,
            t.Instance.Year,
            t.Instance.Round,
            t.Instance.OwnerId,
            t.DueDate,
            t.Status,
            t.CreatedAtUtc,
            t.ClosedAtUtc,
        }).ToListAsync(cancellationToken);
        var names = await NamesAsync(rows.Select(r => r.OwnerId), cancellationToken);

        // Tasks of the same kind tell themselves apart by what they are about: the round, the person evaluated.
        var years = rows.Where(r => r.Round is not null).Select(r => r.Year).Distinct().ToList();
        var rounds = years.Count == 0 ? [] : await db.MonitoringRounds.AsNoTracking().Where(m => years.Contains(m.Year))
            .Select(m => new { m.Year, m.Number, m.Label }).ToListAsync(cancellationToken);
        var forms = rows.Where(r => WorkflowNames.FormMachines.Contains(r.Machine)).Select(r => r.InstanceId).ToList();
        var people = forms.Count == 0 ? [] : await db.AppraisalForms.AsNoTracking().Where(f => forms.Contains(f.InstanceId))
            .Join(db.Staff, f => f.StaffMemberId, s => s.Id, (f, s) => new { f.InstanceId, s.FirstName, s.LastName }).ToListAsync(cancellationToken);
        string? About(int instanceId, int year, int? round) =>
            round is { } n ? rounds.FirstOrDefault(m => m.Year == year && m.Number == n)?.Label
            : people.FirstOrDefault(p => p.InstanceId == instanceId) is { } p ? $"{p.FirstName} {p.LastName}" : null;
        return [.. rows.Select(r => new TaskRow(
            r.Id,
            r.InstanceId,
            r.Title,
            PhaseLabel(r.Phase),
            Describe(r.Phase, r.Machine, r.Year, r.OwnerId, names, About(r.InstanceId, r.Year, r.Round)),
            r.Year,
            r.DueDate,
            r.Status == UserTaskStatus.Open && r.DueDate is { } due && today > due,
            r.Status,
            r.CreatedAtUtc,
            r.ClosedAtUtc,
            WorkflowLinks.LinkPath(r.Machine, r.InstanceId, r.Year, r.Round)))];
    }

    /// <summary>Instances of a phase and year (all when null), latest first.</summary>
    public async Task<IReadOnlyList<InstanceRow>> InstancesAsync(string? phase, int? year, int? parentId, CancellationToken cancellationToken)
    {
        var query = db.WorkflowInstances.AsNoTracking();
        if (phase is not null)
        {
            query = query.Where(i => i.Phase == phase);
        }

        if (year is not null)
        {
            query = query.Where(i => i.Year == year);
        }

        if (parentId is not null)
        {
            query = query.Where(i => i.ParentId == parentId);
        }

        var instances = await query.OrderByDescending(i => i.Year).ThenBy(i => i.ParentId ?? i.Id).ThenBy(i => i.ParentId != null).ThenBy(i => i.Id).Take(2000).ToListAsync(cancellationToken);
        var ids = instances.Select(i => i.Id).ToList();
        var open = await db.UserTasks.AsNoTracking().Where(t => ids.Contains(t.InstanceId) && t.Status == UserTaskStatus.Open)
            .GroupBy(t => t.InstanceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var names = await NamesAsync(instances.Select(i => i.OwnerId), cancellationToken);
        return [.. instances.Select(i =>
        {
            var machine = engine.DefinitionOf(i).Machine(i.Machine);
            var state = machine?.State(i.State);
            return new InstanceRow(i.Id, i.Phase, machine?.Label ?? i.Machine, i.Year, i.Round, i.OwnerId is not null && names.TryGetValue(i.OwnerId, out var name) ? name : null,
                state?.Label ?? i.State, state?.Final == true, i.UpdatedAtUtc, open.GetValueOrDefault(i.Id), i.ParentId);
        })];
    }

    /// <summary>Whether an instance is an evaluation form (its page is the form's).</summary>
    public Task<bool> IsAppraisalFormAsync(int id, CancellationToken cancellationToken) =>
        db.WorkflowInstances.AsNoTracking().AnyAsync(i => i.Id == id && WorkflowNames.FormMachines.Contains(i.Machine), cancellationToken);

    /// <summary>One instance for its page, or null when it does not exist or the actor may not see it.</summary>
    public async Task<InstanceView?> InstanceAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var definition = engine.DefinitionOf(instance);
        var machine = definition.Machine(instance.Machine)!;

        // An evaluation form is read on its own page, under the evaluation's access rule: its journal holds what the
        // person and his evaluator wrote.
        if (WorkflowNames.FormMachines.Contains(instance.Machine) && !actor.Is(Domain.Security.Roles.Administrator))
        {
            return null;
        }

        if (!AccessRules.CanReadInstance(actor, instance.OwnerId, instance.ReviewerId, InvolvedRoles(machine)))
        {
            return null;
        }

        var names = await NamesAsync([instance.OwnerId, instance.ReviewerId], cancellationToken);
        var journal = await db.WorkflowJournal.AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var actors = await NamesAsync(journal.Select(j => j.ActorId), cancellationToken);
        string Label(string state) => string.IsNullOrEmpty(state) ? "—" : machine.State(state)?.Label ?? state;
        var rows = journal.Select(j => new JournalRow(
            j.AtUtc,
            j.ActorId is not null && actors.TryGetValue(j.ActorId, out var who) ? who : j.ActorName,
            j.Trigger == WorkflowEngine.StartTrigger ? "Avvio" : machine.Trigger(j.Trigger)?.Label ?? j.Trigger,
            Label(j.FromState),
            Label(j.ToState),
            j.Comment,
            j.DeliberationNumber is null ? null : new Deliberation(j.DeliberationNumber, j.DeliberationDate!.Value).ToString())).ToList();
        var tasks = await Rows(db.UserTasks.AsNoTracking().Where(t => t.InstanceId == id && t.Status == UserTaskStatus.Open).OrderBy(t => t.Id), 100, cancellationToken);
        var roundLabel = instance.Round is { } number
            ? (await db.MonitoringRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Year == instance.Year && r.Number == number, cancellationToken))?.Label
            : null;
        var state = machine.State(instance.State);
        return new InstanceView(
            instance.Id,
            instance.Phase,
            definition.Label,
            machine.Label,
            instance.Year,
            roundLabel,
            instance.OwnerId is not null ? names.GetValueOrDefault(instance.OwnerId) : null,
            instance.ReviewerId is not null ? names.GetValueOrDefault(instance.ReviewerId) : null,
            instance.State,
            state?.Label ?? instance.State,
            state?.Final == true,
            instance.Revision,
            instance.StartedAtUtc,
            instance.ParentId,
            await hooks.ListAsync(instance, machine, definition, cancellationToken),
            await engine.AvailableAsync(instance, actor, cancellationToken),
            rows,
            tasks,
            machine.Subject is "year" or "round" ? await InstancesAsync(null, null, instance.Id, cancellationToken) : []);
    }

    /// <summary>Each machine of the current definitions as a Mermaid state diagram, drawn by Stateless.</summary>
    public IReadOnlyList<MachineDiagram> Diagrams() =>
        [.. catalog.Definitions.SelectMany(d => d.Machines.Select(m => new MachineDiagram(
            d.Phase,
            d.Version,
            d.Label,
            m.Id,
            m.Label,
            MermaidGraph.Format(WorkflowStateMachines.Diagrammable(m).GetInfo()),
            [.. m.States.Select(s => (s.Id, s.Label + (s.Final ? " (finale)" : string.Empty)))],
            [.. m.Triggers.Select(t => (t.Id, t.Label, string.Join(", ", t.Roles.Select(WorkflowPermissions.WhoLabel))))])))];

    /// <summary>The roles a machine's steps involve (who may fire, who gets tasks or emails).</summary>
    public static IEnumerable<string> InvolvedRoles(MachineDefinition machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var parties = machine.States.SelectMany(s => s.OnEntry).Concat(machine.Triggers.SelectMany(t => t.Actions)).Concat(machine.OnStart)
            .SelectMany(a => new[] { a.To, a.For }).OfType<string>().Where(p => p.StartsWith("role:", StringComparison.Ordinal)).Select(p => p[5..]);
        return machine.Triggers.SelectMany(t => t.Roles).Where(r => Roles.All.Contains(r)).Concat(parties).Distinct(StringComparer.Ordinal);
    }

    public static string PhaseLabel(string phase) => phase switch
    {
        "assegnazione" => "Assegnazione",
        "monitoraggio" => "Monitoraggio",
        "misurazione" => "Misurazione",
        "valutazione" => "Valutazione",
        "rendicontazione" => "Rendicontazione",
        _ => phase,
    };

    private string Describe(string phase, string machineId, int year, string? ownerId, Dictionary<string, string> names, string? about)
    {
        var label = catalog.Current(phase).Machine(machineId)?.Label ?? machineId;
        var subject = about is null ? $"{label} {year}" : $"{label} {year}, {about}";
        return ownerId is not null && names.TryGetValue(ownerId, out var name) && name != about ? $"{subject} — {name}" : subject;
    }

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.FullName) ? u.UserName ?? u.Id : u.FullName, StringComparer.Ordinal, cancellationToken);
    }
}

/// <summary>The workflow jobs; they carry nothing and are safe to run twice.</summary>
public sealed class WorkflowJobs(WorkflowEngine engine)
{
    public const string TimersId = "workflow-timers";

    /// <summary>Fires the due timers: level-triggered from the timer rows, so a restart or a lost run loses nothing.</summary>
    public Task<int> FireDueTimersAsync(CancellationToken cancellationToken) => engine.FireDueTimersAsync(cancellationToken);
}
