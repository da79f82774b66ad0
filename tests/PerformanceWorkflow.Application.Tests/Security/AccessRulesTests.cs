using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Application.Tests.Security;

/// <summary>Role × resource × verb, decided in one place.</summary>
public sealed class AccessRulesTests
{
    private const int OwnUnit = 1;
    private const int OtherUnit = 2;

    private static Actor As(string role, bool owns = false) =>
        new("u", role, new HashSet<string>([role], StringComparer.Ordinal), owns ? new HashSet<int>([OwnUnit]) : new HashSet<int>());

    public static TheoryData<string, bool, bool, bool, bool, bool, bool, bool, bool> Matrix => new()
    {
        // role, owns unit 1 | read own, read other, enter own, enter other | administer, view jobs, manage jobs
        { Roles.Administrator, false, true, true, true, true, true, true, true },
        { Roles.Director, true, true, false, true, false, false, false, false },
        { Roles.UnitHead, true, true, false, true, false, false, false, false },
        { Roles.SecretaryGeneral, false, true, true, false, false, false, true, false },
        { Roles.EvaluationBody, false, true, true, false, false, false, false, false },
        { Roles.HumanResources, false, false, false, false, false, false, false, false },
        { Roles.Employee, false, false, false, false, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Every_role_gets_exactly_its_rights(string role, bool owns, bool readOwn, bool readOther, bool enterOwn, bool enterOther, bool administer, bool viewJobs, bool manageJobs)
    {
        var actor = As(role, owns);
        Assert.True(AccessRules.CanReadOrganizationScores(actor));
        Assert.Equal(readOwn, AccessRules.Can(actor, Operation.Read, OwnUnit));
        Assert.Equal(readOther, AccessRules.Can(actor, Operation.Read, OtherUnit));
        Assert.Equal(enterOwn, AccessRules.Can(actor, Operation.EnterValues, OwnUnit));
        Assert.Equal(enterOther, AccessRules.Can(actor, Operation.EnterValues, OtherUnit));
        Assert.Equal(administer, AccessRules.CanAdminister(actor));
        Assert.Equal(viewJobs, AccessRules.CanViewJobs(actor));
        Assert.Equal(manageJobs, AccessRules.CanManageJobs(actor));
    }

    [Fact]
    public void Nobody_without_a_role_is_staff()
    {
        Assert.False(AccessRules.IsStaff(Actor.Anonymous));
        Assert.False(AccessRules.CanReadOrganizationScores(Actor.Anonymous));
        Assert.False(AccessRules.Can(Actor.Anonymous, Operation.Read, OwnUnit));
    }

    public static TheoryData<string, bool, bool, bool, bool> AppraisalMatrix => new()
    {
        // role (someone else's form) | an employee's form, a dirigente's form, an employee's form in conciliation, a dirigente's in conciliation
        { Roles.Administrator, true, true, true, true },
        { Roles.HumanResources, true, true, true, true },
        { Roles.EvaluationBody, false, true, true, true },
        { Roles.SecretaryGeneral, false, false, false, true },
        { Roles.Director, false, false, false, false },
        { Roles.UnitHead, false, false, false, false },
        { Roles.Employee, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(AppraisalMatrix))]
    public void An_evaluation_form_is_seen_by_the_people_of_the_doc_only(string role, bool staffForm, bool directorForm, bool staffInConciliation, bool directorInConciliation)
    {
        var actor = new Actor("altro", role, new HashSet<string>([role], StringComparer.Ordinal), new HashSet<int>([OwnUnit]));
        Assert.Equal(staffForm, AccessRules.CanReadAppraisal(actor, new AppraisalAccess("persona", "valutatore", false, null)));
        Assert.Equal(directorForm, AccessRules.CanReadAppraisal(actor, new AppraisalAccess("persona", null, true, null)));
        Assert.Equal(staffInConciliation, AccessRules.CanReadAppraisal(actor, new AppraisalAccess("persona", "valutatore", false, Roles.EvaluationBody)));
        Assert.Equal(directorInConciliation, AccessRules.CanReadAppraisal(actor, new AppraisalAccess("persona", null, true, Roles.SecretaryGeneral)));

        // The person and his evaluator, whatever their roles.
        Assert.True(AccessRules.CanReadAppraisal(actor with { UserId = "persona" }, new AppraisalAccess("persona", "valutatore", false, null)));
        Assert.True(AccessRules.CanReadAppraisal(actor with { UserId = "valutatore" }, new AppraisalAccess("persona", "valutatore", false, null)));
    }
}
