using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PerformanceWorkflow.Application.Features.Reporting;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Reporting;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>In Chromium, with the job server sending the emails: the segretario approves the Relazione; HR gets the scores after the validation.</summary>
public sealed class RendicontazioneBrowserTests : IDisposable
{
    private readonly AppFactory app = new(demo: true, kestrel: true, jobs: true);

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<Actor> ActorAsync(string user) => WithAsync(async sp => (await sp.GetRequiredService<ActorLoader>().LoadUserAsync(user, CancellationToken.None))!);

    [BrowserFact]
    public async Task The_segretario_approves_the_Relazione_from_his_email_and_HR_downloads_the_scores_only_after_the_validation()
    {
        await Evaluations.OpenAsync(app);
        var admin = await ActorAsync("amministratore");
        var id = await WithAsync(async sp =>
        {
            var engine = sp.GetRequiredService<WorkflowEngine>();
            var started = await engine.StartAsync("rendicontazione", 2024, null, admin, CancellationToken.None);
            await sp.GetRequiredService<RelazioneService>().GenerateAsync(2024, admin.Name, CancellationToken.None);
            var proposed = await engine.FireAsync(started.InstanceId!.Value, "proponi", admin, FireInput.None, CancellationToken.None);
            Assert.True(proposed.Succeeded, proposed.Message);
            return started.InstanceId!.Value;
        });

        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var violations = new List<string>();
        async Task<IPage> PageAsync(string user)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString(), Locale = "it-IT", AcceptDownloads = true });
            violations.AddRange(Browser.TrackCspViolations(page));
            await BrowserTests.SignInAsync(page, user);
            return page;
        }

        // HR asks early: the page says why, and the file is not served.
        var hr = await PageAsync("personale");
        await hr.GotoAsync("/personale?anno=2024");
        await Assertions.Expect(hr.Locator("[data-testid=not-yet]")).ToContainTextAsync("quando il Nucleo di valutazione valida la Relazione");
        await Assertions.Expect(hr.Locator("[data-testid=xlsx]")).ToHaveCountAsync(0);

        // The segretario's email: the summary of the year and the link to the Relazione.
        var mails = await Mailbox.WaitAsync(app.MailDirectory, m => m.Exists(x => x.Subject == "Relazione sulla Performance 2024 da approvare"));
        var request = mails.Single(x => x.Subject == "Relazione sulla Performance 2024 da approvare");
        Assert.Contains("Performance dell'ente", request.TextBody, StringComparison.Ordinal);
        var secretary = await PageAsync("segretario");
        await secretary.GotoAsync(Mailbox.TaskLink(request).PathAndQuery);
        await Assertions.Expect(secretary.Locator("[data-testid=state]")).ToHaveTextAsync("Proposta al segretario");
        await Assertions.Expect(secretary.Locator("[data-testid=documents]")).ToContainTextAsync("relazione-2024.docx");
        var download = await secretary.RunAndWaitForDownloadAsync(() => secretary.Locator("[data-testid=document-Relazione-1]").ClickAsync());
        Assert.Equal("relazione-2024.docx", download.SuggestedFilename);
        await secretary.Locator("[data-testid=step-approva]").ClickAsync();
        await Assertions.Expect(secretary.Locator("[data-testid=done]")).ToContainTextAsync("Approvata dal segretario");

        // The Nucleo validates with its document: HR is told, and downloads the scores.
        await WithAsync(async sp =>
        {
            var nucleo = (await sp.GetRequiredService<ActorLoader>().LoadUserAsync("nucleo", CancellationToken.None))!;
            await sp.GetRequiredService<RelazioneService>().UploadAsync(2024, ReportDocumentKind.Validation, "validazione.pdf", "%PDF-1.4 validazione"u8.ToArray(), nucleo.Name, CancellationToken.None);
            var validated = await sp.GetRequiredService<WorkflowEngine>().FireAsync(id, "valida", nucleo, FireInput.None, CancellationToken.None);
            Assert.True(validated.Succeeded, validated.Message);
            return 0;
        });
        mails = await Mailbox.WaitAsync(app.MailDirectory, m => m.Exists(x => x.Subject == "Punteggi finali 2024 per il sistema premiante"));
        var scores = mails.Single(x => x.Subject == "Punteggi finali 2024 per il sistema premiante");
        Assert.Equal("personale@comune.example", scores.To.Mailboxes.Single().Address);
        await hr.GotoAsync(Mailbox.TaskLink(scores).PathAndQuery);
        await Assertions.Expect(hr.Locator("[data-testid=released]")).ToBeVisibleAsync();
        var xlsx = await hr.RunAndWaitForDownloadAsync(() => hr.Locator("[data-testid=xlsx]").ClickAsync());
        Assert.Equal("premi-2024.xlsx", xlsx.SuggestedFilename);
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    public void Dispose() => app.Dispose();
}
