using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>Choosing people by user name, with suggestions: unit heads, directors and delegations.</summary>
public sealed class OrganizationTests : IDisposable
{
    private readonly AppFactory _app = new(demo: true, kestrel: true);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var form = await Forms.ParseAsync(await client.GetAsync(new Uri(page, UriKind.Relative)));
        fields["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(new Uri(handler.Length == 0 ? page : $"{page}?handler={handler}", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task An_administrator_names_a_unit_head_by_user_name_and_an_unknown_name_is_explained()
    {
        var admin = await _app.ClientAsync("amministratore");
        var page = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/organizzazione", UriKind.Relative)));
        Assert.Empty(page.QuerySelectorAll("select[name=userId]"));
        var field = page.QuerySelectorAll("input[name=userName]").First(i => i.GetAttribute("value") == "responsabile.llpp");
        var unitId = field.Id!["u-".Length..];

        var unknown = await Forms.ParseAsync(await PostAsync(admin, "/amministrazione/organizzazione", "Responsabile", new() { ["unitId"] = unitId, ["userName"] = "mario.bianchi" }));
        Assert.Contains("Nessun utente «mario.bianchi»", unknown.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var cleared = await PostAsync(admin, "/amministrazione/organizzazione", "Responsabile", new() { ["unitId"] = unitId, ["userName"] = string.Empty });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Null(await HeadOfAsync(int.Parse(unitId, System.Globalization.CultureInfo.InvariantCulture)));

        await PostAsync(admin, "/amministrazione/organizzazione", "Responsabile", new() { ["unitId"] = unitId, ["userName"] = "responsabile.llpp" });
        Assert.NotNull(await HeadOfAsync(int.Parse(unitId, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_unit_head_delegates_a_colleague_by_user_name_never_himself()
    {
        var head = await _app.ClientAsync("responsabile.llpp");
        var unit = await _app.RunAsync(db => db.Units.Where(u => db.Users.Any(x => x.Id == u.HeadId && x.UserName == "responsabile.llpp")).Select(u => u.Id).FirstAsync());
        var page = $"/unita/{unit}/deleghe";
        var fields = (string who) => new Dictionary<string, string> { ["delegateUserName"] = who, ["from"] = "2024-04-01", ["to"] = "2024-04-30" };

        var self = await Forms.ParseAsync(await PostAsync(head, page, string.Empty, fields("responsabile.llpp")));
        Assert.Contains("Non si delega a sé stessi", self.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var unknown = await Forms.ParseAsync(await PostAsync(head, page, string.Empty, fields("collega.inesistente")));
        Assert.Contains("Nessun utente «collega.inesistente»", unknown.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var done = await Forms.ParseAsync(await PostAsync(head, page, string.Empty, fields("dipendente")));
        Assert.Contains("Delega registrata.", done.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_are_for_staff_two_letters_on_names_only()
    {
        var staff = await _app.ClientAsync("responsabile.llpp");
        var people = await staff.GetFromJsonAsync<List<Dictionary<string, string>>>(new Uri("/api/users?q=affari", UriKind.Relative));
        var person = Assert.Single(people!);
        Assert.Equal(["userName", "fullName"], person.Keys);
        Assert.Equal("dirigente.affari", person["userName"]);
        Assert.Empty((await staff.GetFromJsonAsync<List<Dictionary<string, string>>>(new Uri("/api/users?q=a", UriKind.Relative)))!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = _app.ServerAddress }).GetAsync(new Uri("/api/users?q=affari", UriKind.Relative))).StatusCode);
    }

    [BrowserFact]
    public async Task Typing_a_name_suggests_people()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _app.ServerAddress.ToString(), Locale = "it-IT" });
        var violations = Browser.TrackCspViolations(page);
        await BrowserTests.SignInAsync(page, "amministratore");
        await page.GotoAsync("/amministrazione/organizzazione");

        await page.Locator("#dp").PressSequentiallyAsync("dirig");
        await Assertions.Expect(page.Locator("#dl-dp option[value='dirigente.affari']")).ToHaveCountAsync(1);
        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));
    }

    private Task<string?> HeadOfAsync(int unitId) => _app.RunAsync(db => db.Units.Where(u => u.Id == unitId).Select(u => u.HeadId).SingleAsync());

    public void Dispose() => _app.Dispose();
}
