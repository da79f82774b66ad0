using PerformanceWorkflow.Domain.Workflow;
using Stateless;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>
/// A definition's machine as Stateless sees it: configured for the one transition being fired (the rules of which
/// trigger goes from which state under which guard), or whole, for its diagram.
/// </summary>
internal static class WorkflowStateMachines
{
    internal static void Configure(StateMachine<string, string> stateMachine, MachineDefinition machine, string current, string firing, bool guardPassed)
    {
        // Only the current state's transitions can fire now: configuring the others would be work thrown away.
        var configuration = stateMachine.Configure(current);
        foreach (var trigger in machine.Triggers.Where(t => t.From.Contains(current)))
        {
            // Only the trigger being fired has had its guard evaluated; the others are not fired here.
            var passed = trigger.Id != firing || guardPassed;
            var description = trigger.Guard ?? "sempre";
            if (trigger.IsInternal)
            {
                configuration.InternalTransitionIf(trigger.Id, _ => passed, _ => { });
            }
            else if (trigger.To == current)
            {
                configuration.PermitReentryIf(trigger.Id, () => passed, description);
            }
            else
            {
                configuration.PermitIf(trigger.Id, trigger.To, () => passed, description);
            }
        }
    }

    /// <summary>A Stateless machine of a definition, for its diagram.</summary>
    public static StateMachine<string, string> Diagrammable(MachineDefinition machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var state = machine.Initial;
        var stateMachine = new StateMachine<string, string>(() => state, s => state = s);
        foreach (var definition in machine.States)
        {
            var configuration = stateMachine.Configure(definition.Id);
            foreach (var trigger in machine.Triggers.Where(t => t.From.Contains(definition.Id)))
            {
                var description = trigger.Guard ?? string.Empty;
                if (trigger.IsInternal)
                {
                    configuration.InternalTransition(trigger.Id, _ => { });
                }
                else if (trigger.To == definition.Id)
                {
                    configuration.PermitReentry(trigger.Id);
                }
                else if (trigger.Guard is null)
                {
                    configuration.Permit(trigger.Id, trigger.To);
                }
                else
                {
                    configuration.PermitIf(trigger.Id, trigger.To, () => true, description);
                }
            }
        }

        return stateMachine;
    }
}
