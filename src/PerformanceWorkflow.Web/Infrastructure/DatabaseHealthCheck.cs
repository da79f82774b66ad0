using Microsoft.Extensions.Diagnostics.HealthChecks;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>Healthy when the application database answers.</summary>
internal sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Database raggiungibile.")
            : HealthCheckResult.Unhealthy("Database non raggiungibile.");
}
