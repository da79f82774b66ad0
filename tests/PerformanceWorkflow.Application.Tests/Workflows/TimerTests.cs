using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Tests.Workflows;

/// <summary>Durable timers on a fake clock: reminders on time, once after downtime, never after the step is done.</summary>
public sealed class TimerTests
{
    [Fact]
    public async Task Directors_who_have_not_answered_are_reminded_after_seven_days_then_weekly()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock);
        await StartAssignmentAsync(db);
        var accepted = await Cycle.FireAsync(db, (await Cycle.ChildOfAsync(db, "dirigente.affari")).Id, "accetta", await Cycle.ActorAsync(db, "dirigente.affari"));
        Assert.True(accepted.Succeeded);

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await Cycle.SweepAsync(db));
        Assert.Empty(Reminders(db));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(2, await Cycle.SweepAsync(db));
        var reminders = Reminders(db);
        Assert.Equal(["comandante.pm@comune.example", "dirigente.risorse@comune.example"], reminders.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.Equal("Promemoria: obiettivi 2024 in attesa della sua risposta", reminders[0].Subject);

        // The sweep is idempotent: run again at the same time, nothing more.
        Assert.Equal(0, await Cycle.SweepAsync(db));
        Assert.Equal(2, Reminders(db).Count);

        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(2, await Cycle.SweepAsync(db));
        Assert.Equal(4, Reminders(db).Count);

        // The reminder is an internal step: the task stays open, with its deadline.
        var risorse = await Cycle.ChildOfAsync(db, "dirigente.risorse");
        Assert.Equal("inviato", risorse.State);
        Assert.Single(await Cycle.OpenTasksAsync(db), t => t.InstanceId == risorse.Id);

        // The scheduler's steps are in the journal, not on the audit trail, which records what people decided.
        var trail = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().Where(e => e.EntityType == "WorkflowInstance").ToListAsync());
        Assert.DoesNotContain(trail, e => e.Actor == "sistema");
        Assert.Single(trail, e => e.Action == "workflow.step" && e.Actor == "dirigente.affari");
    }

    [Fact]
    public async Task A_timer_due_during_downtime_fires_once_when_the_service_comes_back()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock);
        await StartAssignmentAsync(db);

        // Down for 40 days: five weekly reminders were due; each director gets one, not five.
        clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(3, await Cycle.SweepAsync(db));
        Assert.Equal(0, await Cycle.SweepAsync(db));
        Assert.Equal(3, Reminders(db).Count);

        // The next one is a week after the missed occurrence that was due last, in the future.
        var pending = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().WorkflowTimers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending).ToListAsync());
        Assert.Equal(3, pending.Count);
        Assert.All(pending, t => Assert.Equal(Cycle.Start.UtcDateTime.AddDays(42), t.DueAtUtc));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(3, await Cycle.SweepAsync(db));
        Assert.Equal(6, Reminders(db).Count);
    }

    [Fact]
    public async Task Answering_cancels_the_reminder_and_the_offset_is_configurable()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        var settings = new Dictionary<string, string?>
        {
            ["Workflows:Timers:assegnazione.dirigente/promemoria:Offset"] = "P3D",
            ["Workflows:Timers:assegnazione.dirigente/promemoria:Repeat"] = "P2D",
        };
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock, settings);
        await StartAssignmentAsync(db);
        var child = await Cycle.ChildOfAsync(db, "dirigente.affari");
        Assert.True((await Cycle.FireAsync(db, child.Id, "chiedi_modifiche", await Cycle.ActorAsync(db, "dirigente.affari"), new("Da rivedere"))).Succeeded);

        var timers = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().WorkflowTimers.AsNoTracking().ToListAsync());
        Assert.Equal(TimerStatus.Cancelled, Assert.Single(timers, t => t.InstanceId == child.Id).Status);
        Assert.All(timers, t => Assert.Equal(Cycle.Start.UtcDateTime.AddDays(3), t.DueAtUtc));

        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(2, await Cycle.SweepAsync(db));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, await Cycle.SweepAsync(db));
        Assert.DoesNotContain(Reminders(db), m => m.To.Mailboxes.Single().Address == "dirigente.affari@comune.example");
    }

    private static List<MimeKit.MimeMessage> Reminders(TestDatabase db) =>
        [.. Cycle.Mailbox(db).Where(m => m.Headers[OutboxSender.TemplateHeader] == "assegnazione-promemoria")];

    private static async Task StartAssignmentAsync(TestDatabase db)
    {
        var started = await Cycle.StartAsync(db, "assegnazione");
        Assert.True((await Cycle.FireAsync(db, started.InstanceId!.Value, "avvia", Cycle.Operator)).Succeeded);
    }
}
