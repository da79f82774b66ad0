using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>
/// Role × resource × verb through the real app: each demo user (one per role, two directors) asks for pages, API
/// records and value entry of his own and of others' units, by id.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<AppFactory>
{
    private const string Anonymous = "";
    private const string Admin = "amministratore";
    private const string DirectorAffari = "dirigente.affari";
    private const string DirectorRisorse = "dirigente.risorse";
    private const string HeadWorks = "responsabile.llpp";
    private const string Secretary = "segretario";
    private const string Nucleo = "nucleo";
    private const string Hr = "personale";
    private const string Employee = "dipendente";

    private static readonly string[] Everyone = [Admin, DirectorAffari, DirectorRisorse, HeadWorks, Secretary, Nucleo, Hr, Employee];

    private readonly AppFactory _app;

    public AuthorizationMatrixTests(AppFactory app) => _app = app;

    private async Task<(int General, int Works, int GeneralIndicator, int WorksIndicator)> IdsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var general = await db.Units.Where(u => u.Key == TextKey.Of("U.O.C. Affari Generali, Servizi Demografici, URP")).Select(u => u.Id).SingleAsync();
        var works = await db.Units.Where(u => u.Key == TextKey.Of("U.O.C. Lavori Pubblici-Patrimonio")).Select(u => u.Id).SingleAsync();
        int IndicatorOf(int unit) => db.Indicators.Where(i => i.ManagementObjective.ObjectiveAssignment.UnitId == unit && i.Kind == Domain.Plan.IndicatorKind.Activity).Select(i => i.Id).First();
        return (general, works, IndicatorOf(general), IndicatorOf(works));
    }

    private async Task<HttpClient> ClientAsync(string user) =>
        user == Anonymous ? _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }) : await _app.ClientAsync(user);

    public static TheoryData<string, string[]> Pages => new()
    {
        // path, users answered 200 (every other member of staff gets 403; anonymous is sent to the sign-in page)
        { "/", Everyone },
        { "/punteggi", Everyone },
        { "/piano", Everyone },
        { "/profilo/password", Everyone },
        { "/rendicontazione", Everyone },
        { "/amministrazione/accessibilita", [Admin] },
        { "/piano/importa", [Admin] },
        { "/valori", [Admin] },
        { "/punteggi/impostazioni", [Admin] },
        { "/amministrazione/utenti", [Admin] },
        { "/amministrazione/organizzazione", [Admin] },
        { "/amministrazione/registro", [Admin] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_answer_by_role(string path, string[] allowed)
    {
        foreach (var user in Everyone)
        {
            var response = await (await ClientAsync(user)).GetAsync(new Uri(path, UriKind.Relative));
            Assert.True((allowed.Contains(user) ? HttpStatusCode.OK : HttpStatusCode.Forbidden) == response.StatusCode, $"{user} {path}: {response.StatusCode}");
        }

        var anonymous = await (await ClientAsync(Anonymous)).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/accesso", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_detail_is_for_its_owners_the_segretario_the_nucleo_and_administrators_and_404_for_everybody_else()
    {
        var (general, works, _, _) = await IdsAsync();
        string[] generalReaders = [Admin, Secretary, Nucleo, DirectorAffari];
        string[] worksReaders = [Admin, Secretary, Nucleo, DirectorRisorse, HeadWorks];
        foreach (var user in Everyone)
        {
            var client = await ClientAsync(user);
            foreach (var (unit, readers) in new[] { (general, generalReaders), (works, worksReaders) })
            {
                var expected = readers.Contains(user) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                Assert.True(expected == (await client.GetAsync(new Uri($"/unita/{unit}/valori", UriKind.Relative))).StatusCode, $"{user} pagina unità {unit}");
                Assert.True(expected == (await client.GetAsync(new Uri($"/api/units/{unit}/values?year=2024", UriKind.Relative))).StatusCode, $"{user} API unità {unit}");
            }

            // A unit that does not exist answers the same as one you may not see.
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/unita/987654/valori", UriKind.Relative))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await (await ClientAsync(Anonymous)).GetAsync(new Uri($"/api/units/{general}/values?year=2024", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await ClientAsync(Anonymous)).GetAsync(new Uri("/api/scores/2024", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_relazioni_are_listed_with_their_state_for_who_writes_and_validates_them_and_only_once_published_for_the_staff()
    {
        foreach (var user in new[] { Admin, Secretary, Nucleo })
        {
            var page = await Forms.ParseAsync(await (await ClientAsync(user)).GetAsync(new Uri("/rendicontazione", UriKind.Relative)));
            var row = page.QuerySelector("[data-testid=years] tbody tr")!;
            Assert.Equal("Relazione 2024 non avviata", string.Join(" ", row.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));
            Assert.Equal("/rendicontazione/2024", row.QuerySelector("a")!.GetAttribute("href"));
        }

        foreach (var user in new[] { DirectorAffari, Hr, Employee })
        {
            var page = await Forms.ParseAsync(await (await ClientAsync(user)).GetAsync(new Uri("/rendicontazione", UriKind.Relative)));
            Assert.Null(page.QuerySelector("[data-testid=years]"));
            Assert.Equal("Non è ancora stata pubblicata nessuna Relazione sulla performance.", page.QuerySelector("[data-testid=none-published]")!.TextContent);
        }
    }

    [Fact]
    public async Task Values_are_entered_only_by_the_units_owners_and_administrators()
    {
        var (general, _, indicator, _) = await IdsAsync();
        foreach (var user in Everyone)
        {
            var response = await PutAsync(await ClientAsync(user), general, indicator, 3);
            var expected = user is Admin or DirectorAffari ? HttpStatusCode.NoContent : HttpStatusCode.NotFound;
            Assert.True(expected == response.StatusCode, $"{user}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_director_trying_another_departments_indicator_by_id_gets_404_as_if_it_did_not_exist()
    {
        var (general, works, _, worksIndicator) = await IdsAsync();
        var director = await ClientAsync(DirectorAffari);

        var throughTheirUnit = await PutAsync(director, works, worksIndicator, 5);
        var throughMyUnit = await PutAsync(director, general, worksIndicator, 5);
        var nonexistent = await PutAsync(director, general, 987654, 5);
        var readThrough = await director.GetAsync(new Uri($"/api/units/{works}/values?year=2024", UriKind.Relative));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [throughTheirUnit.StatusCode, throughMyUnit.StatusCode, nonexistent.StatusCode, readThrough.StatusCode]);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Measurements.AnyAsync(m => m.IndicatorId == worksIndicator && m.Value == 5 && m.EnteredBy != "demo"));

        // The person saw "not found"; the trail has the refusals, with who asked for what.
        var refusals = await db.AuditEntries.Where(e => e.Action == "authorization.denied" && e.Actor == DirectorAffari).Select(e => e.EntityType + " " + e.EntityId).ToListAsync();
        Assert.Contains($"Unit {works}", refusals);
        Assert.Contains($"Indicator {worksIndicator}", refusals);
    }

    [Fact]
    public async Task A_value_put_without_the_antiforgery_token_is_refused()
    {
        var (general, _, indicator, _) = await IdsAsync();
        var client = await ClientAsync(DirectorAffari);
        var response = await client.PutAsJsonAsync(new Uri($"/api/units/{general}/values/2024/2/{indicator}", UriKind.Relative), new { value = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Organization_level_scores_are_for_all_staff_and_unit_rows_only_for_who_may_see_them()
    {
        var counts = new Dictionary<string, int>();
        foreach (var user in Everyone)
        {
            var scores = await (await ClientAsync(user)).GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/scores/2024", UriKind.Relative));
            Assert.Equal(3, scores.GetProperty("departments").GetArrayLength());
            counts[user] = scores.GetProperty("units").GetArrayLength();
        }

        Assert.Equal([6, 1, 4, 1, 6, 6, 0, 0], Everyone.Select(u => counts[u]));
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, int unit, int indicator, int value)
    {
        var home = await Forms.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/units/{unit}/values/2024/2/{indicator}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { value }),
        };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }
}
