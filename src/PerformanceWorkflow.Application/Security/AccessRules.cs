using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Application.Security;

/// <summary>What can be done to a record.</summary>
public enum Operation
{
    Read,
    EnterValues,
}

/// <summary>The facts about an evaluation form that decide who may see it.</summary>
/// <param name="PersonUserId">The evaluated person's account.</param>
/// <param name="EvaluatorUserId">The evaluator's account (null when the Nucleo evaluates).</param>
/// <param name="EvaluatedByBody">A dirigente's form: the Nucleo proposes it.</param>
/// <param name="OpenConciliationRole">The role of the conciliation body while a conciliation is open, else null.</param>
public sealed record AppraisalAccess(string? PersonUserId, string? EvaluatorUserId, bool EvaluatedByBody, string? OpenConciliationRole);

/// <summary>
/// Who may do what, in one place. Pages, API endpoints, jobs and `pw` all ask here (through the ASP.NET Core policies
/// and resource handlers in the service): a Director or UnitHead reads and enters values only for his own or delegated
/// units; organization-level scores are for all staff; unit detail for its owners, the segretario, the Nucleo and
/// administrators.
/// </summary>
public static class AccessRules
{
    /// <summary>Any member of staff: the plan (a public document) and the organization-level scores.</summary>
    public static bool IsStaff(Actor actor) => actor.Roles.Any(r => Roles.All.Contains(r));

    public static bool CanReadOrganizationScores(Actor actor) => IsStaff(actor);

    /// <summary>The detail of a unit: its indicators, values, per-unit scores and explanations.</summary>
    public static bool CanReadUnit(Actor actor, int unitId) =>
        actor.Is(Roles.Administrator) || actor.Is(Roles.SecretaryGeneral) || actor.Is(Roles.EvaluationBody) || actor.OwnedUnits.Contains(unitId);

    /// <summary>Entering values: the unit's owners (and delegates), and the controllo di gestione.</summary>
    public static bool CanEnterValues(Actor actor, int unitId) => actor.Is(Roles.Administrator) || actor.OwnedUnits.Contains(unitId);

    public static bool Can(Actor actor, Operation operation, int unitId) => operation switch
    {
        Operation.Read => CanReadUnit(actor, unitId),
        Operation.EnterValues => CanEnterValues(actor, unitId),
    };

    /// <summary>Importing the plan, bulk values, scoring settings, users, audit trail: the controllo di gestione.</summary>
    public static bool CanAdminister(Actor actor) => actor.Is(Roles.Administrator);

    /// <summary>
    /// A workflow instance: its owner and reviewer, whoever its steps involve by role (the segretario for validations,
    /// the Nucleo for its validation…), and administrators. Firing is decided by the definition, not here.
    /// </summary>
    public static bool CanReadInstance(Actor actor, string? ownerId, string? reviewerId, IEnumerable<string> involvedRoles) =>
        actor.Is(Roles.Administrator)
        || (actor.UserId is not null && (actor.UserId == ownerId || actor.UserId == reviewerId))
        || involvedRoles.Any(actor.Is);

    /// <summary>The monitoring dashboard and round reports: administrators, the segretario, the Nucleo.</summary>
    public static bool CanFollowMonitoring(Actor actor) => actor.Is(Roles.Administrator) || actor.Is(Roles.SecretaryGeneral) || actor.Is(Roles.EvaluationBody);

    /// <summary>The job dashboard: administrators, and the segretario read-only.</summary>
    public static bool CanViewJobs(Actor actor) => actor.Is(Roles.Administrator) || actor.Is(Roles.SecretaryGeneral);

    public static bool CanManageJobs(Actor actor) => actor.Is(Roles.Administrator);

    /// <summary>
    /// An evaluation form (valutazione-rendicontazione.md §1): the evaluated person, his evaluator, the conciliation
    /// body while a case is open, HR, the Nucleo for dirigenti, the administrator of the cycle. Nobody else — not other
    /// dirigenti, not colleagues: for them the form does not exist (404).
    /// </summary>
    public static bool CanReadAppraisal(Actor actor, AppraisalAccess form)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(form);
        return actor.Is(Roles.Administrator)
            || actor.Is(Roles.HumanResources)
            || (actor.UserId is not null && (actor.UserId == form.PersonUserId || actor.UserId == form.EvaluatorUserId))
            || (form.EvaluatedByBody && actor.Is(Roles.EvaluationBody))
            || (form.OpenConciliationRole is { } body && actor.Is(body));
    }

    /// <summary>Every form of a year, with the progress and the export: the administrator and HR.</summary>
    public static bool CanReadAllAppraisals(Actor actor) => actor.Is(Roles.Administrator) || actor.Is(Roles.HumanResources);

    /// <summary>The SMVP settings and the staff: the controllo di gestione edits them; HR reads them.</summary>
    public static bool CanManageAppraisalSettings(Actor actor) => actor.Is(Roles.Administrator);

    /// <summary>Every unit's detail, without listing them.</summary>
    public static bool ReadsAllUnits(Actor actor) => actor.Is(Roles.Administrator) || actor.Is(Roles.SecretaryGeneral) || actor.Is(Roles.EvaluationBody);
}
