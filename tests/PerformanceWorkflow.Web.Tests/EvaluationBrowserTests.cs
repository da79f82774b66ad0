using Microsoft.Playwright;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>In Chromium, with the job server sending the emails: the valutazione as the people live it.</summary>
public sealed class EvaluationBrowserTests : IDisposable
{
    private readonly AppFactory app = new(demo: true, kestrel: true, jobs: true);

    private async Task<IPage> SignedInAsync(IBrowser browser, string user, List<string> violations)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString(), Locale = "it-IT" });
        violations.AddRange(Browser.TrackCspViolations(page));
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await BrowserTests.SignInAsync(page, user);
        return page;
    }

    [BrowserFact]
    public async Task An_EQ_follows_his_email_to_the_form_the_dirigente_fills_it_and_the_EQ_acknowledges_it()
    {
        var forms = await Evaluations.OpenAsync(app);
        var form = forms["responsabile.llpp"];
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var violations = new List<string>();

        // The dirigente assigns the objectives from his form.
        var director = await SignedInAsync(browser, "dirigente.risorse", violations);
        await director.GotoAsync($"/valutazione/scheda/{form}");
        await Assertions.Expect(director.Locator("[data-testid=state]")).ToHaveTextAsync("Obiettivi individuali da assegnare");
        await director.GetByLabel("Titolo dell'obiettivo 1").FillAsync("Completare la manutenzione delle scuole");
        await director.GetByLabel("Peso dell'obiettivo 1").FillAsync("70");
        await director.GetByLabel("Titolo dell'obiettivo 2").FillAsync("Aggiornare l'inventario del patrimonio");
        await director.GetByLabel("Peso dell'obiettivo 2").FillAsync("30");
        await director.Locator("[data-testid=step-assegna_obiettivi]").ClickAsync();
        await Assertions.Expect(director.Locator("[data-testid=state]")).ToHaveTextAsync("Obiettivi da confermare dal valutato");

        // The EQ's email leads to his form: he confirms the objectives.
        var mails = await Mailbox.WaitAsync(app.MailDirectory, m => m.Exists(x => x.Subject == "I suoi obiettivi individuali 2024"));
        var link = Mailbox.TaskLink(mails.Single(x => x.Subject == "I suoi obiettivi individuali 2024"));
        Assert.Equal($"/valutazione/scheda/{form}", link.AbsolutePath);
        var eq = await SignedInAsync(browser, "responsabile.llpp", violations);
        await eq.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(eq.Locator("[data-testid=objectives]")).ToContainTextAsync("Completare la manutenzione delle scuole");
        await eq.Locator("[data-testid=step-conferma_obiettivi]").ClickAsync();
        await Assertions.Expect(eq.Locator("[data-testid=state]")).ToHaveTextAsync("Valutazione in corso");

        // The dirigente evaluates: the score follows what he types, before he saves.
        await director.ReloadAsync();
        var before = await director.Locator("[data-testid=final]").InnerTextAsync();
        await director.GetByLabel("Percentuale raggiunta di Completare la manutenzione delle scuole").FillAsync("100");
        await director.GetByLabel("Percentuale raggiunta di Aggiornare l'inventario del patrimonio").FillAsync("80");
        foreach (var select in await director.Locator("select[data-rating]").AllAsync())
        {
            await select.SelectOptionAsync("4");
        }

        await Assertions.Expect(director.Locator("[data-component=objectives] [data-cell=score]")).ToHaveTextAsync("94,00");
        await Assertions.Expect(director.Locator("[data-component=behaviours] [data-cell=score]")).ToHaveTextAsync("75,00");
        Assert.NotEqual(before, await director.Locator("[data-testid=final]").InnerTextAsync());
        var live = await director.Locator("[data-testid=final]").InnerTextAsync();
        await director.GetByLabel("Commento del valutatore").FillAsync("Anno positivo: scuole consegnate nei tempi.");
        await director.Locator("[data-testid=step-proponi]").ClickAsync();
        await Assertions.Expect(director.Locator("[data-testid=state]")).ToHaveTextAsync("In attesa della presa visione");
        await Assertions.Expect(director.Locator("[data-testid=final]")).ToHaveTextAsync(live);

        // The EQ reads it from the email and takes presa visione with an observation, then lets it become final.
        mails = await Mailbox.WaitAsync(app.MailDirectory, m => m.Exists(x => x.Subject == "La sua valutazione 2024 è pronta"));
        await eq.GotoAsync(Mailbox.TaskLink(mails.Single(x => x.Subject == "La sua valutazione 2024 è pronta")).PathAndQuery);
        await Assertions.Expect(eq.Locator("[data-testid=evaluator-comment]")).ToContainTextAsync("scuole consegnate");
        await eq.GetByLabel("Le sue osservazioni (facoltative)").FillAsync("Grazie per il confronto.");
        await eq.Locator("[data-testid=step-prendi_visione]").ClickAsync();
        await Assertions.Expect(eq.Locator("[data-testid=state]")).ToHaveTextAsync("Presa visione: conciliazione ancora possibile");
        await eq.Locator("[data-testid=step-rinuncia]").ClickAsync();
        await Assertions.Expect(eq.Locator("[data-testid=state]")).ToHaveTextAsync("Definitiva");
        await Assertions.Expect(eq.Locator("[data-testid=final-score]")).ToHaveTextAsync(live);
        await Assertions.Expect(eq.Locator("[data-testid=texts]")).ToContainTextAsync("Grazie per il confronto.");
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    [BrowserFact]
    public async Task An_employee_asks_for_conciliation_and_the_Nucleo_decides_it_changing_the_score()
    {
        var forms = await Evaluations.OpenAsync(app);
        var form = forms["dipendente"];
        await Evaluations.StepAsync(app, form, "dirigente.risorse", Evaluations.Objectives, "assegna_obiettivi");
        await Evaluations.StepAsync(app, form, "dipendente", _ => AppraisalDraft.Empty, "conferma_obiettivi");
        await Evaluations.StepAsync(app, form, "dirigente.risorse", v => Evaluations.Evaluation(v, "70", 3), AppraisalService.ProposeStep);
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var violations = new List<string>();

        var employee = await SignedInAsync(browser, "dipendente", violations);
        await employee.GotoAsync("/valutazione");
        await Assertions.Expect(employee.Locator("[data-testid=state]")).ToHaveTextAsync("In attesa della presa visione");
        await employee.Locator("[data-testid=step-prendi_visione]").ClickAsync();
        await Assertions.Expect(employee.Locator("[data-testid=state]")).ToHaveTextAsync("Presa visione: conciliazione ancora possibile");

        // Asking without reasons is refused with the reason; with them it reaches the Nucleo.
        await employee.Locator("[data-testid=step-chiedi_conciliazione]").ClickAsync();
        await Assertions.Expect(employee.Locator("[data-testid=error]")).ToContainTextAsync("Scrivere un commento");
        await employee.GetByLabel("Osservazioni, motivazione o decisione (richieste da alcuni passi)").FillAsync("Gli obiettivi non tenevano conto del trasferimento di ufficio a giugno.");
        await employee.Locator("[data-testid=step-chiedi_conciliazione]").ClickAsync();
        await Assertions.Expect(employee.Locator("[data-testid=state]")).ToHaveTextAsync("Conciliazione richiesta");
        var before = await employee.Locator("[data-testid=final]").InnerTextAsync();

        var mails = await Mailbox.WaitAsync(app.MailDirectory, m => m.Exists(x => x.Subject == "Richiesta di conciliazione sulla valutazione 2024"));
        var request = mails.First(x => x.Subject == "Richiesta di conciliazione sulla valutazione 2024" && x.To.Mailboxes.Single().Address == "nucleo@comune.example");
        Assert.Contains("trasferimento di ufficio", request.TextBody, StringComparison.Ordinal);
        var nucleo = await SignedInAsync(browser, "nucleo", violations);
        await nucleo.GotoAsync(Mailbox.TaskLink(request).PathAndQuery);
        await Assertions.Expect(nucleo.Locator("[data-testid=state]")).ToHaveTextAsync("Conciliazione richiesta");
        foreach (var select in await nucleo.Locator("select[data-rating]").AllAsync())
        {
            await select.SelectOptionAsync("4");
        }

        await nucleo.GetByLabel("Osservazioni, motivazione o decisione (richieste da alcuni passi)").FillAsync("Rivalutati i comportamenti alla luce del trasferimento.");
        await nucleo.Locator("[data-testid=step-modifica_esito]").ClickAsync();

        // Decided, the case is no longer the Nucleo's: it is back on its list, told what happened.
        await Assertions.Expect(nucleo.Locator("[data-testid=done]")).ToHaveTextAsync("«Modifica la valutazione»: ora «Definitiva».");
        Assert.EndsWith("/valutazione", new Uri(nucleo.Url).AbsolutePath, StringComparison.Ordinal);

        // The employee is told, and his form shows the outcome with the score before it.
        mails = await Mailbox.WaitAsync(app.MailDirectory, m => m.Exists(x => x.Subject == "Esito della procedura di conciliazione"));
        Assert.Equal("dipendente@comune.example", mails.Single(x => x.Subject == "Esito della procedura di conciliazione").To.Mailboxes.Single().Address);
        await employee.ReloadAsync();
        await Assertions.Expect(employee.Locator("[data-testid=conciliation]")).ToContainTextAsync($"Valutazione modificata (prima {before})");
        Assert.NotEqual(before, await employee.Locator("[data-testid=final-score]").InnerTextAsync());

        // Once decided, the Nucleo no longer sees the employee's form.
        var gone = await nucleo.GotoAsync($"/valutazione/scheda/{form}");
        Assert.Equal(404, gone!.Status);
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    public void Dispose() => app.Dispose();
}
