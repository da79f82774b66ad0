using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Web.Infrastructure;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>Sign-in, lockout, rate limit, forged forms, forced password change.</summary>
public sealed class SignInTests : IDisposable
{
    private readonly AppFactory _app = new(demo: false, kestrel: false);

    private async Task<AppUser> UserAsync(string name)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(name))!;
    }

    private async Task<List<string>> TrailAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.OrderBy(e => e.Id).Select(e => e.Actor + " " + e.Action).ToListAsync();
    }

    [Fact]
    public async Task A_wrong_password_gets_a_generic_message_and_counts_as_a_failure()
    {
        var client = _app.CreateClient();
        var wrong = await Forms.ParseAsync(await AppFactory.SignInAsync(client, "dipendente", "Sbagliata.123"));
        var unknown = await Forms.ParseAsync(await AppFactory.SignInAsync(client, "nessuno", "Sbagliata.123"));

        Assert.Equal("Nome utente o password non corretti.", wrong.QuerySelector("[data-testid=signin-errors] li")!.TextContent);
        Assert.Equal("Nome utente o password non corretti.", unknown.QuerySelector("[data-testid=signin-errors] li")!.TextContent);
        Assert.Equal(1, (await UserAsync("dipendente")).AccessFailedCount);
        Assert.Contains("dipendente signin.failure", await TrailAsync());
        Assert.Contains("nessuno signin.failure", await TrailAsync());
    }

    [Fact]
    public async Task After_five_failures_the_account_is_locked_and_says_so()
    {
        var client = _app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await AppFactory.SignInAsync(client, "personale", "Sbagliata.123");
        }

        var locked = await Forms.ParseAsync(await AppFactory.SignInAsync(client, "personale", DemoUsersSeeder.Password));

        Assert.Contains("bloccato", locked.QuerySelector("[data-testid=signin-errors] li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("personale signin.lockedout", await TrailAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_successful_sign_in_is_on_the_trail()
    {
        await _app.ClientAsync("nucleo");
        Assert.Contains("nucleo signin.success", await TrailAsync());
    }

    [Fact]
    public async Task Administrators_find_users_by_search_and_role()
    {
        var admin = await _app.ClientAsync("amministratore");
        var page = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/utenti?Cerca=AFFARI", UriKind.Relative)));
        Assert.Equal("1 utente.", page.QuerySelector("[data-testid=users-total]")!.TextContent.Trim());
        Assert.Contains("dirigente.affari", page.QuerySelector("[data-testid=users] tbody")!.TextContent, StringComparison.Ordinal);

        page = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/utenti?Ruolo=Director", UriKind.Relative)));
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=users] tbody tr").Length);
        Assert.Equal("Director", page.QuerySelector("#ruolo option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_audit_trail_pages_keep_every_filter()
    {
        // More than a page of rows: failed sign-ins of unknown names are recorded like any other.
        var stranger = _app.CreateClient();
        for (var i = 0; i < 55; i++)
        {
            await AppFactory.SignInAsync(stranger, $"sconosciuto{i}", "Sbagliata.2026");
        }

        var admin = await _app.ClientAsync("amministratore");
        var first = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/registro?Dal=2000-01-01", UriKind.Relative)));
        var pages = first.QuerySelectorAll("[data-testid=audit-pages] a.page-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(pages.Count > 1);
        Assert.All(pages, href => Assert.Contains("Dal=2000-01-01", href, StringComparison.Ordinal));

        var second = await Forms.ParseAsync(await admin.GetAsync(new Uri(pages[1], UriKind.Relative)));
        Assert.Equal("2", second.QuerySelector("[data-testid=audit-pages] .active")!.TextContent.Trim());
        var firstRows = first.QuerySelectorAll("[data-testid=audit] tbody tr");
        var lastOfFirst = long.Parse(firstRows[^1].Children[0].TextContent, System.Globalization.CultureInfo.InvariantCulture);
        var firstOfSecond = long.Parse(second.QuerySelector("[data-testid=audit] tbody tr")!.Children[0].TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(lastOfFirst - 1, firstOfSecond);
    }

    [Fact]
    public async Task A_form_replayed_from_another_session_is_refused_with_400()
    {
        var admin = await _app.ClientAsync("amministratore");
        var form = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/utenti", UriKind.Relative)));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var other = await _app.ClientAsync("segretario");
        var response = await other.PostAsync(new Uri("/profilo/password", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = DemoUsersSeeder.Password,
            ["New"] = "Nuova.Password2025",
            ["Confirm"] = "Nuova.Password2025",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_temporary_password_must_be_changed_before_anything_else()
    {
        string temporary;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<UserService>();
            temporary = (await administration.ResetPasswordAsync((await UserAsync("dipendente")).Id, CancellationToken.None)).Secret!;
        }

        var client = await _app.ClientAsync("dipendente", temporary);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/profilo/password", home.RequestMessage!.RequestUri!.AbsolutePath);

        var form = await Forms.ParseAsync(home);
        var fields = new Dictionary<string, string>
        {
            ["Current"] = temporary,
            ["New"] = "Scelta.DaMe2025",
            ["Confirm"] = "Scelta.DaMe2025",
            ["__RequestVerificationToken"] = form.Forms.First(f => f.QuerySelector("input[name=Current]") is not null).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
        await client.PostAsync(new Uri("/profilo/password", UriKind.Relative), new FormUrlEncodedContent(fields));

        var after = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/", after.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False((await UserAsync("dipendente")).MustChangePassword);
    }

    public void Dispose() => _app.Dispose();
}

/// <summary>Sign-in attempts beyond the limit get 429.</summary>
public sealed class SignInRateLimitTests : IDisposable
{
    private readonly AppFactory _app = CreateApp();

    private static AppFactory CreateApp()
    {
        var app = new AppFactory(demo: false, kestrel: false);
        app.Settings["Security:SignInAttemptsPerMinute"] = "3";
        return app;
    }

    [Fact]
    public async Task The_fourth_attempt_in_a_minute_is_refused_with_429()
    {
        var client = _app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await AppFactory.SignInAsync(client, "dipendente", "Sbagliata.123")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    public void Dispose() => _app.Dispose();
}

/// <summary>The job dashboard: administrators, and the segretario read-only; 401/403 to everybody else, however they ask.</summary>
public sealed class JobDashboardTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public JobDashboardTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Anonymous_callers_get_401_even_claiming_to_be_local()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/hangfire", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", "127.0.0.1");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("dirigente.affari")]
    [InlineData("responsabile.llpp")]
    [InlineData("nucleo")]
    [InlineData("personale")]
    [InlineData("dipendente")]
    public async Task Every_role_but_administrator_and_segretario_gets_403(string user)
    {
        var client = await _app.ClientAsync(user);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/hangfire", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", "127.0.0.1");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_administrator_manages_and_the_segretario_only_reads_without_any_connection_string()
    {
        var admin = await _app.ClientAsync("amministratore");
        var secretary = await _app.ClientAsync("segretario");

        var adminPage = await admin.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        var secretaryPage = await secretary.GetAsync(new Uri("/hangfire/recurring", UriKind.Relative));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (adminPage.StatusCode, secretaryPage.StatusCode));
        Assert.DoesNotContain("Data Source", await adminPage.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        // A command (trigger a recurring job) is refused in read-only mode.
        using var command = new HttpRequestMessage(HttpMethod.Post, new Uri("/hangfire/recurring/trigger", UriKind.Relative)) { Content = new FormUrlEncodedContent([new("jobs[]", "recompute-stale-scores")]) };
        var refused = await secretary.SendAsync(command);
        Assert.True((int)refused.StatusCode >= 400, $"Il segretario ha eseguito un comando: {refused.StatusCode}");
    }
}

/// <summary>Headers, HSTS in production, no caching of personal pages, keys that survive a restart, OIDC matching.</summary>
public sealed class HardeningTests
{
    [Fact]
    public async Task Every_response_carries_the_security_headers_and_personal_pages_are_not_cached()
    {
        using var app = new AppFactory(demo: false, kestrel: false);
        var anonymous = await app.CreateClient().GetAsync(new Uri("/accesso", UriKind.Relative));
        Assert.Contains("default-src 'self'", anonymous.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", anonymous.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", anonymous.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", anonymous.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(anonymous.Headers.Contains("Strict-Transport-Security"));

        var signedIn = await (await app.ClientAsync("amministratore")).GetAsync(new Uri("/amministrazione/utenti", UriKind.Relative));
        Assert.True(signedIn.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Outside_development_https_responses_carry_hsts()
    {
        using var app = new AppFactory(demo: false, kestrel: false) { Environment = "Production" };
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://comune.example") });
        var response = await client.GetAsync(new Uri("/accesso", UriKind.Relative));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Sign_in_cookies_survive_a_restart_because_the_keys_are_in_the_database()
    {
        var directory = Directory.CreateTempSubdirectory("pw-restart-").FullName;
        try
        {
            string cookie;
            using (var first = new AppFactory(demo: false, kestrel: false, directory: directory))
            {
                var client = first.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
                var page = await Forms.ParseAsync(await client.GetAsync(new Uri("/accesso", UriKind.Relative)));
                var anonymousCookie = string.Join("; ", (await client.GetAsync(new Uri("/accesso", UriKind.Relative))).Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
                using var signIn = new HttpRequestMessage(HttpMethod.Post, new Uri("/accesso", UriKind.Relative));
                var form = await Forms.ParseAsync(await GetWithCookieAsync(client, "/accesso", anonymousCookie));
                signIn.Headers.Add("Cookie", anonymousCookie);
                signIn.Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["UserName"] = "amministratore",
                    ["Password"] = DemoUsersSeeder.Password,
                    ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
                });
                var response = await client.SendAsync(signIn);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
                _ = page;
                await using var scope = first.Services.CreateAsyncScope();
                Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.AnyAsync());
            }

            using var second = new AppFactory(demo: false, kestrel: false, directory: directory);
            var again = await GetWithCookieAsync(second.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false }), "/amministrazione/utenti", cookie);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_identity_provider_is_matched_to_a_registered_user_by_the_configured_claim()
    {
        using var app = new AppFactory(demo: false, kestrel: false);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var byEmail = new OidcOptions { MatchClaim = "email", MatchUserBy = "Email" };
        var byName = new OidcOptions { MatchClaim = "preferred_username", MatchUserBy = "UserName" };

        var known = new ClaimsPrincipal(new ClaimsIdentity([new Claim("email", "segretario@comune.example"), new Claim("preferred_username", "nucleo")], "oidc"));
        var stranger = new ClaimsPrincipal(new ClaimsIdentity([new Claim("email", "chiunque@altro.it")], "oidc"));

        Assert.Equal("segretario", (await byEmail.MatchAsync(users, known))!.UserName);
        Assert.Equal("nucleo", (await byName.MatchAsync(users, known))!.UserName);
        Assert.Null(await byEmail.MatchAsync(users, stranger));
    }
}
