using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Features.Accessibility;
using PerformanceWorkflow.Application.Features.Home;
using PerformanceWorkflow.Application.Tests.Support;

namespace PerformanceWorkflow.Application.Tests.Home;

/// <summary>What the home page says as days pass: deadlines passed, late schede counted and late tasks first; reports due.</summary>
public sealed class HomeQueriesTests
{
    [Fact]
    public async Task After_the_deadline_the_round_says_so_counts_the_late_schede_and_the_late_task_comes_first()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.FirstRoundOpenAsync(clock);
        var before = await HomeAsync(db, "segretario");
        Assert.Equal((false, 0, 4), (before.OpenRounds.Single().PastDue, before.OpenRounds.Single().Progress!.Overdue, before.OpenRounds.Single().Progress!.Schede));

        // A sent scheda is not late; the three others are, and their owners' tasks come first on their pages.
        var (scheda, owner, _) = await Rounds.SchedaOfAsync(db, "responsabile.llpp");
        Assert.True((await Rounds.SubmitAtTargetAsync(db, scheda, owner)).Submitted);
        clock.SetUtcNow(Rounds.At(2024, 4, 16));
        var after = await HomeAsync(db, "segretario");
        var round = after.OpenRounds.Single();
        Assert.True(round.PastDue);
        Assert.Equal(new RoundProgressCount(4, 1, 0, 3), round.Progress);

        var director = await HomeAsync(db, "dirigente.affari");
        Assert.True(director.Tasks[0].Overdue);
        Assert.Null(director.OpenRounds.Single().Progress);
    }

    [Fact]
    public async Task An_accessibility_report_is_open_on_the_administrators_home_and_late_after_thirty_days_until_closed()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.ApprovedAsync(clock);
        clock.SetUtcNow(Rounds.At(2024, 5, 2));
        await using (var scope = db.Services.CreateAsyncScope())
        {
            var reports = scope.ServiceProvider.GetRequiredService<AccessibilityReportService>();
            var refused = await reports.SubmitAsync(new AccessibilityReportInput(null, " ", null, "senza-chiocciola"), null, CancellationToken.None);
            Assert.Equal(["Descrizione", "Email"], refused.Errors.Keys.Order(StringComparer.Ordinal));
            Assert.NotNull((await reports.SubmitAsync(new AccessibilityReportInput("/piano", "La tabella del piano non ha intestazioni.", null, null), null, CancellationToken.None)).Id);
        }

        Assert.Equal(1, (await HomeAsync(db, "amministratore")).OpenAccessibilityReports);
        Assert.Null((await HomeAsync(db, "segretario")).OpenAccessibilityReports);

        clock.Advance(TimeSpan.FromDays(31));
        await using (var scope = db.Services.CreateAsyncScope())
        {
            var reports = scope.ServiceProvider.GetRequiredService<AccessibilityReportService>();
            var row = (await reports.ListAsync(CancellationToken.None)).Single();
            Assert.True(row.Late);
            Assert.Equal(new DateOnly(2024, 6, 1), row.AnswerDue);
            Assert.Null(await reports.HandleAsync(row.Id, "Aggiunte le intestazioni di colonna.", "amministratore", CancellationToken.None));
            Assert.StartsWith($"La segnalazione {row.Id} è già stata chiusa", await reports.HandleAsync(row.Id, "di nuovo", "amministratore", CancellationToken.None), StringComparison.Ordinal);
            Assert.False((await reports.ListAsync(CancellationToken.None)).Single().Late);
        }

        Assert.Equal(0, (await HomeAsync(db, "amministratore")).OpenAccessibilityReports);
    }

    private static async Task<HomeView> HomeAsync(TestDatabase db, string user)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HomeQueries>().GetAsync(await Cycle.ActorAsync(db, user), CancellationToken.None);
    }
}
