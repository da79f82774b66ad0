using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>Monitoring in the service: the owner's scheda from the email link, the segretario's validation and dashboard.</summary>
public sealed class MonitoringTests : IDisposable
{
    // 1 April 2024, 09:00 in Rome: the first round of the demo plan has just opened.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2024, 4, 1, 7, 0, 0, TimeSpan.Zero));
    private readonly AppFactory app;

    public MonitoringTests() => app = new AppFactory(demo: true, kestrel: true) { Time = clock };

    /// <summary>The Giunta approves the 2024 plan; the recurring job opens the round; the sender writes the emails.</summary>
    private async Task OpenFirstRoundAsync()
    {
        _ = app.ServerAddress;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = await db.PlanYears.SingleAsync(p => p.Year == 2024);
        plan.Lock("12", new DateOnly(2024, 1, 31), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<RoundOpeningJobs>().OpenDueRoundsAsync(CancellationToken.None));
        await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendPendingAsync(CancellationToken.None);
    }

    [BrowserFact]
    public async Task An_owner_follows_his_email_to_a_sent_scheda_and_the_segretario_validates_it()
    {
        await OpenFirstRoundAsync();
        var mail = Mailbox.Read(app.MailDirectory).Single(m => m.Headers[OutboxSender.TemplateHeader] == "monitoraggio-invito" && m.To.Mailboxes.Single().Address == "responsabile.llpp@comune.example");
        var link = Mailbox.TaskLink(mail);
        Assert.StartsWith("/monitoraggio/scheda/", link.AbsolutePath, StringComparison.Ordinal);

        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var owner = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString(), Locale = "it-IT" });
        var violations = Browser.TrackCspViolations(owner);
        await owner.GotoAsync(link.PathAndQuery);
        await owner.GetByLabel("Nome utente").FillAsync("responsabile.llpp");
        await owner.GetByLabel("Password").FillAsync(PerformanceWorkflow.Application.Features.Users.DemoUsersSeeder.Password);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await Assertions.Expect(owner.Locator("h1")).ToHaveTextAsync("1° monitoraggio (31/03/2024) — Responsabile Lavori Pubblici (demo)");

        // Sending with an empty value is refused with the reason on the row; what was typed stays.
        var rows = owner.Locator("[data-testid=value-row]");
        var count = await rows.CountAsync();
        Assert.True(count > 0);
        var first = rows.First.Locator("select, input[name^='Value'], input[name^='Numerator']").First;
        if (await first.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            await first.SelectOptionAsync(string.Empty);
        }
        else
        {
            await first.FillAsync(string.Empty);
        }

        await rows.First.Locator("textarea").FillAsync("Nota scritta prima dell'errore");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Invia al segretario" }).ClickAsync();
        await Assertions.Expect(owner.Locator("[data-testid=error]")).ToContainTextAsync("Per inviarla mancano ancora");
        await Assertions.Expect(rows.First.Locator("[data-testid=row-error]")).ToContainTextAsync("manca il valore");
        await Assertions.Expect(rows.First.Locator("textarea")).ToHaveValueAsync("Nota scritta prima dell'errore");

        // Every value, a note on each: sent.
        for (var i = 0; i < count; i++)
        {
            var row = rows.Nth(i);
            foreach (var select in await row.Locator("select").AllAsync())
            {
                await select.SelectOptionAsync("3");
            }

            foreach (var input in await row.Locator("input[inputmode=decimal]").AllAsync())
            {
                await input.FillAsync("1,5");
            }

            await row.Locator("textarea").FillAsync("Avanzamento in linea con il cronoprogramma");
        }

        await owner.GetByRole(AriaRole.Button, new() { Name = "Invia al segretario" }).ClickAsync();
        await Assertions.Expect(owner.Locator("[data-testid=done]")).ToHaveTextAsync("Scheda inviata al segretario per la validazione.");
        await Assertions.Expect(owner.Locator("[data-testid=state]")).ToHaveTextAsync("Inviata: da validare");
        await Assertions.Expect(owner.Locator("[data-testid=read-only]")).ToContainTextAsync("in attesa di validazione");

        // The segretario: dashboard, round, the scheda, validation.
        var secretary = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString(), Locale = "it-IT" });
        violations.AddRange(Browser.TrackCspViolations(secretary));
        await BrowserTests.SignInAsync(secretary, "segretario");
        await secretary.GotoAsync("/monitoraggio?anno=2024");
        await secretary.GetByRole(AriaRole.Link, new() { Name = "1° monitoraggio (31/03/2024)" }).ClickAsync();
        var scheda = secretary.Locator("[data-testid=scheda-row]").Filter(new() { HasText = "Responsabile Lavori Pubblici (demo)" });
        await Assertions.Expect(scheda).ToContainTextAsync("Inviata: da validare");
        await scheda.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(secretary.Locator("[data-testid=scheda-values]")).ToContainTextAsync("Avanzamento in linea con il cronoprogramma");
        await secretary.Locator("[data-testid=trigger-valida]").GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(secretary.Locator("[data-testid=done]")).ToHaveTextAsync("«Valida»: ora «Validata».");

        await owner.ReloadAsync();
        await Assertions.Expect(owner.Locator("[data-testid=state]")).ToHaveTextAsync("Validata");
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    [Fact]
    public async Task The_dashboard_and_reports_are_for_the_segretario_the_nucleo_and_administrators()
    {
        await OpenFirstRoundAsync();
        var secretary = await app.ClientAsync("segretario");
        var dashboard = await Forms.ParseAsync(await secretary.GetAsync(new Uri("/monitoraggio?anno=2024", UriKind.Relative)));
        var first = dashboard.QuerySelectorAll("[data-testid=round-row]")[0];
        Assert.Contains("0 su 4", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Aperto: raccolta dei valori", first.TextContent, StringComparison.Ordinal);

        var round = await Forms.ParseAsync(await secretary.GetAsync(new Uri("/monitoraggio/2024/1", UriKind.Relative)));
        Assert.Equal(4, round.QuerySelectorAll("[data-testid=scheda-row]").Length);
        Assert.NotNull(round.QuerySelector("[data-testid=trigger-chiudi]"));
        var workbook = await secretary.GetAsync(new Uri("/monitoraggio/2024/1?handler=Xlsx", UriKind.Relative));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);

        // After the deadline the late stand out.
        clock.Advance(TimeSpan.FromDays(16));
        secretary = await app.ClientAsync("segretario");
        round = await Forms.ParseAsync(await secretary.GetAsync(new Uri("/monitoraggio/2024/1", UriKind.Relative)));
        Assert.Equal(4, round.QuerySelectorAll("[data-testid=scheda-row].table-danger").Length);

        var nucleo = await app.ClientAsync("nucleo");
        Assert.Equal(HttpStatusCode.OK, (await nucleo.GetAsync(new Uri("/monitoraggio", UriKind.Relative))).StatusCode);
        var director = await app.ClientAsync("dirigente.affari");
        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync(new Uri("/monitoraggio", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync(new Uri("/monitoraggio/2024/1?handler=Xlsx", UriKind.Relative))).StatusCode);

        // Another owner's scheda is not there for a director.
        var llpp = Mailbox.TaskLink(Mailbox.Read(app.MailDirectory).Single(m => m.To.Mailboxes.Single().Address == "responsabile.llpp@comune.example"));
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(new Uri(llpp.PathAndQuery, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_calendar_moves_a_planned_round_and_explains_what_it_refuses()
    {
        var admin = await app.ClientAsync("amministratore");
        var page = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/calendario?Anno=2024", UriKind.Relative)));
        Assert.Equal(4, page.QuerySelectorAll("[data-testid=calendar-row]").Length);
        var form = page.QuerySelectorAll("[data-testid=calendar-row] form")[1];
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        fields["Riferimento"] = "2024-07-05";
        fields["Scadenza"] = "2024-07-01";
        var refused = await Forms.ParseAsync(await admin.PostAsync(new Uri("/amministrazione/calendario", UriKind.Relative), new FormUrlEncodedContent(fields)));
        Assert.Equal("La scadenza non può precedere la data di riferimento del round.", refused.QuerySelector("[data-testid=error]")!.TextContent);
        Assert.Equal("2024-07-05", refused.QuerySelectorAll("[data-testid=calendar-row]")[1].QuerySelector("input[name=Riferimento]")!.GetAttribute("value"));

        fields["Scadenza"] = "2024-07-25";
        var saved = await Forms.ParseAsync(await admin.PostAsync(new Uri("/amministrazione/calendario", UriKind.Relative), new FormUrlEncodedContent(fields)));
        Assert.Equal("Date del round 2 aggiornate.", saved.QuerySelector("[data-testid=done]")!.TextContent);
        Assert.Contains("2° monitoraggio (05/07/2024)", saved.QuerySelectorAll("[data-testid=calendar-row]")[1].TextContent, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
