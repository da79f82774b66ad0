using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>The list an email shows ({{Elenco}}), by machine: what the recipient is asked about.</summary>
public sealed class WorkflowEmailLists(AppDbContext db, ScoreService scores, WorkflowChildren children, AppraisalHooks appraisal)
{
    /// <summary>
    /// The list an email of this instance shows ({{Elenco}}): a director's objectives with their indicators, an
    /// owner's indicators, or — for a year or a round — the instances still waiting, with their state.
    /// </summary>
    public async Task<IReadOnlyList<EmailListItem>> ListAsync(WorkflowInstance instance, MachineDefinition machine, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(definition);
        if (machine.Id == WorkflowNames.Machines.Reporting)
        {
            return await RelazioneSummaryAsync(instance.Year, cancellationToken);
        }

        if (instance.Phase == "valutazione")
        {
            return await AppraisalListAsync(instance, machine, definition, cancellationToken);
        }

        if (machine.Subject is "year" or "round")
        {
            var waiting = await children.WaitingAsync(instance, cancellationToken);
            var ids = waiting.Select(c => c.OwnerId).OfType<string>().ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
            return [.. waiting.Select(c => new EmailListItem(
                    $"{(c.OwnerId is not null && names.TryGetValue(c.OwnerId, out var name) ? name : "—")}: {definition.Machine(c.Machine)?.State(c.State)?.Label ?? c.State}",
                    []))
                .OrderBy(i => i.Text, StringComparer.Ordinal)];
        }

        if (machine.Id == WorkflowNames.Machines.TargetRevision)
        {
            var revision = db.TargetRevisions.Local.FirstOrDefault(r => r.Instance == instance)
                ?? await db.TargetRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.InstanceId == instance.Id, cancellationToken);
            if (revision is null)
            {
                return [];
            }

            var title = await db.Indicators.AsNoTracking().Where(i => i.Id == revision.IndicatorId).Select(i => i.Title).FirstOrDefaultAsync(cancellationToken);
            return [new EmailListItem($"Indicatore: {title}", [$"target in vigore: {revision.OldTarget.Text}", $"target proposto: {revision.NewTarget.Text}", $"dal round {revision.FromRound}", $"motivo: {revision.Reason}"])];
        }

        if (machine.Id == WorkflowNames.Machines.DeviationCauses)
        {
            var causes = await db.DeviationCauses.AsNoTracking().Where(c => c.InstanceId == instance.Id)
                .Join(db.Indicators, c => c.IndicatorId, i => i.Id, (c, i) => new { i.Title, Unit = i.ManagementObjective.ObjectiveAssignment.Unit.Name, Target = i.Target.Text, c.Percent })
                .ToListAsync(cancellationToken);
            return [.. causes.OrderBy(r => r.Unit, StringComparer.Ordinal).Select(r => new EmailListItem($"{r.Title} ({r.Unit})", [$"target {r.Target}, raggiunto {ItalianFormat.Number(r.Percent)} %"]))];
        }

        if (instance.OwnerId is null || instance.Phase is not ("assegnazione" or "monitoraggio" or "misurazione") || machine.Subject != "owner")
        {
            return [];
        }

        // The assignment lists all that a director's departments are given; the rounds what the owner answers for.
        var owner = instance.OwnerId;
        var assignments = db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == instance.Year);
        if (instance.Phase == "assegnazione")
        {
            assignments = assignments.Where(a => a.Unit.Department.DirectorId == owner);
        }
        else
        {
            var submission = db.Submissions.Local.FirstOrDefault(x => x.Instance == instance)
                ?? await db.Submissions.AsNoTracking().FirstOrDefaultAsync(x => x.InstanceId == instance.Id, cancellationToken);
            var units = submission?.UnitIds ?? [];
            assignments = assignments.Where(a => units.Contains(a.UnitId));
        }
        var rows = await assignments
            .OrderBy(a => a.Unit.Department.Position).ThenBy(a => a.Unit.Position).ThenBy(a => a.Position)
            .Select(a => new
            {
                a.OperationalObjective.Code,
                a.OperationalObjective.Title,
                Unit = a.Unit.Name,
                Indicators = a.ManagementObjectives.OrderBy(m => m.Position).SelectMany(m => m.Indicators.OrderBy(i => i.Position).Select(i => new { i.Title, Target = i.Target.Text, i.DueDate })).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new EmailListItem(
            $"{(r.Code is null ? string.Empty : r.Code + " ")}{r.Title} ({r.Unit})",
            [.. r.Indicators.Select(i => $"{i.Title}: target {(string.IsNullOrWhiteSpace(i.Target) ? "—" : i.Target)}{(i.DueDate is { } due ? ", entro il " + ItalianFormat.Date(due) : string.Empty)}")]))];
    }

    /// <summary>
    /// For the year: the forms past a deadline (at most 100 listed, with the count of the others); for a form: whose
    /// form it is and where it stands. Never a score: emails go through servers the Comune does not control.
    /// </summary>
    private async Task<IReadOnlyList<EmailListItem>> AppraisalListAsync(WorkflowInstance instance, MachineDefinition machine, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        if (machine.Subject == "year")
        {
            var overdue = instance.Id == 0 ? [] : await appraisal.OverdueChildrenAsync(instance, DateTime.SpecifyKind(instance.UpdatedAtUtc, DateTimeKind.Utc), cancellationToken);
            var subjects = overdue.Select(c => c.SubjectId).OfType<int>().ToList();
            var people = await db.Staff.AsNoTracking().Where(s => subjects.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => $"{s.LastName} {s.FirstName} ({s.Matricola})", cancellationToken);
            var items = overdue.Take(100).Select(c => new EmailListItem(
                $"{(c.SubjectId is { } id ? people.GetValueOrDefault(id, "—") : "—")}: {definition.Machine(c.Machine)?.State(c.State)?.Label ?? c.State}", [])).ToList();
            if (overdue.Count > 100)
            {
                items.Add(new EmailListItem($"… e altre {overdue.Count - 100} schede: l'elenco completo è nella pagina della valutazione.", []));
            }

            return items;
        }

        if (instance.SubjectId is not { } subject)
        {
            return [];
        }

        var person = await db.Staff.AsNoTracking().Where(s => s.Id == subject).Select(s => new { s.LastName, s.FirstName, s.Matricola }).FirstOrDefaultAsync(cancellationToken);
        return person is null ? [] : [new EmailListItem($"Scheda di {person.LastName} {person.FirstName} (matricola {person.Matricola}), anno {instance.Year}", [$"stato: {machine.State(instance.State)?.Label ?? instance.State}"])];
    }

    /// <summary>The summary an email about the Relazione carries: the year's results and the causes collected.</summary>
    private async Task<IReadOnlyList<EmailListItem>> RelazioneSummaryAsync(int year, CancellationToken cancellationToken)
    {
        var round = (await scores.RoundsAsync(year, cancellationToken)).LastOrDefault(r => r.Kind == RoundKind.Final && r.HasValues);
        if (round is null)
        {
            return [];
        }

        var head = await scores.HeadAsync(year, round.Id, cancellationToken);
        var below = await db.DeviationCauses.AsNoTracking().CountAsync(c => c.Year == year, cancellationToken);
        return
        [
            new EmailListItem($"Performance dell'ente: {ScoreService.Format(head.Organization.Percent)} ({head.Organization.Indicators} indicatori)", [.. head.Departments.Select(d => $"{d.Name}: {ScoreService.Format(d.Score.Percent)}")]),
            new EmailListItem($"Indicatori sotto il target, con la causa dello scostamento: {below}", []),
        ];
    }
}
