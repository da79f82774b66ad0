using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Plan.Demo;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>
/// The first start in Development (DemoData:CurrentYearInProgress): the current year's plan approved, its current round
/// open through the workflow, a task and an email for each owner, a scheda to fill, the segretario's round in progress.
/// </summary>
public sealed class DemoFirstRunTests
{
    [Fact]
    public async Task In_december_the_third_round_of_the_year_is_open_with_two_weeks_to_send_and_the_rounds_before_have_values()
    {
        // 5 December 2026, 10:00 in Rome: the third round's deadline (15 October) is long past.
        using var app = Start(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

        var plan = await app.RunAsync(db => db.PlanYears.AsNoTracking().SingleAsync(p => p.Year == 2026));
        Assert.Equal((PlanStatus.Locked, DemoCurrentYear.Deliberation), (plan.Status, plan.DeliberationNumber));
        Assert.Equal(63, await app.RunAsync(db => db.Indicators.CountAsync(i => i.ManagementObjective.ObjectiveAssignment.Year == 2026)));
        Assert.Equal(new DateOnly(2026, 12, 31), await app.RunAsync(db => db.Indicators.Where(i => i.ManagementObjective.ObjectiveAssignment.Year == 2026 && i.DueDate != null).MaxAsync(i => i.DueDate)));

        var rounds = await app.RunAsync(db => db.MonitoringRounds.AsNoTracking().Where(r => r.Year == 2026).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([RoundStatus.Closed, RoundStatus.Closed, RoundStatus.Open, RoundStatus.Planned], rounds.Select(r => r.Status));
        Assert.Equal(new DateOnly(2026, 12, 19), rounds[2].DueDate);
        Assert.True(await app.RunAsync(db => db.Measurements.AnyAsync(m => m.RoundId == rounds[1].Id)));
        Assert.False(await app.RunAsync(db => db.Measurements.AnyAsync(m => m.RoundId == rounds[2].Id)));

        // One scheda per owner, each with its invitation in the pickup folder.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendPendingAsync(CancellationToken.None);
        }

        var invitations = Mailbox.Read(app.MailDirectory).Where(m => m.Headers[OutboxSender.TemplateHeader] == "monitoraggio-invito").ToList();
        Assert.Equal(4, invitations.Count);
        Assert.Contains(invitations, m => m.To.Mailboxes.Single().Address == "dirigente.affari@comune.example");

        var director = await Forms.ParseAsync(await (await app.ClientAsync("dirigente.affari")).GetAsync(new Uri("/", UriKind.Relative)));
        var task = director.QuerySelector("[data-testid=home-task]")!;
        Assert.Contains("3° monitoraggio (30/09/2026)", task.TextContent, StringComparison.Ordinal);
        Assert.Contains("entro il 19/12/2026", task.TextContent, StringComparison.Ordinal);
        var scheda = await (await app.ClientAsync("dirigente.affari")).GetAsync(new Uri(task.QuerySelector("a")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Contains("Da compilare", (await Forms.ParseAsync(scheda)).QuerySelector("[data-testid=state]")!.TextContent, StringComparison.Ordinal);

        var secretary = await Forms.ParseAsync(await (await app.ClientAsync("segretario")).GetAsync(new Uri("/", UriKind.Relative)));
        Assert.Contains("0 schede inviate su 4", secretary.QuerySelector("[data-testid=home-round]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Early_in_a_year_beyond_the_plans_three_the_year_is_created_and_its_first_round_opened_ahead_of_its_date()
    {
        using var app = Start(new DateTimeOffset(2027, 2, 10, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(PlanStatus.Locked, (await app.RunAsync(db => db.PlanYears.AsNoTracking().SingleAsync(p => p.Year == 2027))).Status);
        var rounds = await app.RunAsync(db => db.MonitoringRounds.AsNoTracking().Where(r => r.Year == 2027).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([RoundStatus.Open, RoundStatus.Planned, RoundStatus.Planned, RoundStatus.Planned], rounds.Select(r => r.Status));
        Assert.Equal(new DateOnly(2027, 4, 15), rounds[0].DueDate);
        Assert.Equal(4, await app.RunAsync(db => db.WorkflowInstances.CountAsync(i => i.Year == 2027 && i.ParentId != null)));
    }

    [Fact]
    public async Task The_tests_and_production_keep_the_demo_as_imported()
    {
        using var app = new AppFactory();
        _ = app.Services;
        await app.ClientAsync();
        Assert.False(await app.RunAsync(db => db.WorkflowInstances.AnyAsync()));
        Assert.Equal(PlanStatus.Draft, (await app.RunAsync(db => db.PlanYears.AsNoTracking().SingleAsync(p => p.Year == 2024))).Status);
    }

    private static AppFactory Start(DateTimeOffset now)
    {
        var app = new AppFactory { Time = new FakeTimeProvider(now) };
        app.Settings["DemoData:CurrentYearInProgress"] = "true";
        _ = app.Services;
        return app;
    }
}
