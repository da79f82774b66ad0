using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Accessibility;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>
/// AgID's obligations over HTTP: the footer's link to the Comune's dichiarazione di accessibilità, and the feedback
/// mechanism — open to anyone, refusing with reasons and keeping what was typed, reaching every administrator by email
/// through the outbox, listed for them until one closes it.
/// </summary>
public sealed class AccessibilityFeedbackTests : IDisposable
{
    private const string Statement = "https://form.agid.gov.it/view/comune-di-esempio-performance";
    private readonly AppFactory app = new();

    public AccessibilityFeedbackTests() => app.Settings["Organization:AccessibilityStatementUrl"] = Statement;

    [Fact]
    public async Task Every_page_links_the_dichiarazione_and_the_feedback_form_signed_in_or_not()
    {
        var anonymous = app.CreateClient();
        var signIn = await Forms.ParseAsync(await anonymous.GetAsync(new Uri("/accesso", UriKind.Relative)));
        Assert.Equal(Statement, signIn.QuerySelector("[data-testid=accessibility-statement]")!.GetAttribute("href"));
        Assert.Equal("/accessibilita/segnala", signIn.QuerySelector("[data-testid=accessibility-feedback]")!.GetAttribute("href"));

        var home = await Forms.ParseAsync(await (await app.ClientAsync("dipendente")).GetAsync(new Uri("/", UriKind.Relative)));
        Assert.Equal(Statement, home.QuerySelector("[data-testid=accessibility-statement]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_report_without_a_description_is_refused_with_what_was_typed_and_a_good_one_reaches_the_administrators()
    {
        var anonymous = app.CreateClient();
        var form = await Forms.ParseAsync(await anonymous.GetAsync(new Uri("/accessibilita/segnala?Pagina=/monitoraggio/scheda/12", UriKind.Relative)));
        Assert.Equal("/monitoraggio/scheda/12", form.QuerySelector("#pagina")!.GetAttribute("value"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var refused = await anonymous.PostAsync(new Uri("/accessibilita/segnala", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Pagina"] = "/monitoraggio/scheda/12",
            ["Descrizione"] = "   ",
            ["Email"] = "mario.rossi@",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Forms.ParseAsync(refused);
        var summary = page.QuerySelector("[data-testid=error-summary]")!;
        Assert.Equal(["#descrizione", "#email"], summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        Assert.Equal("true", page.QuerySelector("#email")!.GetAttribute("aria-invalid"));
        Assert.Equal("mario.rossi@", page.QuerySelector("#email")!.GetAttribute("value"));
        Assert.Equal(0, await app.RunAsync(db => db.AccessibilityReports.CountAsync()));

        var sent = await anonymous.PostAsync(new Uri("/accessibilita/segnala", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Pagina"] = "/monitoraggio/scheda/12",
            ["Descrizione"] = "Con il lettore di schermo la colonna «Atteso» non si legge.",
            ["Nome"] = "Mario Rossi",
            ["Email"] = "mario.rossi@example.org",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("ricevuta", (await Forms.ParseAsync(sent)).QuerySelector("[data-testid=report-received]")!.TextContent, StringComparison.Ordinal);

        // Stored; one email per active administrator with an address, sent by the outbox.
        var report = await app.RunAsync(db => db.AccessibilityReports.SingleAsync());
        Assert.Equal(("/monitoraggio/scheda/12", "mario.rossi@example.org", (string?)null), (report.Page, report.ContactEmail, report.UserName));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendPendingAsync(CancellationToken.None);
        }

        var mail = Mailbox.Read(app.MailDirectory).Single(m => m.Headers[OutboxSender.TemplateHeader] == AccessibilityReportService.Template);
        Assert.Equal("amministratore@comune.example", mail.To.Mailboxes.Single().Address);
        Assert.Equal($"Comune di Esempio: segnalazione di accessibilità n. {report.Id} (pagina: /monitoraggio/scheda/12)", mail.Subject);
        Assert.Contains("Con il lettore di schermo la colonna «Atteso» non si legge.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Mario Rossi <mario.rossi@example.org>", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/amministrazione/accessibilita#segnalazione-{report.Id}", mail.TextBody, StringComparison.Ordinal);

        // The trail says a report arrived, not what it says or who wrote it.
        var trail = await app.RunAsync(db => db.AuditEntries.Where(e => e.Action == "accessibility.reported").Select(e => e.Actor + " " + e.After).SingleAsync());
        Assert.DoesNotContain("Mario", trail, StringComparison.Ordinal);
        Assert.DoesNotContain("lettore", trail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrators_list_the_reports_and_close_them_with_what_was_done()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var reports = scope.ServiceProvider.GetRequiredService<AccessibilityReportService>();
            await reports.SubmitAsync(new AccessibilityReportInput(null, "Il menu «Piano» non si apre con la tastiera.", null, null), "dipendente", CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("dipendente")).GetAsync(new Uri("/amministrazione/accessibilita", UriKind.Relative))).StatusCode);
        var admin = await app.ClientAsync("amministratore");
        var list = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/accessibilita", UriKind.Relative)));
        var card = list.QuerySelector("[data-testid=report]")!;
        Assert.Contains("Il menu «Piano» non si apre con la tastiera.", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("aperta", card.TextContent, StringComparison.Ordinal);
        var id = (await app.RunAsync(db => db.AccessibilityReports.SingleAsync())).Id;
        var fields = Forms.HiddenFields(list, "Chiudi");

        // Closing needs to say what was done.
        fields["Risposta"] = " ";
        var refused = await admin.PostAsync(new Uri($"/amministrazione/accessibilita?handler=Chiudi&id={id}", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Scrivere che cosa è stato fatto", (await Forms.ParseAsync(refused)).QuerySelector($"#errore-{id}")!.TextContent, StringComparison.Ordinal);

        fields["Risposta"] = "Corretto: i menu si aprono con Invio e Spazio.";
        var closed = await admin.PostAsync(new Uri($"/amministrazione/accessibilita?handler=Chiudi&id={id}", UriKind.Relative), new FormUrlEncodedContent(fields));
        var after = await Forms.ParseAsync(closed);
        Assert.Equal($"Segnalazione {id} chiusa.", after.QuerySelector("[data-testid=done]")!.TextContent);
        Assert.Contains("Corretto: i menu si aprono con Invio e Spazio.", after.QuerySelector("[data-testid=report]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("amministratore", (await app.RunAsync(db => db.AccessibilityReports.SingleAsync())).HandledBy);
    }

    public void Dispose() => app.Dispose();
}
