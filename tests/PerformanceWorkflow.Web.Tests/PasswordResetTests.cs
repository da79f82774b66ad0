using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>A forgotten password, through the real pages: the link by email, used once, within its validity.</summary>
public sealed partial class PasswordResetTests : IDisposable
{
    private const string NewPassword = "Nuova.Password2026";
    private readonly FakeTimeProvider clock = new(TimeProvider.System.GetUtcNow());
    private readonly AppFactory app;

    public PasswordResetTests() => app = new AppFactory(demo: true, kestrel: false) { Time = clock };

    [Fact]
    public async Task A_director_receives_a_link_chooses_a_new_password_once_and_signs_in_with_it()
    {
        var client = app.CreateClient();
        var signIn = await Forms.ParseAsync(await client.GetAsync(new Uri("/accesso", UriKind.Relative)));
        Assert.Equal("/accesso/password", signIn.QuerySelector("[data-testid=forgot-password]")!.GetAttribute("href"));

        // The same answer for an account that exists and one that does not; only the first gets an email.
        Assert.Equal(PasswordResetService.RequestedMessage, await RequestAsync(client, "dirigente.affari"));
        Assert.Equal(PasswordResetService.RequestedMessage, await RequestAsync(client, "nessuno.inesistente"));
        Assert.Equal(PasswordResetService.RequestedMessage, await RequestAsync(client, "dirigente.affari@comune.example"));
        var mails = await SentAsync();
        var mail = Assert.Single(mails);
        Assert.Equal("dirigente.affari@comune.example", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Comune di Esempio: scelta di una nuova password", mail.Subject);
        Assert.Contains("vale una sola volta", mail.TextBody, StringComparison.Ordinal);
        Assert.Matches(@"entro le \d\d:\d\d del \d\d/\d\d/\d{4}:", mail.TextBody);
        Assert.Equal(PasswordResetService.Template, mail.Headers[OutboxSender.TemplateHeader]);
        var link = Link(mail);

        // Wrong confirmation and a weak password: clear messages, the link still works.
        var form = await Forms.ParseAsync(await client.GetAsync(link));
        Assert.NotNull(form.QuerySelector("input[name=New]"));
        Assert.Equal("Le due password non coincidono.", await ErrorsAsync(await PostAsync(client, link, NewPassword, NewPassword + "x")));
        Assert.Contains("almeno 10 caratteri", await ErrorsAsync(await PostAsync(client, link, "corta", "corta")), StringComparison.Ordinal);

        var done = await Forms.ParseAsync(await PostAsync(client, link, NewPassword, NewPassword));
        Assert.NotNull(done.QuerySelector("[data-testid=reset-done]"));

        // The old password no longer works, the new one does; the link is spent.
        var fresh = app.CreateClient();
        var refused = await Forms.ParseAsync(await AppFactory.SignInAsync(fresh, "dirigente.affari", DemoUsersSeeder.Password));
        Assert.Contains("Nome utente o password non corretti.", refused.QuerySelector("[data-testid=signin-errors]")!.TextContent, StringComparison.Ordinal);
        var signedIn = await app.ClientAsync("dirigente.affari", NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync(new Uri("/attivita", UriKind.Relative))).StatusCode);
        var spent = await Forms.ParseAsync(await client.GetAsync(link));
        Assert.NotNull(spent.QuerySelector("[data-testid=reset-invalid]"));
        Assert.Null(spent.QuerySelector("input[name=New]"));
        Assert.Contains("Il collegamento non è più valido", await ErrorsAsync(await PostAsync(client, link, "Altra.Password2026", "Altra.Password2026", spent: true)), StringComparison.Ordinal);

        // Every request and the reset are on the audit trail; the password itself never is.
        await using var scope = app.Services.CreateAsyncScope();
        var trail = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().Where(e => e.Action.StartsWith("password.reset")).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["password.reset.requested", "password.reset.refused", "password.reset.refused", "password.reset.byemail", "password.reset.invalidlink"], trail.Select(e => e.Action));
        Assert.Contains("account inesistente", trail[1].After, StringComparison.Ordinal);
        Assert.Contains("entro 5 minuti", trail[2].After, StringComparison.Ordinal);
        Assert.DoesNotContain(trail, e => (e.After ?? string.Empty).Contains(NewPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_expires_after_two_hours_and_a_disabled_account_gets_no_link()
    {
        var client = app.CreateClient();
        await RequestAsync(client, "dirigente.risorse");
        var link = Link(Assert.Single(await SentAsync()));
        clock.Advance(PasswordResetService.Validity + TimeSpan.FromMinutes(1));
        var expired = await Forms.ParseAsync(await client.GetAsync(link));
        Assert.NotNull(expired.QuerySelector("[data-testid=reset-invalid]"));
        Assert.Equal("/accesso/password", expired.QuerySelector("[data-testid=reset-invalid] + p a")!.GetAttribute("href"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "segretario");
            user.LockoutEnd = DateTimeOffset.MaxValue;
            await db.SaveChangesAsync();
        }

        Assert.Equal(PasswordResetService.RequestedMessage, await RequestAsync(client, "segretario"));
        Assert.Single(await SentAsync());
    }

    [Fact]
    public async Task The_request_form_refuses_an_empty_name_and_is_rate_limited_like_sign_in()
    {
        using var limited = new AppFactory(demo: false, kestrel: false) { Time = clock };
        limited.Settings["Security:SignInAttemptsPerMinute"] = "2";
        var client = limited.CreateClient();
        var empty = await Forms.ParseAsync(await PostRequestAsync(client, "  "));
        Assert.Contains("Indicare il nome utente o l'indirizzo email.", empty.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        await PostRequestAsync(client, "qualcuno");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostRequestAsync(client, "qualcuno")).StatusCode);
    }

    public void Dispose() => app.Dispose();

    private static async Task<string> RequestAsync(HttpClient client, string account)
    {
        var page = await Forms.ParseAsync(await PostRequestAsync(client, account));
        return page.QuerySelector("[data-testid=reset-requested]")?.TextContent.Trim() ?? throw new InvalidOperationException("Nessuna conferma della richiesta.");
    }

    private static async Task<HttpResponseMessage> PostRequestAsync(HttpClient client, string account)
    {
        var form = await Forms.ParseAsync(await client.GetAsync(new Uri("/accesso/password", UriKind.Relative)));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(new Uri("/accesso/password", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Account"] = account,
            ["__RequestVerificationToken"] = token,
        }));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Uri link, string password, string confirm, bool spent = false)
    {
        var form = await Forms.ParseAsync(await client.GetAsync(link));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await Forms.ParseAsync(await client.GetAsync(new Uri("/accesso/password", UriKind.Relative)))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var query = System.Web.HttpUtility.ParseQueryString(link.OriginalString[link.OriginalString.IndexOf('?', StringComparison.Ordinal)..]);
        Assert.True(spent || form.QuerySelector("input[name=Codice]") is not null);
        return await client.PostAsync(new Uri("/accesso/nuova-password", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Utente"] = query["utente"]!,
            ["Codice"] = query["codice"]!,
            ["New"] = password,
            ["Confirm"] = confirm,
            ["__RequestVerificationToken"] = token,
        }));
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await Forms.ParseAsync(response);
        return string.Join(" ", page.QuerySelectorAll(".text-danger li, [data-testid=reset-invalid]").Select(e => e.TextContent.Trim()));
    }

    private async Task<List<MimeKit.MimeMessage>> SentAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendPendingAsync(CancellationToken.None);
        return Mailbox.Read(app.MailDirectory);
    }

    private static Uri Link(MimeKit.MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, "Nessun collegamento per la nuova password nell'email.");
        return new Uri(new Uri(match.Value).PathAndQuery, UriKind.Relative);
    }

    [GeneratedRegex(@"https?://\S+/accesso/nuova-password\?utente=\S+&codice=\S+")]
    private static partial Regex LinkPattern();
}
