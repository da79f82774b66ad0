using System.Globalization;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;

namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>
/// What a load balancer asks before sending people to an instance (/health/ready): the database answers, every
/// migration is applied, the job server beats, and the outbox is not stuck. /health only says the process is alive.
/// </summary>
internal static class Readiness
{
    public const string Tag = "ready";

    /// <summary>Settings of section "Health".</summary>
    internal sealed class Options
    {
        public const string Section = "Health";

        /// <summary>An unsent email older than this makes the instance degraded (still served, but alarmed).</summary>
        public int MaxOutboxAgeMinutes { get; set; } = 30;
    }

    public static IHealthChecksBuilder AddReadiness(this IHealthChecksBuilder builder, bool jobServer) => builder
        .AddCheck<DatabaseCheck>("database", tags: [Tag])
        .AddCheck<MigrationsCheck>("migrations", tags: [Tag])
        .AddTypeActivatedCheck<JobServerCheck>("jobs", failureStatus: null, tags: [Tag], args: [jobServer])
        .AddCheck<OutboxCheck>("outbox", tags: [Tag]);

    /// <summary>Every check with its state and description, as JSON, for the people behind the load balancer.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }

    /// <summary>This host's own job storage (not Hangfire's static one): a server of this service beat in the last 5 minutes.</summary>
    private sealed class JobServerCheck(JobStorage storage, TimeProvider time, bool jobServer) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (!jobServer)
            {
                return Task.FromResult(HealthCheckResult.Healthy("Server dei lavori spento su questa istanza (Jobs:RunServer = false)."));
            }

            var now = time.GetUtcNow().UtcDateTime;
            var beating = storage.GetMonitoringApi().Servers().Count(s => s.Heartbeat is { } beat && now - beat < TimeSpan.FromMinutes(5));
            return Task.FromResult(beating > 0
                ? HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"Server dei lavori attivi: {beating}."))
                : HealthCheckResult.Unhealthy("Nessun server dei lavori attivo: promemoria, email e ricalcoli fermi."));
        }
    }

    private sealed class DatabaseCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Database raggiungibile.")
                : HealthCheckResult.Unhealthy("Database non raggiungibile.");
    }

    private sealed class MigrationsCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Schema aggiornato.")
                : HealthCheckResult.Unhealthy($"Migrazioni non applicate: {string.Join(", ", pending)}.");
        }
    }

    private sealed class OutboxCheck(AppDbContext db, TimeProvider time, IOptions<Options> options) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var oldest = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending)
                .OrderBy(m => m.Id).Select(m => (DateTime?)m.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
            if (oldest is null)
            {
                return HealthCheckResult.Healthy("Nessuna email in attesa.");
            }

            var age = time.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(oldest.Value, DateTimeKind.Utc);
            var minutes = (int)Math.Max(0, age.TotalMinutes);
            return minutes <= options.Value.MaxOutboxAgeMinutes
                ? HealthCheckResult.Healthy($"L'email in attesa più vecchia ha {minutes} minuti.")
                : HealthCheckResult.Degraded($"L'email in attesa più vecchia ha {minutes} minuti (soglia {options.Value.MaxOutboxAgeMinutes}): il server di posta risponde?");
        }
    }
}
