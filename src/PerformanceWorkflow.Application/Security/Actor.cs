using System.Security.Claims;
using PerformanceWorkflow.Domain.Security;

namespace PerformanceWorkflow.Application.Security;

/// <summary>
/// Who is acting, with what the access rules need: roles and the units he owns (led, led through his departments,
/// or delegated to him today). Built once per request, job or command.
/// </summary>
public sealed record Actor(string? UserId, string Name, IReadOnlySet<string> Roles, IReadOnlySet<int> OwnedUnits)
{
    /// <summary>Jobs and the command-line tool act as the system, with the operator's name for the record.</summary>
    public static Actor System(string name) =>
        new(null, name, new HashSet<string>([Domain.Security.Roles.Administrator, Domain.Workflow.WorkflowVocabulary.System], StringComparer.Ordinal), new HashSet<int>());

    /// <summary>Timers and workflow jobs: only the system role, so they can fire only what a definition gives to "system".</summary>
    public static Actor Scheduler { get; } = new(null, "sistema", new HashSet<string>([Domain.Workflow.WorkflowVocabulary.System], StringComparer.Ordinal), new HashSet<int>());

    public static Actor Anonymous { get; } = new(null, "anonimo", new HashSet<string>(StringComparer.Ordinal), new HashSet<int>());

    public bool IsAuthenticated => UserId is not null || Roles.Count > 0;

    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>Supplies the actor of the current request, job or command.</summary>
public interface IActorAccessor
{
    Task<Actor> GetAsync(CancellationToken cancellationToken);
}

/// <summary>For `pw` and jobs: a fixed actor.</summary>
internal sealed class FixedActorAccessor(Actor actor) : IActorAccessor
{
    public Task<Actor> GetAsync(CancellationToken cancellationToken) => Task.FromResult(actor);
}

/// <summary>Claim names of the application's own principal.</summary>
public static class AppClaims
{
    public const string FullName = "pw:fullname";

    public static string? UserId(ClaimsPrincipal principal) => principal?.FindFirstValue(ClaimTypes.NameIdentifier);
}
