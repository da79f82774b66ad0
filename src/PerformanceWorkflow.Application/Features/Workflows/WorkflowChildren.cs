using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>An instance's children, as the guards and the emails of a round or a year see them.</summary>
public sealed class WorkflowChildren(AppDbContext db)
{
    /// <summary>The children whose owner still owes an answer: an open task of his on them.</summary>
    public async Task<List<WorkflowInstance>> WaitingAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var children = await OfAsync(instance, cancellationToken);
        var childIds = children.Where(c => c.Id != 0).Select(c => c.Id).ToList();
        var owing = (await db.UserTasks.AsNoTracking().Where(t => childIds.Contains(t.InstanceId) && t.Status == UserTaskStatus.Open && t.AssigneeId != null)
            .Select(t => new { t.InstanceId, t.AssigneeId }).ToListAsync(cancellationToken)).ToHashSet();
        return [.. children.Where(c => owing.Contains(new { InstanceId = c.Id, AssigneeId = c.OwnerId }))];
    }

    /// <summary>The children of an instance as tracked: states changed in this transition count.</summary>
    public async Task<List<WorkflowInstance>> OfAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Id != 0)
        {
            await db.WorkflowInstances.Where(i => i.ParentId == instance.Id).LoadAsync(cancellationToken);
        }

        return [.. db.WorkflowInstances.Local.Where(i => i.Parent == instance || (instance.Id != 0 && i.ParentId == instance.Id))];
    }
}
