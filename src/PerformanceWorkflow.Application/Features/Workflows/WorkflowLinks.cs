using PerformanceWorkflow.Application.Features.Appraisal;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>
/// The pages of the web application where a person acts on an instance, in one place: tasks, dashboards and emails
/// ask here, so that a page moved is changed once.
/// </summary>
public static class WorkflowLinks
{
    /// <summary>Where a person acts on an instance: the scheda's form, the round's dashboard, or the instance's page.</summary>
    public static string LinkPath(string machine, int instanceId, int year, int? round) =>
        WorkflowNames.SubmissionMachines.Contains(machine) ? SchedaPath(instanceId)
        : WorkflowNames.FormMachines.Contains(machine) ? $"/valutazione/scheda/{instanceId}"
        : machine == WorkflowNames.Machines.DeviationCauses ? $"/misurazione/cause/{instanceId}"
        : machine == WorkflowNames.Machines.Appraisal ? $"/valutazione?anno={year}"
        : machine == WorkflowNames.Machines.Reporting ? $"/rendicontazione/{year}"
        : WorkflowNames.RoundMachines.Contains(machine) && round is { } number ? $"/monitoraggio/{year}/{number}"
        : $"/pratiche/{instanceId}";

    /// <summary>Where an email leads: the instance's page, except the scores sent to HR, which lead to HR's own area.</summary>
    public static string EmailLinkPath(string template, string machine, int instanceId, int year, int? round) =>
        template == "rendicontazione-punteggi" ? $"/personale?anno={year}" : LinkPath(machine, instanceId, year, round);

    /// <summary>The page of an owner's scheda for a round.</summary>
    public static string SchedaPath(int instanceId) => $"/monitoraggio/scheda/{instanceId}";
}
