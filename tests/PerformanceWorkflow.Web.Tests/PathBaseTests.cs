using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Web.Infrastructure;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>
/// Published under a sub-path of the Comune's intranet (Proxy:PathBase), as a proxy passes it: every link of every
/// page and of every email stays under it, and the sign-in and its redirects too.
/// </summary>
public sealed class PathBaseTests : IDisposable
{
    private const string Base = "/performance";
    private readonly AppFactory app = new()
    {
        Settings =
        {
            ["Proxy:PathBase"] = Base,
            ["Email:BaseUrl"] = "https://intranet.comune.example.it" + Base,
        },
    };

    [Fact]
    public async Task Every_link_of_the_pages_an_administrator_opens_stays_under_the_sub_path()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Not signed in: sent to the sign-in page under the sub-path.
        var challenge = await client.GetAsync(new Uri(Base + "/piano", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(Base + "/accesso", challenge.Headers.Location!.IsAbsoluteUri ? challenge.Headers.Location.PathAndQuery : challenge.Headers.Location.OriginalString, StringComparison.Ordinal);

        using var signedIn = app.CreateClient();
        var form = await Forms.ParseAsync(await signedIn.GetAsync(new Uri(Base + "/accesso", UriKind.Relative)));
        Assert.Equal(Base + "/accesso", form.QuerySelector("form[method=post]")?.GetAttribute("action") ?? Base + "/accesso");
        var home = await signedIn.PostAsync(new Uri(Base + "/accesso", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "amministratore",
            ["Password"] = Application.Features.Users.DemoUsersSeeder.Password,
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(Base + "/", home.RequestMessage!.RequestUri!.AbsolutePath);

        var outside = new List<string>();
        foreach (var page in new[] { "/", "/piano", "/punteggi", "/attivita", "/monitoraggio", "/valori", "/amministrazione/utenti", "/amministrazione/flussi", "/valutazione" })
        {
            var response = await signedIn.GetAsync(new Uri(Base + page, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
            var document = await Forms.ParseAsync(response);
            foreach (var element in document.QuerySelectorAll("[href], [action], [src], [data-base]"))
            {
                foreach (var attribute in new[] { "href", "action", "src", "data-base" })
                {
                    var value = element.GetAttribute(attribute);
                    if (value is not null && value.StartsWith('/') && !value.StartsWith(Base + "/", StringComparison.Ordinal))
                    {
                        outside.Add($"{page}: <{element.LocalName} {attribute}=\"{value}\">");
                    }
                }
            }
        }

        Assert.Empty(outside);
    }

    [Fact]
    public async Task The_link_in_an_email_leads_to_the_page_under_the_sub_path()
    {
        using var client = app.CreateClient();
        var form = await Forms.ParseAsync(await client.GetAsync(new Uri(Base + "/accesso/password", UriKind.Relative)));
        await client.PostAsync(new Uri(Base + "/accesso/password", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Account"] = "dirigente.affari",
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendPendingAsync(CancellationToken.None);
        }

        var mail = Assert.Single(Mailbox.Read(app.MailDirectory));
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody!, @"https://\S+").Value;
        Assert.StartsWith("https://intranet.comune.example.it/performance/accesso/nuova-password?", link, StringComparison.Ordinal);
        var page = await client.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull((await Forms.ParseAsync(page)).QuerySelector("input[name=Codice]"));
    }

    [Theory]
    [InlineData("/performance", "https://intranet.comune.example.it/performance", null)]
    [InlineData("/performance", "https://intranet.comune.example.it/performance/", null)]
    [InlineData("/performance", "https://intranet.comune.example.it", "non termina con Proxy:PathBase")]
    [InlineData("performance", "https://intranet.comune.example.it/performance", "deve iniziare con /")]
    [InlineData(null, "http://localhost:5080", null)]
    public void The_sub_path_and_the_address_in_emails_must_agree(string? pathBase, string baseUrl, string? problem)
    {
        var found = new ProxyOptions { PathBase = pathBase }.PathBaseProblem(baseUrl);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }

    public void Dispose() => app.Dispose();
}
