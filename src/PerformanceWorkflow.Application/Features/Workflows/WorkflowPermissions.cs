using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>Who may fire a trigger, and how the engine names who may when someone else asks.</summary>
internal static class WorkflowPermissions
{
    /// <summary>Who may fire a trigger of an instance: its roles, the owner, the reviewer, the system.</summary>
    public static bool MayFire(Actor actor, WorkflowInstance instance, TriggerDefinition trigger)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(trigger);
        return trigger.Roles.Any(role => role switch
        {
            WorkflowVocabulary.Owner => actor.UserId is not null && actor.UserId == instance.OwnerId,
            WorkflowVocabulary.Reviewer => actor.UserId is not null && actor.UserId == instance.ReviewerId,
            _ => actor.Roles.Contains(role),
        });
    }

    /// <summary>"il titolare della pratica", "Segretario generale"…</summary>
    public static string WhoLabel(string role) => role switch
    {
        WorkflowVocabulary.Owner => "il titolare della pratica",
        WorkflowVocabulary.Reviewer => "il valutatore",
        WorkflowVocabulary.System => "il sistema (automaticamente)",
        _ => Roles.Label(role),
    };

    internal static string PermittedText(MachineDefinition machine, WorkflowInstance instance, Actor actor)
    {
        var possible = machine.Triggers.Where(t => t.From.Contains(instance.State) && MayFire(actor, instance, t)).Select(t => $"«{t.Label}» ({t.Id})").ToList();
        return possible.Count == 0 ? "In questo stato non ci sono azioni che lei possa eseguire." : $"Possibili ora: {string.Join(", ", possible)}.";
    }
}
