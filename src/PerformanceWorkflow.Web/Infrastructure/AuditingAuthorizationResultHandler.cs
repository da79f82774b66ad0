using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using PerformanceWorkflow.Application.Features.Audit;

namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>Every refusal of a signed-in user is on the audit trail; then the default handling (403 page, 401 for APIs).</summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            await context.RequestServices.GetRequiredService<AuditTrail>()
                .RecordAsync("authorization.denied", "Request", $"{context.Request.Method} {context.Request.Path}", null, null, context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
