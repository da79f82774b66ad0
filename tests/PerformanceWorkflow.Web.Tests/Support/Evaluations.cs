using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Web.Tests.Support;

/// <summary>
/// The demo's valutazione 2024 opened in the running app: the consuntivo filled (activities at 4, numbers at target)
/// and closed with fresh scores, the demo staff (seeded at start) given its forms by the administrator.
/// </summary>
internal static class Evaluations
{
    public static async Task<Dictionary<string, int>> OpenAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ManagementObjective.ObjectiveAssignment.Year == 2024 && i.Kind != IndicatorKind.Informational)
            .Select(i => new { i.Id, i.Kind, i.Target }).ToListAsync();
        var csv = new StringBuilder("IndicatorId;Value\r\n");
        foreach (var i in indicators)
        {
            csv.Append(i.Id.ToString(CultureInfo.InvariantCulture)).Append(';').Append(i.Kind == IndicatorKind.Activity ? "4" : Domain.Text.ItalianFormat.Number(i.Target.Threshold ?? 1m)).Append("\r\n");
        }

        var imported = await sp.GetRequiredService<ValuesImportHandler>().ImportAsync(new ValuesImportRequest(Encoding.UTF8.GetBytes(csv.ToString()), "consuntivo.csv", 2024, 4, false, "test"), CancellationToken.None);
        Assert.False(imported.HasErrors, string.Join(" ", imported.Messages.Select(m => m.Message)));
        (await db.MonitoringRounds.SingleAsync(r => r.Year == 2024 && r.Number == 4)).Close();
        await db.SaveChangesAsync();
        await sp.GetRequiredService<ScoreService>().RecomputeYearAsync(2024, CancellationToken.None);
        var engine = sp.GetRequiredService<WorkflowEngine>();
        var admin = (await sp.GetRequiredService<ActorLoader>().LoadUserAsync("amministratore", CancellationToken.None))!;
        var started = await engine.StartAsync("valutazione", 2024, null, admin, CancellationToken.None);
        Assert.True(started.Succeeded, started.Message);
        var year = await db.WorkflowInstances.AsNoTracking().Where(i => i.Machine == "valutazione" && i.Year == 2024).Select(i => i.Id).SingleAsync();
        var opened = await engine.FireAsync(year, "avvia", admin, FireInput.None, CancellationToken.None);
        Assert.True(opened.Succeeded, opened.Message);
        return await FormsAsync(app);
    }

    /// <summary>The form of each person with an account, by user name.</summary>
    public static async Task<Dictionary<string, int>> FormsAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AppraisalForms.AsNoTracking().Where(f => f.Instance.OwnerId != null)
            .Join(db.Users, f => f.Instance.OwnerId, u => u.Id, (f, u) => new { u.UserName, f.InstanceId })
            .ToDictionaryAsync(x => x.UserName!, x => x.InstanceId);
    }

    /// <summary>Takes steps of a form through the application, as its page does, for a test that starts later in the story.</summary>
    public static async Task<AppraisalResult> StepAsync(AppFactory app, int form, string user, Func<AppraisalView, AppraisalDraft> draft, string? step, string? comment = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var actor = (await sp.GetRequiredService<ActorLoader>().LoadUserAsync(user, CancellationToken.None))!;
        var service = sp.GetRequiredService<AppraisalService>();
        var view = (await service.LoadAsync(form, actor, CancellationToken.None))!;
        var result = await service.SaveAsync(form, actor, draft(view), view.Form.Revision, step, comment, null, CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
        return result;
    }

    public static AppraisalDraft Evaluation(AppraisalView view, string achieved, int rating) =>
        new([.. view.Objectives.Select(_ => new TypedObjective(null, null, achieved))],
            view.Behaviours.ToDictionary(b => b.Definition.Code, _ => (string?)rating.ToString(CultureInfo.InvariantCulture)),
            new Dictionary<string, string?>(), "Valutazione motivata.", null);

    public static AppraisalDraft Objectives(AppraisalView view) =>
        AppraisalDraft.Empty with { Objectives = [new TypedObjective("Ridurre i tempi delle pratiche", "60", null), new TypedObjective("Digitalizzare l'archivio", "40", null)] };
}
