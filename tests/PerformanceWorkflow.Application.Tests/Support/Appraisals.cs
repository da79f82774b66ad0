using PerformanceWorkflow.Application.Features.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>
/// The stage of the evaluation tests: the reference plan 2024 approved, its consuntivo filled (activities at 4 of 5,
/// numbers at target) and closed with fresh scores, and a generated staff imported through the real importer — the
/// demo people on the chart, plus the demo employee in Lavori Pubblici.
/// </summary>
internal static class Appraisals
{
    public const string Employee = "dipendente";
    public const string UnitHead = "responsabile.llpp";
    public const string Director = "dirigente.risorse";

    public static async Task<TestDatabase> ConsuntivoClosedAsync(FakeTimeProvider clock)
    {
        var db = await Rounds.ApprovedAsync(clock);
        var indicators = await Values.IndicatorsAsync(db);
        var rows = indicators.Where(i => i.Kind != IndicatorKind.Informational).Select(i => (i.Id, i.Kind == IndicatorKind.Activity ? "4"
            : Domain.Text.ItalianFormat.Number(TargetParser.Parse(i.Target, i.Kind).Threshold ?? 1m)));
        var imported = await Values.ImportAsync(db, Values.Csv(rows), round: 4);
        Assert.False(imported.HasErrors, string.Join(" ", imported.Messages.Select(m => m.Message)));
        clock.SetUtcNow(Rounds.At(2025, 2, 3));
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            (await context.MonitoringRounds.SingleAsync(r => r.Year == 2024 && r.Number == 4)).Close();
            await context.SaveChangesAsync();
            await sp.GetRequiredService<ScoreService>().RecomputeYearAsync(2024, CancellationToken.None);
        });
        return db;
    }

    /// <summary>The consuntivo closed and the generated staff imported (3 employees a unit).</summary>
    public static async Task<TestDatabase> WithStaffAsync(FakeTimeProvider clock)
    {
        var db = await ConsuntivoClosedAsync(clock);
        var csv = await db.RunAsync(async sp => StaffGenerator.ToCsv(await StaffGenerator.ForPlanAsync(sp.GetRequiredService<AppDbContext>(), 7, 3,
            [(Employee, RoleGroup.Staff, "U.O.C. Lavori Pubblici-Patrimonio")], CancellationToken.None)));
        var result = await ImportStaffAsync(db, csv);
        Assert.True(result.Applied, string.Join(" ", result.Messages.Select(m => $"{m.Line}: {m.Message}")));
        return db;
    }

    public static Task<StaffImportResult> ImportStaffAsync(TestDatabase db, byte[] content, string name = "personale.csv", bool dryRun = false) =>
        db.RunAsync(sp => sp.GetRequiredService<StaffImportHandler>().ImportAsync(new StaffImportRequest(content, name, dryRun, "test"), CancellationToken.None));

    /// <summary>The valutazione started by the administrator; returns the year's instance.</summary>
    public static async Task<int> StartAsync(TestDatabase db)
    {
        var started = await Cycle.StartAsync(db, "valutazione");
        Assert.True(started.Succeeded, started.Message);
        var year = (await Cycle.InstancesAsync(db)).Single(i => i.Machine == "valutazione");
        var admin = await Cycle.ActorAsync(db, "amministratore");
        var opened = await Cycle.FireAsync(db, year.Id, "avvia", admin);
        Assert.True(opened.Succeeded, opened.Message);
        return year.Id;
    }

    /// <summary>The form instance of a person by his account's user name.</summary>
    public static async Task<WorkflowInstance> FormOfAsync(TestDatabase db, string userName)
    {
        var actor = await Cycle.ActorAsync(db, userName);
        return (await Cycle.InstancesAsync(db)).Single(i => WorkflowNames.FormMachines.Contains(i.Machine) && i.OwnerId == actor.UserId);
    }

    public static Task<AppraisalView?> ViewAsync(TestDatabase db, int instance, Actor actor) =>
        db.RunAsync(sp => sp.GetRequiredService<AppraisalService>().LoadAsync(instance, actor, CancellationToken.None));

    public static async Task<AppraisalResult> SaveAsync(TestDatabase db, int instance, Actor actor, AppraisalDraft draft, string? step = null, string? comment = null)
    {
        var view = (await ViewAsync(db, instance, actor))!;
        return await db.RunAsync(sp => sp.GetRequiredService<AppraisalService>().SaveAsync(instance, actor, draft, view.Form.Revision, step, comment, null, CancellationToken.None));
    }

    public static AppraisalDraft Objectives(params (string Title, string Weight)[] objectives) =>
        AppraisalDraft.Empty with { Objectives = [.. objectives.Select(o => new TypedObjective(o.Title, o.Weight, null))] };

    /// <summary>Every objective achieved at <paramref name="achieved"/> %, every behaviour rated <paramref name="rating"/>.</summary>
    public static AppraisalDraft Evaluation(AppraisalView view, string achieved, int rating, string? comment = "Buon lavoro nell'anno.") =>
        new([.. view.Objectives.Select(_ => new TypedObjective(null, null, achieved))],
            view.Behaviours.ToDictionary(b => b.Definition.Code, _ => (string?)rating.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Dictionary<string, string?>(), comment, null);

    /// <summary>Assigns objectives, has them acknowledged, and makes the proposal; returns the outcome of the proposal.</summary>
    public static async Task<AppraisalResult> ProposeAsync(TestDatabase db, int instance, Actor evaluator, Actor person, string achieved, int rating)
    {
        var assigned = await SaveAsync(db, instance, evaluator, Objectives(("Ridurre i tempi delle pratiche", "60"), ("Digitalizzare l'archivio", "40")), "assegna_obiettivi");
        Assert.True(assigned.Succeeded, assigned.Message);
        var acknowledged = await SaveAsync(db, instance, person, AppraisalDraft.Empty, "conferma_obiettivi");
        Assert.True(acknowledged.Succeeded, acknowledged.Message);
        var view = (await ViewAsync(db, instance, evaluator))!;
        return await SaveAsync(db, instance, evaluator, Evaluation(view, achieved, rating), AppraisalService.ProposeStep);
    }
}
