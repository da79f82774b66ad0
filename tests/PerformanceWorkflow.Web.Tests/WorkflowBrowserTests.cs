using Microsoft.Playwright;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>In Chromium, with the job server running: from the email in the pickup folder to the accepted objectives.</summary>
public sealed class WorkflowBrowserTests : IDisposable
{
    private readonly AppFactory app = new(demo: true, kestrel: true, jobs: true);

    [BrowserFact]
    public async Task A_director_follows_the_link_in_his_email_and_accepts_his_objectives()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var baseUrl = app.ServerAddress.ToString();

        // The administrator starts the assignment and sends the objectives.
        var admin = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl, Locale = "it-IT" });
        var violations = Browser.TrackCspViolations(admin);
        await BrowserTests.SignInAsync(admin, "amministratore");
        await admin.GotoAsync("/amministrazione/flussi?Anno=2024");
        await admin.Locator("[data-testid=start-assegnazione]").GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=state]")).ToHaveTextAsync("In preparazione");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Invia gli obiettivi ai dirigenti" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=state]")).ToHaveTextAsync("Obiettivi inviati ai dirigenti");

        // The sender job writes the emails; the director's carries the link to his objectives.
        var mails = await Mailbox.WaitAsync(app.MailDirectory, m => m.Count >= 3);
        var mail = mails.Single(m => m.To.Mailboxes.Single().Address == "dirigente.affari@comune.example");
        Assert.Equal("Obiettivi 2024 da accettare", mail.Subject);
        var link = Mailbox.TaskLink(mail);

        var director = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl, Locale = "it-IT" });
        violations.AddRange(Browser.TrackCspViolations(director));
        await director.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(director.GetByLabel("Nome utente")).ToBeVisibleAsync();
        await director.GetByLabel("Nome utente").FillAsync("dirigente.affari");
        await director.GetByLabel("Password").FillAsync(PerformanceWorkflow.Application.Features.Users.DemoUsersSeeder.Password);
        await director.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();

        // Back on the instance the email pointed to, after signing in.
        await Assertions.Expect(director.Locator("h1")).ToContainTextAsync("Obiettivi di un dirigente — Dirigente Affari Giuridici (demo)");
        await Assertions.Expect(director.Locator("[data-testid=items]")).ToContainTextAsync("Tras_1");
        await director.GetByRole(AriaRole.Button, new() { Name = "Accetto gli obiettivi" }).ClickAsync();
        await Assertions.Expect(director.Locator("[data-testid=done]")).ToHaveTextAsync("«Accetto gli obiettivi»: ora «Obiettivi accettati».");
        await Assertions.Expect(director.Locator("[data-testid=state]")).ToHaveTextAsync("Obiettivi accettati");

        await director.GotoAsync("/attivita");
        await Assertions.Expect(director.Locator("[data-testid=no-tasks]")).ToBeVisibleAsync();
        await Assertions.Expect(director.Locator("[data-testid=closed-tasks]")).ToContainTextAsync("Accettare gli obiettivi assegnati");

        // The administrator sees it in the year's instance.
        await admin.ReloadAsync();
        await Assertions.Expect(admin.Locator("[data-testid=children]")).ToContainTextAsync("Obiettivi accettati");
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    [BrowserFact]
    public async Task The_diagrams_page_draws_every_machine_without_breaking_the_security_policy()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString(), Locale = "it-IT" });
        var violations = Browser.TrackCspViolations(page);
        await BrowserTests.SignInAsync(page, "amministratore");

        await page.GotoAsync("/amministrazione/flussi/diagrammi");
        await Assertions.Expect(page.Locator("pre.mermaid svg")).ToHaveCountAsync(12, new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid='diagram-assegnazione.dirigente'] svg")).ToContainTextAsync("modifiche_richieste");
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    public void Dispose() => app.Dispose();
}
