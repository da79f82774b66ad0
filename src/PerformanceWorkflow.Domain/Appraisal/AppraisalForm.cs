using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Domain.Appraisal;

/// <summary>An individual objective on a form: assigned with a weight at the start of the year, achieved in percent at its end.</summary>
public sealed class AppraisalObjective
{
    private AppraisalObjective()
    {
        Title = string.Empty;
    }

    public AppraisalObjective(string title, decimal weight, decimal? achieved)
    {
        Title = title.Trim();
        Weight = weight;
        Achieved = achieved;
    }

    public string Title { get; private set; }

    public decimal Weight { get; private set; }

    /// <summary>% achieved, set by the evaluator with his proposal.</summary>
    public decimal? Achieved { get; private set; }
}

/// <summary>A rating of one behaviour of the catalogue (by its code).</summary>
public sealed class BehaviourRating
{
    private BehaviourRating()
    {
        Code = string.Empty;
    }

    public BehaviourRating(string code, int? rating)
    {
        Code = code;
        Rating = rating;
    }

    public string Code { get; private set; }

    public int? Rating { get; private set; }
}

/// <summary>
/// Scheda di valutazione (AppraisalForm): one per evaluated person per year, moved by its workflow instance. It keeps
/// what the evaluator wrote (objectives, ratings, comment), what the person wrote (observations, hearing, the request
/// for conciliation), the conciliation's decision, and the scores fixed at each step. <see cref="Revision"/> changes
/// with every save, so that two people saving at once cannot overwrite each other.
/// </summary>
public sealed class AppraisalForm
{
    private AppraisalForm()
    {
        EvaluatorName = string.Empty;
    }

    public AppraisalForm(WorkflowInstance instance, StaffMember person, string? evaluatorUserId, string evaluatorName, string? scoredDimension, int? scoredId, string? scoredName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(person);
        Instance = instance;
        Year = instance.Year;
        StaffMemberId = person.Id;
        Group = person.Group;
        EvaluatorUserId = evaluatorUserId;
        EvaluatorName = evaluatorName;
        ScoredDimension = scoredDimension;
        ScoredId = scoredId;
        ScoredName = scoredName;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int InstanceId { get; private set; }

    public WorkflowInstance Instance { get; private set; } = null!;

    public int Year { get; private set; }

    public int StaffMemberId { get; private set; }

    /// <summary>The role group at the start of the valutazione: the weights of that group apply.</summary>
    public RoleGroup Group { get; private set; }

    public string? EvaluatorUserId { get; private set; }

    /// <summary>"Nucleo di valutazione", or the evaluator's name, as shown on the form.</summary>
    public string EvaluatorName { get; private set; }

    /// <summary>The structure whose score is the unit component: "Unit" or "Department" (a dimension of the scores).</summary>
    public string? ScoredDimension { get; private set; }

    public int? ScoredId { get; private set; }

    public string? ScoredName { get; private set; }

    public List<AppraisalObjective> Objectives { get; private set; } = [];

    public List<BehaviourRating> Ratings { get; private set; } = [];

    public List<BehaviourRating> SelfRatings { get; private set; } = [];

    public string? SelfAssessmentNote { get; private set; }

    public string? MidYearNote { get; private set; }

    public string? EvaluatorComment { get; private set; }

    public DateTime? ObjectivesAcknowledgedAtUtc { get; private set; }

    /// <summary>The score of the proposal (before a contraddittorio or a conciliation could change it).</summary>
    public double? ProposedScore { get; private set; }

    public DateTime? ProposedAtUtc { get; private set; }

    /// <summary>The unit component and the differentiation component, fixed when the proposal is made.</summary>
    public double? UnitScore { get; private set; }

    public double? DifferentiationScore { get; private set; }

    /// <summary>Contraddittorio: what the person said when heard about a negative proposal.</summary>
    public string? HearingStatement { get; private set; }

    public DateTime? AcknowledgedAtUtc { get; private set; }

    public string? PersonObservations { get; private set; }

    public string? ConciliationReasons { get; private set; }

    public DateTime? ConciliationRequestedAtUtc { get; private set; }

    /// <summary>The conciliation body's decision: null while undecided; true when it changed the ratings.</summary>
    public bool? ConciliationChanged { get; private set; }

    public string? ConciliationDecision { get; private set; }

    public DateTime? ConciliationDecidedAtUtc { get; private set; }

    /// <summary>The score before the conciliation changed it.</summary>
    public double? ScoreBeforeConciliation { get; private set; }

    public double? FinalScore { get; private set; }

    public DateTime? FinalAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SavedAtUtc { get; private set; }

    public string? SavedBy { get; private set; }

    /// <summary>Concurrency token of the draft.</summary>
    public int Revision { get; private set; }

    public void SetObjectives(IEnumerable<AppraisalObjective> objectives) => Objectives = [.. objectives];

    public void SetRatings(IEnumerable<BehaviourRating> ratings) => Ratings = [.. ratings];

    public void SetSelfAssessment(IEnumerable<BehaviourRating> ratings, string? note)
    {
        SelfRatings = [.. ratings];
        SelfAssessmentNote = Clean(note);
    }

    public void SetEvaluatorComment(string? comment) => EvaluatorComment = Clean(comment);

    public void SetMidYearNote(string? note) => MidYearNote = Clean(note);

    public void Saved(string by, DateTime nowUtc)
    {
        SavedBy = by;
        SavedAtUtc = nowUtc;
        Revision++;
    }

    public void AcknowledgeObjectives(DateTime nowUtc) => ObjectivesAcknowledgedAtUtc ??= nowUtc;

    /// <summary>The evaluator's proposal: the components it was computed from are fixed with it.</summary>
    public void Propose(double? unitScore, double? differentiation, double score, DateTime nowUtc)
    {
        UnitScore = unitScore;
        DifferentiationScore = differentiation;
        ProposedScore = score;
        ProposedAtUtc = nowUtc;
    }

    public void Hear(string statement) => HearingStatement = Clean(statement);

    public void Acknowledge(string? observations, DateTime nowUtc)
    {
        PersonObservations = Clean(observations) ?? PersonObservations;
        AcknowledgedAtUtc ??= nowUtc;
    }

    public void RequestConciliation(string reasons, DateTime nowUtc)
    {
        ConciliationReasons = Clean(reasons);
        ConciliationRequestedAtUtc = nowUtc;
    }

    /// <summary>The conciliation body decides: confirmed, or changed with new ratings (set before) and a reason.</summary>
    public void DecideConciliation(bool changed, string reason, double? scoreBefore, DateTime nowUtc)
    {
        ConciliationChanged = changed;
        ConciliationDecision = Clean(reason);
        ScoreBeforeConciliation = scoreBefore;
        ConciliationDecidedAtUtc = nowUtc;
    }

    public void MakeFinal(double? score, DateTime nowUtc)
    {
        FinalScore = score;
        FinalAtUtc = nowUtc;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
