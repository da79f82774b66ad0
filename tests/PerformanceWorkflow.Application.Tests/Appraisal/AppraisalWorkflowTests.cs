using PerformanceWorkflow.Application.Features.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Tests.Appraisal;

public sealed class AppraisalWorkflowTests
{
    [Fact]
    public async Task The_valutazione_does_not_start_before_the_consuntivo_is_final_nor_without_staff()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Rounds.ApprovedAsync(clock);
        Assert.True((await Cycle.StartAsync(db, "valutazione")).Succeeded);
        var year = (await Cycle.InstancesAsync(db)).Single(i => i.Machine == "valutazione");
        var admin = await Cycle.ActorAsync(db, "amministratore");
        var early = await Cycle.FireAsync(db, year.Id, "avvia", admin);
        Assert.False(early.Succeeded);
        Assert.Contains("consuntivo 2024 non ha ancora valori", early.Message, StringComparison.Ordinal);
        Assert.Equal("bozza", (await Cycle.InstancesAsync(db)).Single(i => i.Id == year.Id).State);
    }

    [Fact]
    public async Task Without_staff_the_start_says_to_import_it()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Appraisals.ConsuntivoClosedAsync(clock);
        Assert.True((await Cycle.StartAsync(db, "valutazione")).Succeeded);
        var year = (await Cycle.InstancesAsync(db)).Single(i => i.Machine == "valutazione");
        var result = await Cycle.FireAsync(db, year.Id, "avvia", await Cycle.ActorAsync(db, "amministratore"));
        Assert.False(result.Succeeded);
        Assert.Contains("personale non è stato caricato", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_creates_one_form_per_person_with_the_evaluator_of_the_matrix()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Appraisals.WithStaffAsync(clock);
        await Appraisals.StartAsync(db);
        var (staff, forms, settingsSaved) = await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            return (await context.Staff.CountAsync(), await context.AppraisalForms.Include(f => f.Instance).AsNoTracking().ToListAsync(), await context.YearSettings.AnyAsync(s => s.Kind == AppraisalSettingsStore.Kind && s.Year == 2024));
        });
        Assert.Equal(staff, forms.Count);
        Assert.True(settingsSaved);
        var director = await Cycle.ActorAsync(db, Appraisals.Director);
        var eq = await Appraisals.FormOfAsync(db, Appraisals.UnitHead);
        var employee = await Appraisals.FormOfAsync(db, Appraisals.Employee);
        Assert.Equal(WorkflowNames.Machines.AppraisalForm, eq.Machine);
        Assert.Equal(director.UserId, eq.ReviewerId);
        Assert.Equal(director.UserId, employee.ReviewerId);
        var directorForm = await Appraisals.FormOfAsync(db, Appraisals.Director);
        Assert.Equal(WorkflowNames.Machines.DirectorAppraisalForm, directorForm.Machine);
        Assert.All(forms, f => Assert.Equal("obiettivi", f.Instance.State));

        // Evaluators hear once that the forms are open, not once per form; the Nucleo has the dirigenti's forms as tasks.
        var mails = await Cycle.OutboxAsync(db);
        Assert.Single(mails, m => m.Template == "valutazione-avvio" && m.RecipientId == director.UserId);
        var tasks = await Cycle.OpenTasksAsync(db);
        Assert.Equal(forms.Count(f => f.Instance.Machine == WorkflowNames.Machines.DirectorAppraisalForm), tasks.Count(t => t.AssigneeRole == "EvaluationBody"));
    }

    [Fact]
    public async Task An_EQ_is_assigned_objectives_evaluated_and_acknowledges_and_the_score_is_the_weighted_sum()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Appraisals.WithStaffAsync(clock);
        await Appraisals.StartAsync(db);
        var director = await Cycle.ActorAsync(db, Appraisals.Director);
        var eq = await Cycle.ActorAsync(db, Appraisals.UnitHead);
        var form = await Appraisals.FormOfAsync(db, Appraisals.UnitHead);

        // Before the objectives: the EQ cannot confirm what was not assigned; a weight of 0 is refused with the reason.
        var bad = await Appraisals.SaveAsync(db, form.Id, director, Appraisals.Objectives(("Obiettivo senza peso", "0")));
        Assert.False(bad.Saved);
        Assert.Contains("peso", bad.Message, StringComparison.Ordinal);

        var proposed = await Appraisals.ProposeAsync(db, form.Id, director, eq, achieved: "100", rating: 4);
        Assert.True(proposed.Succeeded, proposed.Message);
        Assert.Contains(Cycle.Mailbox(db), m => (m.Subject ?? string.Empty).Contains("obiettivi individuali", StringComparison.Ordinal) && m.To.Mailboxes.Any(x => x.Address.StartsWith(Appraisals.UnitHead, StringComparison.Ordinal)));
        var view = (await Appraisals.ViewAsync(db, form.Id, eq))!;
        Assert.Equal("visione", view.State);

        // Unit 55 + differentiation 5 (he evaluates nobody: not applied, to the unit) = 60; objectives 15 at 100; behaviours 25 at 75.
        var unit = await db.RunAsync(async sp =>
        {
            var scores = sp.GetRequiredService<ScoreService>();
            var round = (await scores.RoundsAsync(2024, CancellationToken.None)).Single(r => r.Number == 4);
            var report = await scores.GetAsync(2024, round.Id, CancellationToken.None);
            return report.Units.Single(u => u.Name == "U.O.C. Lavori Pubblici-Patrimonio").Score.Percent!.Value;
        });
        var expected = (0.60 * unit) + (0.15 * 100) + (0.25 * 75);
        Assert.Equal(expected, view.Form.ProposedScore!.Value, 6);
        Assert.Equal(60, view.Breakdown.Components.Single(c => c.Component == AppraisalComponent.Unit).Weight, 6);
        Assert.Contains("non applicata", view.Breakdown.Components.Single(c => c.Component == AppraisalComponent.Differentiation).Explanation, StringComparison.Ordinal);

        var seen = await Appraisals.SaveAsync(db, form.Id, eq, AppraisalDraft.Empty, "prendi_visione", "Condivido la valutazione.");
        Assert.True(seen.Succeeded, seen.Message);
        var final = await Appraisals.SaveAsync(db, form.Id, eq, AppraisalDraft.Empty, "rinuncia");
        Assert.True(final.Succeeded, final.Message);
        view = (await Appraisals.ViewAsync(db, form.Id, eq))!;
        Assert.Equal("definitiva", view.State);
        Assert.Equal(expected, view.Form.FinalScore!.Value, 6);
        Assert.Equal("Condivido la valutazione.", view.Form.PersonObservations);
    }

    [Fact]
    public async Task A_negative_proposal_goes_through_the_contraddittorio_and_a_conciliation_can_change_it()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Appraisals.WithStaffAsync(clock);
        await Appraisals.StartAsync(db);
        var director = await Cycle.ActorAsync(db, Appraisals.Director);
        var employee = await Cycle.ActorAsync(db, Appraisals.Employee);
        var nucleo = await Cycle.ActorAsync(db, "nucleo");
        var form = await Appraisals.FormOfAsync(db, Appraisals.Employee);

        // The Nucleo does not see an employee's form until a conciliation is open.
        Assert.Null(await Appraisals.ViewAsync(db, form.Id, nucleo));

        var proposed = await Appraisals.ProposeAsync(db, form.Id, director, employee, achieved: "20", rating: 1);
        Assert.True(proposed.Succeeded, proposed.Message);
        var view = (await Appraisals.ViewAsync(db, form.Id, employee))!;
        Assert.Equal("contraddittorio", view.State);
        Assert.True(view.Breakdown.Negative);

        // The person is heard; the evaluator confirms with a comment; then presa visione.
        Assert.False((await Appraisals.SaveAsync(db, form.Id, employee, AppraisalDraft.Empty, "deposita_osservazioni", " ")).Succeeded);
        Assert.True((await Appraisals.SaveAsync(db, form.Id, employee, AppraisalDraft.Empty, "deposita_osservazioni", "Ho avuto sei mesi di congedo.")).Succeeded);
        var confirmed = await Appraisals.SaveAsync(db, form.Id, director, Appraisals.Evaluation(view, "20", 1), "conferma_proposta", "Confermo: i mesi di servizio entrano nel premio, non nel punteggio.");
        Assert.True(confirmed.Succeeded, confirmed.Message);
        Assert.True((await Appraisals.SaveAsync(db, form.Id, employee, AppraisalDraft.Empty, "prendi_visione")).Succeeded);

        // Within 15 days he asks for conciliation: the Nucleo sees it now and changes the ratings.
        clock.Advance(TimeSpan.FromDays(10));
        var asked = await Appraisals.SaveAsync(db, form.Id, employee, AppraisalDraft.Empty, "chiedi_conciliazione", "Gli obiettivi non tenevano conto del trasferimento di ufficio.");
        Assert.True(asked.Succeeded, asked.Message);
        var before = (await Appraisals.ViewAsync(db, form.Id, nucleo))!;
        Assert.True(before.Permissions.IsConciliator);
        var changed = await Appraisals.SaveAsync(db, form.Id, nucleo, Appraisals.Evaluation(before, "80", 3, comment: null), "modifica_esito", "Obiettivi rivalutati alla luce del trasferimento.");
        Assert.True(changed.Succeeded, changed.Message);
        var after = (await Appraisals.ViewAsync(db, form.Id, employee))!;
        Assert.Equal("definitiva", after.State);
        Assert.True(after.Form.ConciliationChanged);
        Assert.True(after.Form.FinalScore > after.Form.ScoreBeforeConciliation);
        Assert.Contains(Cycle.Mailbox(db), m => (m.Subject ?? string.Empty).Contains("conciliazione", StringComparison.Ordinal) && m.To.Mailboxes.Any(x => x.Address.StartsWith(Appraisals.Employee, StringComparison.Ordinal)));

        // Once decided, the Nucleo no longer sees it.
        Assert.Null(await Appraisals.ViewAsync(db, form.Id, nucleo));
    }

    [Fact]
    public async Task After_the_deadline_conciliation_is_refused_and_the_timer_makes_the_form_final()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Appraisals.WithStaffAsync(clock);
        await Appraisals.StartAsync(db);
        var director = await Cycle.ActorAsync(db, Appraisals.Director);
        var employee = await Cycle.ActorAsync(db, Appraisals.Employee);
        var form = await Appraisals.FormOfAsync(db, Appraisals.Employee);
        Assert.True((await Appraisals.ProposeAsync(db, form.Id, director, employee, "90", 4)).Succeeded);
        Assert.True((await Appraisals.SaveAsync(db, form.Id, employee, AppraisalDraft.Empty, "prendi_visione")).Succeeded);
        clock.Advance(TimeSpan.FromDays(16));
        var late = await Appraisals.SaveAsync(db, form.Id, employee, AppraisalDraft.Empty, "chiedi_conciliazione", "Non sono d'accordo.");
        Assert.False(late.Succeeded);
        Assert.Contains("entro 15 giorni", late.Message, StringComparison.Ordinal);
        await Cycle.SweepAsync(db);
        Assert.Equal("definitiva", (await Appraisals.ViewAsync(db, form.Id, employee))!.State);
    }

    [Fact]
    public async Task A_form_is_visible_only_to_the_people_of_the_doc()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Appraisals.WithStaffAsync(clock);
        await Appraisals.StartAsync(db);
        var employeeForm = await Appraisals.FormOfAsync(db, Appraisals.Employee);
        var directorForm = await Appraisals.FormOfAsync(db, "dirigente.affari");
        foreach (var (user, employee, director) in new[]
        {
            (Appraisals.Employee, true, false),
            (Appraisals.Director, true, false),
            ("dirigente.affari", false, true),
            ("comandante.pm", false, false),
            (Appraisals.UnitHead, false, false),
            ("segretario", false, false),
            ("nucleo", false, true),
            ("personale", true, true),
            ("amministratore", true, true),
        })
        {
            var actor = await Cycle.ActorAsync(db, user);
            Assert.True(employee == (await Appraisals.ViewAsync(db, employeeForm.Id, actor) is not null), $"{user} sulla scheda del dipendente");
            Assert.True(director == (await Appraisals.ViewAsync(db, directorForm.Id, actor) is not null), $"{user} sulla scheda del dirigente");
        }
    }

    [Fact]
    public async Task Settings_break_art_9_are_refused_and_they_no_longer_change_once_the_forms_exist()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Appraisals.WithStaffAsync(clock);
        var store = (Func<AppraisalSettings, Task<IReadOnlyList<string>>>)(s => db.RunAsync(sp => sp.GetRequiredService<AppraisalSettingsStore>().SaveAsync(s, "test", CancellationToken.None)));
        var defaults = AppraisalSettings.Defaults(2024);
        var art9 = defaults with { Weights = [new(RoleGroup.Director, 50, 20, 25, 5), defaults.Weights[1], defaults.Weights[2]] };
        var problems = await store(art9);
        Assert.Contains(problems, p => p.Contains("art. 9", StringComparison.Ordinal));
        Assert.Empty(await store(defaults with { NegativeThreshold = 55 }));
        Assert.Equal(55, (await db.RunAsync(sp => sp.GetRequiredService<AppraisalSettingsStore>().GetAsync(2025, CancellationToken.None))).NegativeThreshold);
        await Appraisals.StartAsync(db);
        var fixedNow = await store(defaults with { NegativeThreshold = 50 });
        Assert.Contains(fixedNow, p => p.Contains("è avviata", StringComparison.Ordinal));
    }
}
