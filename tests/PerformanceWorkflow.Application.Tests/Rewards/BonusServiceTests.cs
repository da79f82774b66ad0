using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Reporting;
using PerformanceWorkflow.Application.Features.Rewards;
using PerformanceWorkflow.Domain.Reporting;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Rewards;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Application.Features.Workflows;

namespace PerformanceWorkflow.Application.Tests.Rewards;

public sealed class BonusServiceTests
{
    [Fact]
    public async Task Scores_reach_HR_only_after_the_Nucleo_validates_the_Relazione_and_each_pool_is_paid_to_the_cent()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Appraisals.WithStaffAsync(clock);
        await Appraisals.StartAsync(db);
        var director = await Cycle.ActorAsync(db, Appraisals.Director);
        foreach (var (user, achieved, rating) in new[] { (Appraisals.Employee, "90", 4), (Appraisals.UnitHead, "100", 5) })
        {
            var person = await Cycle.ActorAsync(db, user);
            var form = await Appraisals.FormOfAsync(db, user);
            Assert.True((await Appraisals.ProposeAsync(db, form.Id, director, person, achieved, rating)).Succeeded);
            Assert.True((await Appraisals.SaveAsync(db, form.Id, person, AppraisalDraft.Empty, "prendi_visione")).Succeeded);
            Assert.True((await Appraisals.SaveAsync(db, form.Id, person, AppraisalDraft.Empty, "rinuncia")).Succeeded);
        }

        var saved = await db.RunAsync(sp => sp.GetRequiredService<BonusService>().SaveSettingsAsync(
            RewardSettings.Defaults(2024) with { Pools = [new(RoleGroup.Director, 9_000m), new(RoleGroup.UnitHead, 1_000.01m), new(RoleGroup.Staff, 5_000m)], EqPositionBudget = 4_000m }, "test", CancellationToken.None));
        Assert.Empty(saved);

        var early = await db.RunAsync(sp => sp.GetRequiredService<BonusService>().ReleaseAsync(2024, CancellationToken.None));
        Assert.False(early.Released);
        Assert.Contains("quando il Nucleo di valutazione valida la Relazione", early.Reason, StringComparison.Ordinal);

        // The Relazione proposed, approved by the segretario and validated by the Nucleo.
        Assert.True((await Cycle.StartAsync(db, "rendicontazione")).Succeeded);
        var relazione = (await Cycle.InstancesAsync(db)).Single(i => i.Machine == "rendicontazione");
        var admin = await Cycle.ActorAsync(db, "amministratore");
        Assert.False((await Cycle.FireAsync(db, relazione.Id, "proponi", admin)).Succeeded);
        await db.RunAsync(sp => sp.GetRequiredService<RelazioneService>().GenerateAsync(2024, "test", CancellationToken.None));
        Assert.True((await Cycle.FireAsync(db, relazione.Id, "proponi", admin)).Succeeded);
        Assert.True((await Cycle.FireAsync(db, relazione.Id, "approva", await Cycle.ActorAsync(db, "segretario"))).Succeeded);
        var nucleo = await Cycle.ActorAsync(db, "nucleo");
        var noDocument = await Cycle.FireAsync(db, relazione.Id, "valida", nucleo);
        Assert.Contains("documento di validazione", noDocument.Message, StringComparison.Ordinal);
        Assert.False((await db.RunAsync(sp => sp.GetRequiredService<BonusService>().ReleaseAsync(2024, CancellationToken.None))).Released);
        var (validation, _) = await db.RunAsync(sp => sp.GetRequiredService<RelazioneService>().UploadAsync(2024, ReportDocumentKind.Validation, "validazione.pdf", "%PDF-1.4 documento di validazione"u8.ToArray(), "nucleo", CancellationToken.None));
        Assert.NotNull(validation);
        Assert.True((await Cycle.FireAsync(db, relazione.Id, "valida", nucleo)).Succeeded);
        Assert.True((await db.RunAsync(sp => sp.GetRequiredService<BonusService>().ReleaseAsync(2024, CancellationToken.None))).Released);
        var hr = await Cycle.ActorAsync(db, "personale");
        Assert.Contains(await Cycle.OutboxAsync(db), m => m.Template == "rendicontazione-punteggi" && m.RecipientId == hr.UserId);

        var report = await db.RunAsync(sp => sp.GetRequiredService<BonusService>().ComputeAsync(2024, CancellationToken.None));
        var staff = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Staff.CountAsync());
        Assert.Equal(staff, report.People.Count);

        // Only the two final forms are paid: the EQ takes the whole EQ pool, the employee the whole staff pool; the
        // dirigenti's pool, with no final form, is saved.
        var eq = report.Result.Pools.Single(p => p.Group == RoleGroup.UnitHead);
        Assert.Equal((1_000.01m, 0m, 1), (eq.Paid, eq.Savings, eq.Eligible));
        Assert.Equal(5_000m, report.Result.People.Where(p => p.Group == RoleGroup.Staff).Sum(p => p.Amount));
        Assert.Equal(9_000m, report.Result.Pools.Single(p => p.Group == RoleGroup.Director).Savings);
        var employee = report.People.Single(p => p.Bonus.Amount == 5_000m);
        Assert.NotNull(employee.Score.Final);
        Assert.Contains("quota del fondo netto", employee.Bonus.Explanation, StringComparison.Ordinal);

        // Payroll's CSV: ';', UTF-8 with BOM, a row per person, Italian decimals.
        var csv = BonusService.Csv(report);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(staff + 1, lines.Length);
        Assert.StartsWith("Matricola;Nominativo;Gruppo", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith(";5000,00", StringComparison.Ordinal));
    }
}
