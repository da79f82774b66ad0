using System.Net;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>The plan pages through the real app on a real SQLite file, with the demo plan loaded on first start.</summary>
public sealed class PlanPagesTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public PlanPagesTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await _app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_first_start_on_an_empty_database_loads_the_reference_plan()
    {
        var page = await Forms.ParseAsync(await (await _app.ClientAsync()).GetAsync(new Uri("/", UriKind.Relative)));
        Assert.Equal("63", page.QuerySelector("[data-testid=count-indicators]")!.TextContent.Trim());
        Assert.Equal("3", page.QuerySelector("[data-testid=count-departments]")!.TextContent.Trim());
        Assert.Equal("it", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/piano", "SETTORE AFFARI GIURIDICI E SERVIZI DI GOVERNO")]
    [InlineData("/piano?anno=2026", "Realizzare la Nuova segnaletica dei percorsi turistico")]
    [InlineData("/piano/linee", "10-STRUTTURA AMMINISTRATIVA")]
    [InlineData("/piano/linee?anno=2025", "Rafforzare il controllo di scarico abusivo di rifiuti")]
    [InlineData("/piano/cerca?q=pagopa", "PIATTAFORMA PAGOPA")]
    [InlineData("/piano/cerca?q=etilometro", "Grado di utilizzo dell")]
    public async Task Plan_pages_show_the_plan(string url, string expected)
    {
        var response = await (await _app.ClientAsync()).GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_objective_opens_with_its_management_objectives_and_indicators_in_every_unit()
    {
        var client = await _app.ClientAsync();
        var plan = await Forms.ParseAsync(await client.GetAsync(new Uri("/piano", UriKind.Relative)));
        var link = plan.QuerySelectorAll("a").First(a => a.TextContent.StartsWith("PREVENZIONE DELLA CORRUZIONE E TRASPARENZA applicazione", StringComparison.Ordinal));

        var page = await Forms.ParseAsync(await client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative)));

        Assert.Contains("Tras_1", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, page.QuerySelectorAll("[data-testid=indicator-row]").Length);
        Assert.Contains("31/12/2024", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_objective_is_a_404_page_in_italian()
    {
        var response = await (await _app.ClientAsync()).GetAsync(new Uri("/piano/obiettivi/999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("non esiste", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
