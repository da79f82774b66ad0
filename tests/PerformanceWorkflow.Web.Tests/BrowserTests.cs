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
        await SignInAsync(page, "nucleo");

        await page.GotoAsync("/punteggi");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("2° monitoraggio");
        await page.WaitForFunctionAsync("() => document.querySelector('canvas[data-chart]').chart !== undefined");
        var percent = (await page.Locator("[data-testid=organization-percent]").InnerTextAsync()).Trim();

        await page.Locator("[data-testid=organization-percent] a").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Perché {percent}?");
        await Assertions.Expect(page.Locator("[data-testid=formula]")).ToContainTextAsync("Media aritmetica di 58 indicatori");
        await Assertions.Expect(page.Locator("[data-testid=explanation-row]")).ToHaveCountAsync(63);
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
