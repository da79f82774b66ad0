using System.Net;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>The header by task over HTTP: each role's menus, every entry one it may open, the current entry marked.</summary>
public sealed class NavigationTests : IClassFixture<AppFactory>
{
    private readonly AppFactory app;

    public NavigationTests(AppFactory app) => this.app = app;

    [Theory]
    [InlineData("amministratore", "Le mie attività|Piano|Monitoraggio|Valutazione|Rendicontazione|Amministrazione")]
    [InlineData("segretario", "Le mie attività|Piano|Monitoraggio|Valutazione|Rendicontazione|Amministrazione")]
    [InlineData("personale", "Le mie attività|Piano|Monitoraggio|Valutazione|Rendicontazione")]
    [InlineData("dipendente", "Le mie attività|Piano|Monitoraggio|Valutazione|Rendicontazione")]
    public async Task Each_role_sees_its_menus_and_every_entry_opens(string user, string menus)
    {
        var client = await app.ClientAsync(user);
        var home = await Forms.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var nav = home.QuerySelector("nav[aria-label='Navigazione principale'] ul.navbar-nav")!;
        Assert.Equal(menus, string.Join("|", nav.Children.Select(li => li.QuerySelector("a")!.TextContent.Trim())));

        foreach (var href in nav.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!))
        {
            var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: {href} {response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_entry_of_this_page_is_the_current_page_and_of_a_page_reached_from_it_the_current_item()
    {
        var client = await app.ClientAsync("amministratore");
        var plan = await Forms.ParseAsync(await client.GetAsync(new Uri("/piano", UriKind.Relative)));
        Assert.Equal("page", plan.QuerySelector("header a[href='/piano']")!.GetAttribute("aria-current"));
        Assert.Contains("active", plan.QuerySelector("#menu-piano")!.ClassName, StringComparison.Ordinal);

        var objective = plan.QuerySelector("main a[href^='/piano/obiettivi/']")!.GetAttribute("href")!;
        var detail = await Forms.ParseAsync(await client.GetAsync(new Uri(objective, UriKind.Relative)));
        Assert.Equal("true", detail.QuerySelector("header a[href='/piano']")!.GetAttribute("aria-current"));
        Assert.Null(detail.QuerySelector("header a[href='/piano/linee']")!.GetAttribute("aria-current"));
    }
}
