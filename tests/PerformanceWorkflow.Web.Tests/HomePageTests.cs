using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>
/// The home page per role, on 2 April 2024 with the first round open (its deadline on the 15th) and the valutazione
/// started: each person finds what he has to do and by when, and what his role looks at first.
/// </summary>
public sealed class HomePageTests : IClassFixture<OpenCycle>
{
    private readonly OpenCycle cycle;

    public HomePageTests(OpenCycle cycle) => this.cycle = cycle;

    private async Task<IHtmlDocument> HomeAsync(string user) =>
        await Forms.ParseAsync(await (await cycle.App.ClientAsync(user)).GetAsync(new Uri("/", UriKind.Relative)));

    [Fact]
    public async Task A_dirigente_sees_his_scheda_to_fill_by_its_deadline_and_his_units_scores_with_their_trend_not_the_plans_counts()
    {
        var home = await HomeAsync("dirigente.affari");

        var task = home.QuerySelectorAll("[data-testid=home-task]").Select(t => t.TextContent).Single(t => t.Contains("1° monitoraggio", StringComparison.Ordinal));
        Assert.Contains("Inserire i valori del monitoraggio", task, StringComparison.Ordinal);
        Assert.Contains("entro il 15/04/2024", task, StringComparison.Ordinal);

        // His evaluators' tasks name the person each form is about.
        var evaluations = home.QuerySelectorAll("[data-testid=home-task]").Select(t => t.TextContent).Where(t => t.Contains("Assegnare gli obiettivi individuali", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(evaluations);
        Assert.Equal(evaluations.Count, evaluations.Distinct().Count());
        Assert.StartsWith("/monitoraggio/scheda/", home.QuerySelector("[data-testid=home-task] a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("Scadenza per l'invio: 15/04/2024", home.QuerySelector("[data-testid=home-round]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(home.QuerySelector("[data-testid=home-round] a"));

        // The demo's consuntivo (imported by the valutazione's opening) is the latest round with values, the 2° the one before.
        var score = home.QuerySelector("[data-testid=my-units] [data-testid=unit-score]")!.TextContent;
        Assert.Matches(@"Consuntivo.*: [\d,]+ %", score);
        Assert.Matches(@"punti rispetto al 2° monitoraggio", score);
        Assert.Null(home.QuerySelector("[data-testid=count-indicators]"));
    }

    [Fact]
    public async Task The_segretario_and_the_nucleo_see_the_round_in_progress()
    {
        foreach (var user in new[] { "segretario", "nucleo" })
        {
            var round = (await HomeAsync(user)).QuerySelector("[data-testid=home-round]")!;
            Assert.Equal("/monitoraggio/2024/1", round.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains("0 schede inviate su 4, 0 validate.", round.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_employee_finds_his_own_evaluation_and_hr_whether_the_years_scores_are_out()
    {
        var employee = await HomeAsync("dipendente");
        var form = employee.QuerySelector("[data-testid=my-evaluations] li")!;
        Assert.Contains("Scheda di valutazione 2024", form.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/valutazione/scheda/", form.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(employee.QuerySelector("[data-testid=home-round] a"));
        Assert.Null(employee.QuerySelector("[data-testid=count-indicators]"));

        var hr = await HomeAsync("personale");
        Assert.StartsWith("I punteggi 2024 non sono ancora disponibili", hr.QuerySelector("[data-testid=release]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_controllo_di_gestione_keeps_the_plans_counts_and_sees_open_accessibility_reports()
    {
        await using (var scope = cycle.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PerformanceWorkflow.Application.Features.Accessibility.AccessibilityReportService>()
                .SubmitAsync(new("/", "Il riepilogo non si legge con lo zoom al 400 %.", null, null), null, CancellationToken.None);
        }

        var home = await HomeAsync("amministratore");
        Assert.Equal("63", home.QuerySelector("[data-testid=count-indicators]")!.TextContent.Trim());
        Assert.Contains("attende", home.QuerySelector("[data-testid=home-accessibility]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 schede inviate su 4", home.QuerySelector("[data-testid=home-round]")!.TextContent, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_dirigente_signs_in_and_opens_his_scheda_from_the_home_page()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = cycle.App.ServerAddress.ToString(), Locale = "it-IT" });
        await BrowserTests.SignInAsync(page, "comandante.pm");

        var task = page.Locator("[data-testid=home-task]").Filter(new() { HasText = "1° monitoraggio" });
        await Assertions.Expect(task).ToContainTextAsync("entro il 15/04/2024");
        await task.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("1° monitoraggio (31/03/2024) — Comandante Polizia Municipale (demo)");
    }
}
