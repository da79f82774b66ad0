using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>The authorization policies of the service; what each allows is decided by <see cref="AccessRules"/>.</summary>
public static class Policies
{
    /// <summary>Any member of staff (any role).</summary>
    public const string Staff = nameof(Staff);

    /// <summary>The controllo di gestione.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>The job dashboard: administrators, the segretario read-only.</summary>
    public const string Jobs = nameof(Jobs);

    /// <summary>The monitoring dashboard and reports (<see cref="AccessRules.CanFollowMonitoring"/>).</summary>
    public const string Oversight = nameof(Oversight);

    /// <summary>Individual scores and amounts for payroll: HR and the administrator.</summary>
    public const string Payroll = nameof(Payroll);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        options.AddPolicy(Jobs, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.SecretaryGeneral));
        options.AddPolicy(Oversight, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.SecretaryGeneral, Roles.EvaluationBody));
        options.AddPolicy(Payroll, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.HumanResources));

        // Anything mapped without an explicit policy still needs a member of staff (a test checks none relies on it).
        options.FallbackPolicy = options.GetPolicy(Staff);
    }
}

/// <summary>A unit as the object of a record-level authorization check.</summary>
public sealed record UnitResource(int UnitId);

/// <summary>The operations on a unit, as ASP.NET Core requirements.</summary>
public static class UnitOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Operation.Read) };

    public static readonly OperationAuthorizationRequirement EnterValues = new() { Name = nameof(Operation.EnterValues) };
}

/// <summary>Record-level authorization of units and their indicators, by <see cref="AccessRules"/>.</summary>
internal sealed class UnitAuthorizationHandler(IActorAccessor actors) : AuthorizationHandler<OperationAuthorizationRequirement, UnitResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, UnitResource resource)
    {
        var actor = await actors.GetAsync(CancellationToken.None);
        if (Enum.TryParse<Operation>(requirement.Name, out var operation) && AccessRules.Can(actor, operation, resource.UnitId))
        {
            context.Succeed(requirement);
        }
    }
}
