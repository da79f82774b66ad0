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

    [Fact]
    public async Task A_comune_plan_is_one_page_and_a_department_can_be_shown_alone()
    {
        var client = await _app.ClientAsync();
        var whole = await Forms.ParseAsync(await client.GetAsync(new Uri("/piano?anno=2024", UriKind.Relative)));
        Assert.Null(whole.QuerySelector("[data-testid=departments-nav]"));
        Assert.Equal(3, whole.QuerySelectorAll("section[id^=settore-]").Length);

        // The home page's department links open that department alone.
        var home = await Forms.ParseAsync(await client.GetAsync(new Uri("/?anno=2024", UriKind.Relative)));
        var link = home.QuerySelectorAll("a[href*='settore=']")[0].GetAttribute("href")!;
        var one = await Forms.ParseAsync(await client.GetAsync(new Uri(link, UriKind.Relative)));
        Assert.Single(one.QuerySelectorAll("section[id^=settore-]"));
        Assert.NotNull(one.QuerySelector("[data-testid=departments-nav] a.active"));
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

/// <summary>A plan too large for one page is shown a department at a time (the limit lowered so the reference plan is "large").</summary>
public sealed class LargePlanPageTests : IDisposable
{
    private readonly AppFactory _app = new();

    public LargePlanPageTests() => _app.Settings["Plan:WholePageLimit"] = "10";

    [Fact]
    public async Task The_plan_page_shows_one_department_with_the_list_of_all()
    {
        var client = await _app.ClientAsync("dirigente.affari");
        var page = await Forms.ParseAsync(await client.GetAsync(new Uri("/piano?anno=2024", UriKind.Relative)));
        var nav = page.QuerySelectorAll("[data-testid=departments-nav] a.nav-link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(4, nav.Count);
        Assert.Single(page.QuerySelectorAll("section[id^=settore-]"));
        Assert.Equal(nav[0], page.QuerySelector("[data-testid=departments-nav] a.nav-link.active")!.TextContent.Trim());

        // Another department by its link; every objective of the year is in exactly one department's page.
        var links = page.QuerySelectorAll("[data-testid=departments-nav] a.nav-link").Select(a => a.GetAttribute("href")!).Where(h => h.Contains("settore=", StringComparison.Ordinal)).ToList();
        var rows = 0;
        foreach (var link in links)
        {
            var department = await Forms.ParseAsync(await client.GetAsync(new Uri(link, UriKind.Relative)));
            Assert.Single(department.QuerySelectorAll("section[id^=settore-]"));
            rows += department.QuerySelectorAll("section[id^=settore-] tbody tr").Length;
        }

        var whole = await (await _app.ClientAsync("dirigente.affari")).GetAsync(new Uri("/piano?anno=2024&settore=999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, whole.StatusCode);
        Assert.Equal(52, rows);
    }

    [Fact]
    public async Task The_mandate_lines_page_shows_one_line_with_the_list_of_all()
    {
        var client = await _app.ClientAsync("dirigente.affari");
        var page = await Forms.ParseAsync(await client.GetAsync(new Uri("/piano/linee?anno=2024", UriKind.Relative)));
        var links = page.QuerySelectorAll("[data-testid=lines-nav] a.nav-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(links.Count > 1);
        var objectives = 0;
        foreach (var link in links)
        {
            var line = await Forms.ParseAsync(await client.GetAsync(new Uri(link, UriKind.Relative)));
            var active = line.QuerySelector("[data-testid=lines-nav] a.active")!;
            Assert.Equal(link, active.GetAttribute("href"));
            var sections = line.QuerySelectorAll("section h2.h3").Select(h => h.TextContent.Trim()).Where(t => t != "Obiettivi senza linea di mandato").ToList();
            Assert.Equal(active.TextContent.Trim(), $"{Assert.Single(sections)} ({line.QuerySelectorAll("section li.mb-2").Length})");
            objectives += line.QuerySelectorAll("section li.mb-2").Length;
        }

        Assert.True(objectives >= 37, $"{objectives} obiettivi nelle linee");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/piano/linee?anno=2024&linea=999999", UriKind.Relative))).StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
