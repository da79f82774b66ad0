using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Tests.Monitoring;

/// <summary>A monitoring round from its opening to its report, on a fake clock, with the real job, workflow and emails.</summary>
public sealed class MonitoringRoundTests
{
    [Fact]
    public async Task Rounds_open_on_their_date_once_and_only_for_an_approved_plan()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.ApprovedAsync(clock);
        clock.SetUtcNow(Rounds.At(2024, 3, 30));
        Assert.Equal(0, await Rounds.OpenDueAsync(db));

        // Down from 30/3 to 2/4: the round due on 31/3 opens once when the service is back.
        clock.SetUtcNow(Rounds.At(2024, 4, 2));
        Assert.Equal(1, await Rounds.OpenDueAsync(db));
        Assert.Equal(0, await Rounds.OpenDueAsync(db));
        var schede = await Rounds.SchedeAsync(db);
        Assert.Equal(["comandante.pm", "dirigente.affari", "dirigente.risorse", "responsabile.llpp"], schede.Keys.Order(StringComparer.Ordinal));

        // Each owner: a task due on the round's deadline and an email listing his indicators, linking to his scheda.
        var tasks = await Cycle.OpenTasksAsync(db);
        Assert.Equal(4, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(new DateOnly(2024, 4, 15), t.DueDate));
        var invito = Cycle.Mailbox(db).Where(m => m.Headers[OutboxSender.TemplateHeader] == "monitoraggio-invito").ToList();
        Assert.Equal(4, invito.Count);
        var llpp = invito.Single(m => m.To.Mailboxes.Single().Address == "responsabile.llpp@comune.example");
        Assert.Equal("1° monitoraggio (31/03/2024): valori da inserire entro il 15/04/2024", llpp.Subject);
        Assert.Contains($"/monitoraggio/scheda/{schede["responsabile.llpp"].Id}", llpp.TextBody, StringComparison.Ordinal);

        // The unit head answers for his unit; his director for the department's other units only.
        var head = await Cycle.ActorAsync(db, "responsabile.llpp");
        var view = (await Rounds.ViewAsync(db, schede["responsabile.llpp"].Id, head))!;
        Assert.All(view.Rows, r => Assert.Equal("U.O.C. Lavori Pubblici-Patrimonio", r.Indicator.Unit));
        var director = await Cycle.ActorAsync(db, "dirigente.risorse");
        var directorView = (await Rounds.ViewAsync(db, schede["dirigente.risorse"].Id, director))!;
        Assert.DoesNotContain(directorView.Rows, r => r.Indicator.Unit == "U.O.C. Lavori Pubblici-Patrimonio");

        // A plan never approved (2025 here) opens nothing by itself.
        clock.SetUtcNow(Rounds.At(2025, 4, 1));
        Assert.Equal(3, await Rounds.OpenDueAsync(db));
        Assert.DoesNotContain(await Cycle.InstancesAsync(db), i => i.Year == 2025);
    }

    [Fact]
    public async Task A_draft_survives_a_restart_and_bad_input_is_refused_keeping_nothing_half_written()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.FirstRoundOpenAsync(clock);
        var (scheda, owner, view) = await Rounds.SchedaOfAsync(db, "dirigente.affari");
        var activity = view.Rows.First(r => r.Indicator.Kind == IndicatorKind.Activity).Indicator.IndicatorId;

        var typed = new Dictionary<int, TypedValue> { [activity] = new TypedValue("7", null, null, null) };
        var refused = await Rounds.SaveAsync(db, scheda, owner, typed, view.Revision, submit: false);
        Assert.False(refused.Saved);
        Assert.StartsWith("Per un indicatore di attività il valore è un intero da 0 a 5", refused.Errors[activity], StringComparison.Ordinal);
        Assert.Null((await Rounds.ViewAsync(db, scheda, owner))!.SavedAtUtc);

        typed[activity] = new TypedValue("2", null, null, "Gara in corso");
        var saved = await Rounds.SaveAsync(db, scheda, owner, typed, view.Revision, submit: false);
        Assert.True(saved.Saved, saved.Message);

        // The service restarts: the draft is in the database.
        await db.Services.DisposeAsync();
        await using var restarted = await TestDatabase.OpenAsync(db.FilePath, clock, new Dictionary<string, string?> { ["Email:PickupDirectory"] = db.MailDirectory });
        var again = (await Rounds.ViewAsync(restarted, scheda, owner))!;
        var row = again.Rows.Single(r => r.Indicator.IndicatorId == activity);
        Assert.Equal((2m, "Gara in corso"), (row.Value, row.Note));
        Assert.Equal(view.Revision + 1, again.Revision);

        // Two people saving from the same page: the second is told, nothing of his is written over the first.
        var stale = await Rounds.SaveAsync(restarted, scheda, owner, new Dictionary<int, TypedValue> { [activity] = new TypedValue("3", null, null, null) }, view.Revision, submit: false);
        Assert.False(stale.Saved);
        Assert.StartsWith("Qualcun altro ha salvato questa scheda", stale.Message, StringComparison.Ordinal);
        Assert.Equal(2m, (await Rounds.ViewAsync(restarted, scheda, owner))!.Rows.Single(r => r.Indicator.IndicatorId == activity).Value);
    }

    [Fact]
    public async Task While_a_round_runs_as_a_workflow_an_owner_enters_its_values_only_in_his_scheda()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.FirstRoundOpenAsync(clock);
        var (scheda, owner, view) = await Rounds.SchedaOfAsync(db, "dirigente.affari");
        var indicator = view.Rows.First(r => r.Indicator.Kind == IndicatorKind.Activity).Indicator;
        var unit = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Indicators.AsNoTracking().Where(i => i.Id == indicator.IndicatorId).Select(i => i.ManagementObjective.ObjectiveAssignment.UnitId).SingleAsync());

        // The unit page shows the round read-only with the way to the scheda; a value typed there is refused.
        var page = (await db.RunAsync(sp => sp.GetRequiredService<UnitValuesService>().GetAsync(owner, unit, 2024, 1, CancellationToken.None)))!;
        Assert.Equal((false, (int?)scheda), (page.CanEdit, page.SchedaInstanceId));
        var refused = await db.RunAsync(sp => sp.GetRequiredService<UnitValuesService>().EnterAsync(owner, unit, 2024, 1, [new ValueEntry(indicator.IndicatorId, 5, null)], "modulo", CancellationToken.None));
        Assert.Equal($"I valori di «1° monitoraggio (31/03/2024)» per questa unità si inseriscono nella scheda di monitoraggio (/monitoraggio/scheda/{scheda}): qui sono in sola lettura.", refused.Errors[0]);
        Assert.False(await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Measurements.AnyAsync(m => m.IndicatorId == indicator.IndicatorId && m.RoundId == page.Round.Id)));

        // The controllo di gestione may still correct a value, on the trail.
        var administrator = await Cycle.ActorAsync(db, "amministratore");
        Assert.True((await db.RunAsync(sp => sp.GetRequiredService<UnitValuesService>().GetAsync(administrator, unit, 2024, 1, CancellationToken.None)))!.CanEdit);
        var corrected = await db.RunAsync(sp => sp.GetRequiredService<UnitValuesService>().EnterAsync(administrator, unit, 2024, 1, [new ValueEntry(indicator.IndicatorId, 5, null)], "modulo", CancellationToken.None));
        Assert.True(corrected.Ok);
        Assert.Equal(1, corrected.Changed);

        // A round that does not run as a workflow (the next, still planned) stays open to the owner on the unit page.
        Assert.True((await db.RunAsync(sp => sp.GetRequiredService<UnitValuesService>().GetAsync(owner, unit, 2024, 2, CancellationToken.None)))!.CanEdit);
    }

    [Fact]
    public async Task Sending_needs_every_value_and_a_note_where_the_value_is_behind()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.FirstRoundOpenAsync(clock);
        var (scheda, owner, view) = await Rounds.SchedaOfAsync(db, "comandante.pm");
        var typed = Rounds.AtTarget(view);
        var first = view.Rows.First(r => r.Indicator.Kind == IndicatorKind.Activity);
        var missing = view.Rows.Last(r => r.Indicator.Kind != IndicatorKind.Informational).Indicator.IndicatorId;

        // 0 of 5 on 31/3 is behind the 25 % expected for an activity due on 31/12: a note is needed; one value is missing.
        typed[first.Indicator.IndicatorId] = new TypedValue("0", null, null, null);
        typed[missing] = new TypedValue(null, null, null, null);
        var result = await Rounds.SaveAsync(db, scheda, owner, typed, view.Revision, submit: true);
        Assert.True(result.Saved);
        Assert.False(result.Submitted);
        Assert.Contains("il valore è sotto l'avanzamento atteso al 31/03/2024", result.Errors[first.Indicator.IndicatorId], StringComparison.Ordinal);
        Assert.EndsWith("manca il valore.", result.Errors[missing], StringComparison.Ordinal);
        Assert.Equal("da_compilare", (await Rounds.ViewAsync(db, scheda, owner))!.State);

        // The generic page cannot send it either: the workflow's guard asks the same rules.
        var direct = await Cycle.FireAsync(db, scheda, "invia", owner);
        Assert.Equal(WorkflowOutcome.NotPermitted, direct.Outcome);
        Assert.Contains("2 indicatori da completare", direct.Message, StringComparison.Ordinal);

        typed[first.Indicator.IndicatorId] = new TypedValue("0", null, null, "Affidamento sospeso in attesa del parere della Regione.");
        typed[missing] = Rounds.AtTarget(view)[missing];
        var revision = (await Rounds.ViewAsync(db, scheda, owner))!.Revision;
        var sent = await Rounds.SaveAsync(db, scheda, owner, typed, revision, submit: true);
        Assert.True(sent.Submitted, sent.Message + string.Join(" ", sent.Errors.Values));
        Assert.Equal("Scheda inviata al segretario per la validazione.", sent.Message);

        // The values are now the round's measurements, with their history; the scheda is read-only.
        var measurements = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Measurements.AsNoTracking().CountAsync(m => m.RoundId == view.Round.Id));
        Assert.True(measurements >= typed.Values.Count(t => t.Value is not null || t.Numerator is not null));
        var after = (await Rounds.ViewAsync(db, scheda, owner))!;
        Assert.False(after.Editable);
        var again = await Rounds.SaveAsync(db, scheda, owner, typed, after.Revision, submit: false);
        Assert.StartsWith("La scheda è stata inviata", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_go_to_who_has_not_sent_escalation_lists_the_late_and_sending_back_reopens_the_scheda()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.FirstRoundOpenAsync(clock);
        var schede = await Rounds.SchedeAsync(db);
        var affari = await Cycle.ActorAsync(db, "dirigente.affari");
        Assert.True((await Rounds.SubmitAtTargetAsync(db, schede["dirigente.affari"].Id, affari)).Submitted);

        // 10/4 at 08:00: five days before the deadline, the three who have not sent get a reminder.
        clock.SetUtcNow(Rounds.At(2024, 4, 10));
        await Cycle.SweepAsync(db);
        var reminders = Cycle.Mailbox(db).Where(m => m.Headers[OutboxSender.TemplateHeader] == "monitoraggio-promemoria").Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(["comandante.pm@comune.example", "dirigente.risorse@comune.example", "responsabile.llpp@comune.example"], reminders.Order(StringComparer.Ordinal));

        // 16/4: the day after the deadline, the segretario gets the list of the late.
        clock.SetUtcNow(Rounds.At(2024, 4, 16));
        await Cycle.SweepAsync(db);
        var escalation = Assert.Single(Cycle.Mailbox(db), m => m.Headers[OutboxSender.TemplateHeader] == "monitoraggio-sollecito");
        Assert.Equal("segretario@comune.example", escalation.To.Mailboxes.Single().Address);
        Assert.Contains("- Comandante Polizia Municipale (demo): Da compilare", escalation.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Dirigente Affari Giuridici", escalation.TextBody, StringComparison.Ordinal);

        // Sent late: accepted, and said so.
        var late = await Rounds.SubmitAtTargetAsync(db, schede["responsabile.llpp"].Id, await Cycle.ActorAsync(db, "responsabile.llpp"));
        Assert.Equal("Scheda inviata al segretario per la validazione. La scadenza era il 15/04/2024: la scheda risulta inviata in ritardo.", late.Message);

        // The segretario sends one back with a comment: the owner is told and can edit again.
        var secretary = await Cycle.ActorAsync(db, "segretario");
        var noComment = await Cycle.FireAsync(db, schede["dirigente.affari"].Id, "rimanda", secretary);
        Assert.Equal(WorkflowOutcome.Invalid, noComment.Outcome);
        Assert.True((await Cycle.FireAsync(db, schede["dirigente.affari"].Id, "rimanda", secretary, new FireInput("Il valore di S1-1_1 non torna con il report."))).Succeeded);
        var back = Assert.Single(Cycle.Mailbox(db), m => m.Headers[OutboxSender.TemplateHeader] == "monitoraggio-rimandata");
        Assert.Contains("«Il valore di S1-1_1 non torna con il report.»", back.TextBody, StringComparison.Ordinal);
        Assert.True((await Rounds.ViewAsync(db, schede["dirigente.affari"].Id, affari))!.Editable);

        // Validation is for the segretario: the owner cannot validate his own scheda.
        var self = await Cycle.FireAsync(db, schede["responsabile.llpp"].Id, "valida", await Cycle.ActorAsync(db, "responsabile.llpp"));
        Assert.Equal(WorkflowOutcome.Forbidden, self.Outcome);
    }

    [Fact]
    public async Task When_every_scheda_is_validated_the_round_closes_scores_are_recomputed_and_the_report_is_announced()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.FirstRoundOpenAsync(clock);
        var secretary = await Cycle.ActorAsync(db, "segretario");
        foreach (var (name, scheda) in await Rounds.SchedeAsync(db))
        {
            Assert.True((await Rounds.SubmitAtTargetAsync(db, scheda.Id, await Cycle.ActorAsync(db, name))).Submitted);
            Assert.True((await Cycle.FireAsync(db, scheda.Id, "valida", secretary)).Succeeded);
        }

        var round = (await Cycle.InstancesAsync(db)).Single(i => i.Machine == "monitoraggio" && i.Round == 1);
        Assert.Equal("chiuso", round.State);
        var status = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().MonitoringRounds.AsNoTracking().SingleAsync(r => r.Year == 2024 && r.Number == 1));
        Assert.Equal(RoundStatus.Closed, status.Status);
        var announced = Cycle.Mailbox(db).Where(m => m.Headers[OutboxSender.TemplateHeader] == "monitoraggio-chiuso").Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal);
        Assert.Equal(["amministratore@comune.example", "segretario@comune.example"], announced);
        Assert.Equal(4, Cycle.Mailbox(db).Count(m => m.Headers[OutboxSender.TemplateHeader] == "monitoraggio-validata"));

        // Every value at target: the organization scores 100 %, and the dashboard and the workbook say so.
        var dashboard = await db.RunAsync(sp => sp.GetRequiredService<MonitoringQueries>().DashboardAsync(2024, CancellationToken.None));
        var first = dashboard.Rounds[0];
        Assert.Equal(4, first.Schede.Count(s => s.Validated));
        Assert.Equal(100.0, first.OrganizationPercent!.Value, 6);
        Assert.Equal(3, first.Departments.Count);
        var workbook = await db.RunAsync(sp => sp.GetRequiredService<MonitoringQueries>().ReportWorkbookAsync(2024, 1, CancellationToken.None));
        using var stream = new MemoryStream(workbook!);
        Assert.Equal(["Riepilogo", "Settori", "Unità", "Obiettivi", "Indicatori", "Schede"], MiniExcelLibs.MiniExcel.GetSheetNames(stream));

        // A closed round refuses changes to its values.
        var owner = await Cycle.ActorAsync(db, "dirigente.affari");
        var closed = (await Rounds.ViewAsync(db, (await Rounds.SchedeAsync(db))["dirigente.affari"].Id, owner))!;
        Assert.StartsWith("Il round «1° monitoraggio (31/03/2024)» è chiuso", closed.ReadOnlyReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approved_target_revision_applies_from_its_round_on_and_the_scores_use_it()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.FirstRoundOpenAsync(clock);
        var (scheda, owner, view) = await Rounds.SchedaOfAsync(db, "comandante.pm");
        var hours = view.Rows.First(r => r.Indicator.Target.Measure == TargetMeasure.Hours).Indicator;
        Assert.Equal(">= ore 24", hours.Target.Text);

        var forms = (Func<string?, string?, Task<SubmissionResult>>)((target, reason) =>
            db.RunAsync(sp => sp.GetRequiredService<SubmissionService>().RequestRevisionAsync(scheda, owner, hours.IndicatorId, target, reason, CancellationToken.None)));
        Assert.Equal("Indicare il motivo della revisione: è ciò che il segretario valuta.", (await forms(">= ore 12", " ")).Errors[-1]);
        Assert.Equal("Il nuovo target «tante» non è comprensibile: ", (await forms("tante", "x")).Errors[-2][..45]);
        Assert.Equal("Il nuovo target è uguale a quello in vigore («>= ore 24»).", (await forms("ore 24", "x")).Errors[-2]);
        var asked = await forms(">= ore 12", "Il corso regionale è stato annullato.");
        Assert.True(asked.Saved, asked.Message);
        Assert.Equal("Per questo indicatore c'è già una richiesta di revisione in attesa di decisione.", (await forms(">= ore 10", "Ancora")).Errors[-3]);
        var request = Assert.Single(Cycle.Mailbox(db), m => m.Headers[OutboxSender.TemplateHeader] == "revisione-richiesta");
        Assert.Contains("«Il corso regionale è stato annullato.»", request.TextBody, StringComparison.Ordinal);
        Assert.Contains("target proposto: >= ore 12", request.TextBody, StringComparison.Ordinal);

        // 12 hours done: against 24 it is 50 %; the segretario approves 12, and from this round on it is 100 %.
        var typed = Rounds.AtTarget(view);
        typed[hours.IndicatorId] = new TypedValue("12", null, null, "Corso annullato");
        Assert.True((await Rounds.SaveAsync(db, scheda, owner, typed, view.Revision, submit: true)).Submitted);
        var round = await db.RunAsync(sp => sp.GetRequiredService<ScoreService>().RoundAsync(2024, 1, CancellationToken.None));
        double? Percent(ScoreReport r) => r.Indicators.Single(i => i.Id == hours.IndicatorId).Percent;
        Assert.Equal(50.0, Percent(await db.RunAsync(sp => sp.GetRequiredService<ScoreService>().ComputeAsync(2024, round!.Id, CancellationToken.None))));

        var revision = (await Cycle.InstancesAsync(db)).Single(i => i.Machine == "monitoraggio.revisione");
        var approved = await Cycle.FireAsync(db, revision.Id, "approva", await Cycle.ActorAsync(db, "segretario"));
        Assert.True(approved.Succeeded, approved.Message);
        Assert.Equal(100.0, Percent(await db.RunAsync(sp => sp.GetRequiredService<ScoreService>().ComputeAsync(2024, round!.Id, CancellationToken.None))));

        // The history keeps both targets: the plan's, and the revision with who decided.
        var stored = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().TargetRevisions.AsNoTracking().SingleAsync());
        Assert.Equal((">= ore 24", ">= ore 12", RevisionStatus.Approved, 1), (stored.OldTarget.Text, stored.NewTarget.Text, stored.Status, stored.FromRound));
        var plan = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Indicators.AsNoTracking().SingleAsync(i => i.Id == hours.IndicatorId));
        Assert.Equal(">= ore 24", plan.Target.Text);
        var row = (await Rounds.ViewAsync(db, scheda, owner))!.Rows.Single(r => r.Indicator.IndicatorId == hours.IndicatorId);
        Assert.Equal((">= ore 12", ">= ore 24"), (row.Indicator.Target.Text, row.Indicator.PlannedTarget!.Text));
        Assert.Single(Cycle.Mailbox(db), m => m.Headers[OutboxSender.TemplateHeader] == "revisione-decisa");
    }

    [Fact]
    public async Task Extending_an_open_rounds_deadline_moves_its_tasks_and_reminders()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.FirstRoundOpenAsync(clock);
        var calendar = (Func<int, DateOnly, DateOnly, Task<string?>>)((number, reference, due) =>
            db.RunAsync(sp => sp.GetRequiredService<CalendarService>().RescheduleAsync(2024, number, reference, due, CancellationToken.None)));

        Assert.Equal("Il round «1° monitoraggio (31/03/2024)» è già aperto: la data di riferimento non cambia più; si può prorogare la scadenza.", await calendar(1, new DateOnly(2024, 4, 2), new DateOnly(2024, 4, 30)));
        Assert.Equal("La data di riferimento deve venire prima di quella del round successivo (30/09/2024).", await calendar(2, new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 15)));
        Assert.Equal("La scadenza non può precedere la data di riferimento del round.", await calendar(2, new DateOnly(2024, 7, 1), new DateOnly(2024, 6, 15)));
        Assert.Null(await calendar(1, new DateOnly(2024, 3, 31), new DateOnly(2024, 4, 30)));
        Assert.Null(await calendar(2, new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 20)));

        Assert.All(await Cycle.OpenTasksAsync(db), t => Assert.Equal(new DateOnly(2024, 4, 30), t.DueDate));
        clock.SetUtcNow(Rounds.At(2024, 4, 16));
        await Cycle.SweepAsync(db);
        Assert.DoesNotContain(Cycle.Mailbox(db), m => m.Headers[OutboxSender.TemplateHeader] is "monitoraggio-promemoria" or "monitoraggio-sollecito");
        clock.SetUtcNow(Rounds.At(2024, 4, 25));
        await Cycle.SweepAsync(db);
        Assert.Equal(4, Cycle.Mailbox(db).Count(m => m.Headers[OutboxSender.TemplateHeader] == "monitoraggio-promemoria"));
        var second = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().MonitoringRounds.AsNoTracking().SingleAsync(r => r.Year == 2024 && r.Number == 2));
        Assert.Equal((new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 20)), (second.ReferenceDate, second.DueDate));
    }
}
