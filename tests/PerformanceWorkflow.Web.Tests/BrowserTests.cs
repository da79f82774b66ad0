using Microsoft.Playwright;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>A person in Chromium: opens the plan page, then an objective.</summary>
public sealed class BrowserTests : IDisposable
{
    private readonly AppFactory _app = new(demo: true, kestrel: true);

    [BrowserFact]
    public async Task A_person_opens_the_plan_and_an_objective()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _app.ServerAddress.ToString(), Locale = "it-IT" });
        await SignInAsync(page, "segretario");

        await page.GotoAsync("/piano");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Piano per settore e unità 2024");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "U.O.A. POLIZIA MUNICIPALE", Exact = true }).First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Proseguire nei progetti realizzati in collaborazione con le scuole" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("PM_4");
        var row = page.Locator("[data-testid=indicator-row]");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("ore 30");
        await Assertions.Expect(row).ToContainTextAsync("31/12/2024");
        await Assertions.Expect(page.GetByText("8-SICUREZZA")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_person_opens_the_scores_and_asks_why_a_number_is_what_it_is()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _app.ServerAddress.ToString(), Locale = "it-IT" });
        var violations = Browser.TrackCspViolations(page);
        await SignInAsync(page, "nucleo");

        await page.GotoAsync("/punteggi");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("2° monitoraggio");
        await page.WaitForFunctionAsync("() => document.querySelector('canvas[data-chart]').chart !== undefined");
        var percent = (await page.Locator("[data-testid=organization-percent]").InnerTextAsync()).Trim();

        await page.Locator("[data-testid=organization-percent] a").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Perché {percent}?");
        await Assertions.Expect(page.Locator("[data-testid=formula]")).ToContainTextAsync("Media aritmetica di 58 indicatori");
        await Assertions.Expect(page.Locator("[data-testid=explanation-row]")).ToHaveCountAsync(63);
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    [BrowserFact]
    public async Task A_long_import_says_it_is_working_and_cannot_be_sent_twice()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _app.ServerAddress.ToString(), Locale = "it-IT" });
        var violations = Browser.TrackCspViolations(page);
        await SignInAsync(page, "amministratore");
        await page.GotoAsync("/piano/importa");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "piao.txt", MimeType = "text/plain", Buffer = Application.Features.Plan.Demo.DemoPlanSeeder.ReferenceDocument() });

        // The page as it is while the server works: a listener on the window (the last to hear the submission) stops the
        // navigation, so that the page stays to be read; the button is clicked again once busy.
        const string Submit = """
            () => new Promise(resolve => {
              let submissions = 0;
              window.addEventListener('submit', e => { submissions++; e.preventDefault(); });
              const b = document.querySelector('form[data-busy] button[type=submit]');
              b.click();
              setTimeout(() => {
                b.click();
                setTimeout(() => resolve([b.disabled, b.textContent, b.querySelector('.spinner-border') !== null, submissions].join('|')), 50);
              }, 50);
            })
            """;
        Assert.Equal("true|Lettura del file in corso…|true|1", await page.EvaluateAsync<string>(Submit));
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    [BrowserFact]
    public async Task A_director_signs_in_and_sees_and_edits_only_his_units()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _app.ServerAddress.ToString(), Locale = "it-IT" });
        var violations = Browser.TrackCspViolations(page);

        await SignInAsync(page, "dirigente.affari");
        var units = page.Locator("[data-testid=my-units] li");
        await Assertions.Expect(units).ToHaveCountAsync(1);
        await Assertions.Expect(units).ToContainTextAsync("U.O.C. Affari Generali");

        await units.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("U.O.C. Affari Generali, Servizi Demografici, URP");
        var row = page.Locator("[data-testid=value-row]").Filter(new() { HasText = "Adesione piattaforme ed integrazione con applicativi" });
        await row.GetByRole(AriaRole.Combobox).SelectOptionAsync("4");
        await row.GetByLabel("Nota").FillAsync("In linea con il cronoprogramma");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva i valori" }).ClickAsync();
        if (await page.Locator("[data-testid=values-saved]").CountAsync() == 0)
        {
            var body = await page.Locator("main").InnerTextAsync();
            Assert.Fail(body[..Math.Min(body.Length, 1500)]);
        }

        await Assertions.Expect(page.Locator("[data-testid=values-saved]")).ToHaveTextAsync("Salvati 1 valori.");
        await Assertions.Expect(row.GetByRole(AriaRole.Combobox)).ToHaveValueAsync("4");

        // Another department's unit, by id in the address bar: as if it did not exist.
        var unitId = int.Parse(new Uri(page.Url).Segments[2].TrimEnd('/'), System.Globalization.CultureInfo.InvariantCulture);
        var other = await page.GotoAsync($"/unita/{unitId + 2}/valori");
        Assert.Equal(404, other!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Errore 404");

        await page.GotoAsync("/punteggi");
        await Assertions.Expect(page.Locator("[data-testid=units] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=departments] tbody tr")).ToHaveCountAsync(3);
        await page.GotoAsync("/piano");
        await page.GotoAsync("/punteggi/perche?anno=2024&round=2&dimensione=Organization&id=0");
        await Assertions.Expect(page.Locator("[data-testid=explanation-hidden]")).ToBeVisibleAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    internal static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/accesso");
        await page.GetByLabel("Nome utente").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(PerformanceWorkflow.Application.Features.Users.DemoUsersSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToBeVisibleAsync();
    }

    public void Dispose() => _app.Dispose();
}
