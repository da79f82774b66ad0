using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Monitoring;

namespace PerformanceWorkflow.Web.Tests.Support;

/// <summary>
/// The service on 2 April 2024, 09:00 in Rome, in a browser's reach: the demo plan approved, the first round open with
/// its schede and invitations sent (deadline 15 April), the valutazione started with a form for each person — the
/// state in which every kind of page has something to show. A class fixture: its tests share it, so they do not
/// depend on each other's steps (each takes a different person's scheda or only reads).
/// </summary>
public sealed class OpenCycle : IAsyncLifetime
{
    public OpenCycle() => App = new AppFactory(demo: true, kestrel: true) { Time = Clock };

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 4, 2, 7, 0, 0, TimeSpan.Zero));

    public AppFactory App { get; }

    public async Task InitializeAsync()
    {
        _ = App.ServerAddress;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.PlanYears.SingleAsync(p => p.Year == 2024)).Lock("12", new DateOnly(2024, 1, 31), Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<RoundOpeningJobs>().OpenDueRoundsAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendPendingAsync(CancellationToken.None);
        }

        await Evaluations.OpenAsync(App);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
