using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Tests.Workflows;

/// <summary>The assegnazione phase end to end on the reference plan: tasks, emails, changes asked and answered, the lock.</summary>
public sealed class AssignmentWorkflowTests
{
    [Fact]
    public async Task Starting_sends_each_director_his_objectives_and_opens_his_task()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock);

        var started = await Cycle.StartAsync(db, "assegnazione");
        Assert.True(started.Succeeded, started.Message);
        var year = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == started.InstanceId));
        var fired = await Cycle.FireAsync(db, year.Id, "avvia", Cycle.Operator);
        Assert.True(fired.Succeeded, fired.Message);

        var children = (await Cycle.InstancesAsync(db)).Where(i => i.ParentId == year.Id).ToList();
        Assert.Equal(3, children.Count);
        Assert.All(children, c => Assert.Equal("inviato", c.State));
        var tasks = await Cycle.OpenTasksAsync(db);
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(new DateOnly(2024, 1, 30), t.DueDate));
        Assert.Equal(children.Select(c => c.OwnerId).Order(), tasks.Select(t => t.AssigneeId).Order());

        // The pickup folder holds one email per director, with his objectives, the deadline and the link.
        var mails = Cycle.Mailbox(db);
        Assert.Equal(3, mails.Count);
        var affari = await Cycle.ChildOfAsync(db, "dirigente.affari");
        var mail = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "dirigente.affari@comune.example");
        Assert.Equal("Obiettivi 2024 da accettare", mail.Subject);
        Assert.Contains("Gentile Dirigente Affari Giuridici (demo)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("entro il 30/01/2024", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5080/pratiche/{affari.Id}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tras_1", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("target", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://localhost:5080/pratiche/{affari.Id}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li", mail.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("outbox-", mail.MessageId, StringComparison.Ordinal);
        Assert.Equal("assegnazione-invito", mail.Headers[OutboxSender.TemplateHeader]);

        // The other director's email lists his own objectives only.
        var pm = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "comandante.pm@comune.example");
        Assert.Contains("PM_1", pm.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("PM_1", mail.TextBody, StringComparison.Ordinal);
        Assert.All(await Cycle.OutboxAsync(db), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task Changes_asked_reach_the_administrator_whose_answer_reaches_the_director()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock);
        var year = await StartedAsync(db);
        var director = await Cycle.ActorAsync(db, "dirigente.risorse");
        var child = await Cycle.ChildOfAsync(db, "dirigente.risorse");

        var noComment = await Cycle.FireAsync(db, child.Id, "chiedi_modifiche", director, new FireInput("  "));
        Assert.Equal(WorkflowOutcome.Invalid, noComment.Outcome);
        Assert.Equal("Scrivere un commento: è richiesto per «Chiedo modifiche».", noComment.Message);

        var asked = await Cycle.FireAsync(db, child.Id, "chiedi_modifiche", director, new FireInput("Il target di S2-1_1 è irrealistico con l'organico attuale."));
        Assert.True(asked.Succeeded, asked.Message);
        Assert.Equal("modifiche_richieste", asked.State);
        var admin = Assert.Single(Cycle.Mailbox(db), m => m.Headers[OutboxSender.TemplateHeader] == "assegnazione-modifiche");
        Assert.Equal("amministratore@comune.example", admin.To.Mailboxes.Single().Address);
        Assert.Contains("«Il target di S2-1_1 è irrealistico con l'organico attuale.»", admin.TextBody, StringComparison.Ordinal);
        Assert.Contains("Dirigente Gestione Risorse (demo) ha chiesto modifiche", admin.TextBody, StringComparison.Ordinal);
        var tasks = await Cycle.OpenTasksAsync(db);
        Assert.DoesNotContain(tasks, t => t.InstanceId == child.Id && t.AssigneeId == director.UserId);
        Assert.Contains(tasks, t => t.InstanceId == child.Id && t.AssigneeRole == "Administrator");

        var administrator = await Cycle.ActorAsync(db, "amministratore");
        var answered = await Cycle.FireAsync(db, child.Id, "rispondi", administrator, new FireInput("Target ridotto a 80 % nella nuova versione del piano."));
        Assert.True(answered.Succeeded, answered.Message);
        Assert.Equal("inviato", answered.State);
        var reply = Assert.Single(Cycle.Mailbox(db), m => m.Headers[OutboxSender.TemplateHeader] == "assegnazione-risposta");
        Assert.Equal("dirigente.risorse@comune.example", reply.To.Mailboxes.Single().Address);
        Assert.Contains("Controllo di gestione (demo) ha risposto", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains(await Cycle.OpenTasksAsync(db), t => t.InstanceId == child.Id && t.AssigneeId == director.UserId);

        // The journal keeps who did what, with the comments.
        var journal = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().WorkflowJournal.AsNoTracking().Where(j => j.InstanceId == child.Id).OrderBy(j => j.Id).ToListAsync());
        Assert.Equal(["avvio", "chiedi_modifiche", "rispondi"], journal.Select(j => j.Trigger));
        Assert.Equal(director.UserId, journal[1].ActorId);
        Assert.Equal("Target ridotto a 80 % nella nuova versione del piano.", journal[2].Comment);
    }

    [Fact]
    public async Task When_all_accept_the_deliberation_locks_the_plan()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock);
        var year = await StartedAsync(db);
        foreach (var name in new[] { "dirigente.affari", "dirigente.risorse" })
        {
            var result = await Cycle.FireAsync(db, (await Cycle.ChildOfAsync(db, name)).Id, "accetta", await Cycle.ActorAsync(db, name));
            Assert.True(result.Succeeded, result.Message);
        }

        var administrator = await Cycle.ActorAsync(db, "amministratore");
        Assert.Equal("in_corso", (await Cycle.InstancesAsync(db)).Single(i => i.Id == year).State);
        var early = await Cycle.FireAsync(db, year, "delibera", administrator, new FireInput(null, new Deliberation("12", new DateOnly(2024, 1, 20))));
        Assert.Equal(WorkflowOutcome.NotPermitted, early.Outcome);
        Assert.Contains("non è possibile nello stato «Obiettivi inviati ai dirigenti»", early.Message, StringComparison.Ordinal);

        var last = await Cycle.FireAsync(db, (await Cycle.ChildOfAsync(db, "comandante.pm")).Id, "accetta", await Cycle.ActorAsync(db, "comandante.pm"));
        Assert.True(last.Succeeded, last.Message);
        Assert.Equal("da_deliberare", (await Cycle.InstancesAsync(db)).Single(i => i.Id == year).State);
        Assert.Single(Cycle.Mailbox(db), m => m.Headers[OutboxSender.TemplateHeader] == "assegnazione-accettata");
        Assert.Contains(await Cycle.OpenTasksAsync(db), t => t.InstanceId == year && t.AssigneeRole == "Administrator");

        var missing = await Cycle.FireAsync(db, year, "delibera", administrator, new FireInput());
        Assert.Equal("Indicare numero e data della delibera di Giunta.", missing.Message);
        var future = await Cycle.FireAsync(db, year, "delibera", administrator, new FireInput(null, new Deliberation("12", new DateOnly(2024, 2, 20))));
        Assert.Equal("La data della delibera (20/02/2024) non può essere futura.", future.Message);

        clock.Advance(TimeSpan.FromDays(10));
        var locked = await Cycle.FireAsync(db, year, "delibera", administrator, new FireInput(null, new Deliberation("12", new DateOnly(2024, 1, 24))));
        Assert.True(locked.Succeeded, locked.Message);
        Assert.Equal("approvato", locked.State);
        var plan = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().PlanYears.AsNoTracking().SingleAsync(p => p.Year == 2024));
        Assert.Equal(PlanStatus.Locked, plan.Status);
        Assert.Equal("12", plan.DeliberationNumber);
        Assert.Equal(new DateOnly(2024, 1, 24), plan.DeliberationDate);
        Assert.Empty(await Cycle.OpenTasksAsync(db));
        var entry = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().WorkflowJournal.AsNoTracking().SingleAsync(j => j.InstanceId == year && j.Trigger == "delibera"));
        Assert.Equal("12", entry.DeliberationNumber);

        // People's steps are on the hash-chained audit trail too, the deliberation with its number and date; refused
        // attempts are not steps and leave no row.
        var trail = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().Where(e => e.EntityType == "WorkflowInstance").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["workflow.started", "workflow.step"], trail.Where(e => e.EntityId == year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Action).Take(2));
        Assert.Equal(3, trail.Count(e => e.Action == "workflow.step" && e.After!.Contains("\"trigger\":\"accetta\"", StringComparison.Ordinal)));
        var deliberated = Assert.Single(trail, e => e.After!.Contains("\"trigger\":\"delibera\"", StringComparison.Ordinal));
        Assert.Equal("amministratore", deliberated.Actor);
        Assert.Contains("\"number\":\"12\"", deliberated.After, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2024-01-24\"", deliberated.After, StringComparison.Ordinal);
        Assert.Equal("{\"state\":\"da_deliberare\"}", deliberated.Before);
        Assert.True((await db.RunAsync(sp => sp.GetRequiredService<Features.Audit.AuditQueries>().VerifyAsync(CancellationToken.None))).Intact);

        // From now on a new import of the year is refused: targets change only through a revision.
        var reimport = await db.RunAsync(sp => sp.GetRequiredService<ImportPlanHandler>().ImportAsync(new ImportRequest(Reference.TextBytes, "piao.txt", false, null, "test"), CancellationToken.None));
        Assert.Contains(reimport.Summary.Errors, e => e.Message.Contains("Il piano 2024 è bloccato", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_whom_the_definition_names_may_fire_and_a_wrong_trigger_lists_the_right_ones()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock);
        await StartedAsync(db);
        var child = await Cycle.ChildOfAsync(db, "dirigente.affari");

        var other = await Cycle.FireAsync(db, child.Id, "accetta", await Cycle.ActorAsync(db, "dirigente.risorse"));
        Assert.Equal(WorkflowOutcome.Forbidden, other.Outcome);
        Assert.Equal("«Accetto gli obiettivi» spetta a: il titolare della pratica.", other.Message);

        var owner = await Cycle.ActorAsync(db, "dirigente.affari");
        var wrong = await Cycle.FireAsync(db, child.Id, "rispondi", owner, new FireInput("?"));
        Assert.Equal(WorkflowOutcome.NotPermitted, wrong.Outcome);
        Assert.Equal("«Rispondi al dirigente» non è possibile nello stato «In attesa della risposta del dirigente». Possibili ora: «Accetto gli obiettivi» (accetta), «Chiedo modifiche» (chiedi_modifiche).", wrong.Message);

        var unknown = await Cycle.FireAsync(db, child.Id, "approva", owner);
        Assert.Equal(WorkflowOutcome.NotPermitted, unknown.Outcome);
        Assert.StartsWith("«approva» non è possibile", unknown.Message, StringComparison.Ordinal);

        var segretario = await Cycle.ActorAsync(db, "segretario");
        var notAdmin = await Cycle.StartAsync(db, "valutazione", actor: segretario);
        Assert.Equal(WorkflowOutcome.Forbidden, notAdmin.Outcome);
    }

    [Fact]
    public async Task Starting_needs_a_director_for_every_department_and_never_twice()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock);
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            var pm = await context.Departments.SingleAsync(d => d.Name.Contains("POLIZIA"));
            pm.AssignDirector(null);
            await context.SaveChangesAsync();
        });

        var started = await Cycle.StartAsync(db, "assegnazione");
        var refused = await Cycle.FireAsync(db, started.InstanceId!.Value, "avvia", Cycle.Operator);
        Assert.Equal(WorkflowOutcome.NotPermitted, refused.Outcome);
        Assert.Equal("«Invia gli obiettivi ai dirigenti» non è ancora possibile: manca il dirigente di U.O.A. POLIZIA MUNICIPALE: assegnarlo in Amministrazione › Organizzazione.", refused.Message);
        Assert.Empty(await Cycle.OutboxAsync(db));

        var again = await Cycle.StartAsync(db, "assegnazione");
        Assert.Equal(WorkflowOutcome.Conflict, again.Outcome);
        Assert.Equal(started.InstanceId, again.InstanceId);
        Assert.Single(await Cycle.InstancesAsync(db));

        var noPlan = await Cycle.StartAsync(db, "assegnazione", 2031);
        Assert.Equal("Il piano 2031 non esiste: importarlo prima.", noPlan.Message);
    }

    [Fact]
    public async Task Two_people_firing_at_once_one_wins_and_the_other_is_told()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock);
        await StartedAsync(db);
        var child = await Cycle.ChildOfAsync(db, "dirigente.affari");
        var owner = await Cycle.ActorAsync(db, "dirigente.affari");

        // The page posts the revision it showed: a form left open while the state changed is refused.
        var stale = await Cycle.FireAsync(db, child.Id, "chiedi_modifiche", owner, new FireInput("x", null, child.Revision + 1));
        Assert.Equal(WorkflowOutcome.Conflict, stale.Outcome);
        Assert.StartsWith("La pratica è stata modificata da qualcun altro nel frattempo", stale.Message, StringComparison.Ordinal);

        // Really at once: two scopes fire on the same revision; exactly one transition is recorded.
        var results = await Task.WhenAll(
            Cycle.FireAsync(db, child.Id, "accetta", owner, new FireInput(null, null, child.Revision)),
            Cycle.FireAsync(db, child.Id, "chiedi_modifiche", owner, new FireInput("No", null, child.Revision)));
        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.True(loser.Outcome is WorkflowOutcome.Conflict or WorkflowOutcome.NotPermitted, loser.Message);
        var journal = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().WorkflowJournal.AsNoTracking().CountAsync(j => j.InstanceId == child.Id));
        Assert.Equal(2, journal);
    }

    private static async Task<int> StartedAsync(TestDatabase db)
    {
        var started = await Cycle.StartAsync(db, "assegnazione");
        Assert.True(started.Succeeded, started.Message);
        var fired = await Cycle.FireAsync(db, started.InstanceId!.Value, "avvia", Cycle.Operator);
        Assert.True(fired.Succeeded, fired.Message);
        return started.InstanceId!.Value;
    }
}
