using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>The reference plan with the demo people, on a fake clock: the stage of the workflow tests.</summary>
internal static class Cycle
{
    /// <summary>15 January 2024, 09:00 in Rome: the assignment season of the reference plan's first year.</summary>
    public static readonly DateTimeOffset Start = new(2024, 1, 15, 8, 0, 0, TimeSpan.Zero);

    public static async Task<TestDatabase> ReferenceWithPeopleAsync(FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var db = await TestDatabase.CreateAsync(clock, settings);
        await db.RunAsync(sp => sp.GetRequiredService<ImportPlanHandler>().ImportAsync(new ImportRequest(Reference.TextBytes, "piao.txt", false, null, "test"), CancellationToken.None));
        await db.RunAsync(sp => sp.GetRequiredService<DemoUsersSeeder>().SeedAsync(CancellationToken.None));
        return db;
    }

    public static Task<Actor> ActorAsync(TestDatabase db, string userName) =>
        db.RunAsync(async sp => await sp.GetRequiredService<ActorLoader>().LoadUserAsync(userName, CancellationToken.None) ?? throw new InvalidOperationException(userName));

    public static Actor Operator => Actor.System("test");

    public static Task<WorkflowResult> StartAsync(TestDatabase db, string phase, int year = 2024, int? round = null, Actor? actor = null) =>
        db.RunAsync(sp => sp.GetRequiredService<WorkflowEngine>().StartAsync(phase, year, round, actor ?? Operator, CancellationToken.None));

    public static Task<WorkflowResult> FireAsync(TestDatabase db, int instance, string trigger, Actor actor, FireInput? input = null) =>
        db.RunAsync(sp => sp.GetRequiredService<WorkflowEngine>().FireAsync(instance, trigger, actor, input ?? FireInput.None, CancellationToken.None));

    public static Task<int> SweepAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<WorkflowEngine>().FireDueTimersAsync(CancellationToken.None));

    public static Task<List<WorkflowInstance>> InstancesAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().WorkflowInstances.AsNoTracking().OrderBy(i => i.Id).ToListAsync());

    public static async Task<WorkflowInstance> ChildOfAsync(TestDatabase db, string userName)
    {
        var actor = await ActorAsync(db, userName);
        return (await InstancesAsync(db)).Single(i => i.OwnerId == actor.UserId && i.ParentId != null);
    }

    public static Task<List<OutboxMessage>> OutboxAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public static Task<List<UserTask>> OpenTasksAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().UserTasks.AsNoTracking().Where(t => t.Status == UserTaskStatus.Open).OrderBy(t => t.Id).ToListAsync());

    /// <summary>The .eml files the pickup transport wrote, parsed.</summary>
    public static List<MimeMessage> Mailbox(TestDatabase db) =>
        Directory.Exists(db.MailDirectory)
            ? [.. Directory.GetFiles(db.MailDirectory, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))]
            : [];
}
