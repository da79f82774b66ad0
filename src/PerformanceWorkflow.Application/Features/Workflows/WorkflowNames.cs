using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>
/// The machines and states that C# refers to by id, in one set. The definitions in <c>workflows/</c> may rename
/// anything else freely; these ids are checked against them at start-up (<see cref="Check"/>, from
/// <see cref="WorkflowCatalog.Load"/>), so that a state renamed in a file but not here stops the service with a
/// message instead of leaving a page that silently finds nothing.
/// </summary>
public static class WorkflowNames
{
    /// <summary>Machine ids.</summary>
    public static class Machines
    {
        public const string Assignment = "assegnazione";
        public const string Monitoring = "monitoraggio";
        public const string Submission = "monitoraggio.scheda";
        public const string TargetRevision = "monitoraggio.revisione";
        public const string Measurement = "misurazione";
        public const string FinalSubmission = "misurazione.scheda";
        public const string DeviationCauses = "misurazione.cause";
        public const string Appraisal = "valutazione";
        public const string AppraisalForm = "valutazione.scheda";
        public const string DirectorAppraisalForm = "valutazione.dirigente";
        public const string Reporting = "rendicontazione";
    }

    /// <summary>State ids (the same id may be a state of several machines).</summary>
    public static class States
    {
        public const string ToDeliberate = "da_deliberare";
        public const string Scheduled = "programmato";
        public const string ScheduledFinal = "programmata";
        public const string InProgress = "in_corso";
        public const string ToFill = "da_compilare";
        public const string Submitted = "inviata";
        public const string Validated = "validata";
        public const string Requested = "richiesta";
        public const string Computing = "calcolo";
        public const string Concluded = "conclusa";
        public const string Objectives = "obiettivi";
        public const string Evaluating = "in_valutazione";
        public const string Conciliation = "conciliazione";
        public const string Final = "definitiva";
        public const string Deliberated = "deliberata";
        public const string ToPublish = "da_pubblicare";
        public const string Published = "pubblicata";
    }

    /// <summary>Which states of which machine the code relies on.</summary>
    public static IReadOnlyDictionary<string, string[]> Used { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Machines.Assignment] = [States.ToDeliberate],
        [Machines.Monitoring] = [States.Scheduled],
        [Machines.Submission] = [States.ToFill, States.Submitted, States.Validated],
        [Machines.TargetRevision] = [States.Requested],
        [Machines.Measurement] = [States.ScheduledFinal, States.Computing, States.Concluded],
        [Machines.FinalSubmission] = [States.ToFill, States.Submitted, States.Validated],
        [Machines.DeviationCauses] = [States.ToFill],
        [Machines.Appraisal] = [States.InProgress, States.Concluded],
        [Machines.AppraisalForm] = [States.Objectives, States.Evaluating, States.Conciliation, States.Final],
        [Machines.DirectorAppraisalForm] = [States.Objectives, States.Evaluating, States.Conciliation, States.Final],
        [Machines.Reporting] = [States.Validated, States.Deliberated, States.ToPublish, States.Published],
    };

    /// <summary>The machines whose instances are a scheda of values: their links lead to the form.</summary>
    public static IReadOnlyList<string> SubmissionMachines { get; } = [Machines.Submission, Machines.FinalSubmission];

    /// <summary>The machines that coordinate a round: their links lead to the round's dashboard.</summary>
    public static IReadOnlyList<string> RoundMachines { get; } = [Machines.Monitoring, Machines.Measurement];

    /// <summary>The machines of an individual evaluation form.</summary>
    public static IReadOnlyList<string> FormMachines { get; } = [Machines.AppraisalForm, Machines.DirectorAppraisalForm];

    /// <summary>Every id of <see cref="Used"/> missing from the definitions, in Italian, naming the file.</summary>
    public static IReadOnlyList<string> Check(IEnumerable<WorkflowDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var machines = definitions.SelectMany(d => d.Machines.Select(m => (Phase: d.Phase, Machine: m))).ToDictionary(x => x.Machine.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (machine, states) in Used)
        {
            if (!machines.TryGetValue(machine, out var found))
            {
                problems.Add($"{machine.Split('.')[0]}.json: manca la macchina «{machine}», che il servizio usa (WorkflowNames).");
                continue;
            }

            problems.AddRange(states.Where(s => found.Machine.State(s) is null)
                .Select(s => $"{found.Phase}.json: la macchina «{machine}» non ha lo stato «{s}», che il servizio usa (WorkflowNames)."));
        }

        return problems;
    }
}
