using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Demo;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>Scores, explanations, settings and values through the real app, on the demo plan with its sample values.</summary>
public sealed class ScoresPagesTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public ScoresPagesTests(AppFactory app) => _app = app;

    [Fact]
    public async Task The_api_is_described_for_staff_only_with_its_paths()
    {
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync(new Uri("/api/openapi.json", UriKind.Relative))).StatusCode);
        var response = await (await _app.ClientAsync("dipendente")).GetAsync(new Uri("/api/openapi.json", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("PerformanceWorkflow API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/scores/{year}", paths);
        Assert.Contains("/api/units/{unitId}/values", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_scores_page_shows_the_latest_round_with_values_and_when_it_was_computed()
    {
        var page = await Forms.ParseAsync(await (await _app.ClientAsync()).GetAsync(new Uri("/punteggi", UriKind.Relative)));

        Assert.Contains("2° monitoraggio", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("%", page.QuerySelector("[data-testid=organization-percent]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Calcolati il", page.QuerySelector("[data-testid=computed-at]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=departments] tbody tr").Length);
        Assert.Equal(52, page.QuerySelectorAll("[data-testid=objectives] tbody tr").Length);
        Assert.NotNull(page.QuerySelector("canvas[data-chart][data-values]"));
    }

    [Fact]
    public async Task The_objectives_table_shows_one_unit_when_asked()
    {
        var client = await _app.ClientAsync();
        var all = await Forms.ParseAsync(await client.GetAsync(new Uri("/punteggi?anno=2024&round=2", UriKind.Relative)));
        var option = all.QuerySelectorAll("#unita option").Skip(1).First();
        var unit = option.TextContent.Trim();
        var expected = all.QuerySelectorAll("[data-testid=objectives] tbody tr").Count(r => r.Children[2].TextContent.Trim() == unit);

        var one = await Forms.ParseAsync(await client.GetAsync(new Uri($"/punteggi?anno=2024&round=2&unita={option.GetAttribute("value")}&pagina=99", UriKind.Relative)));
        var rows = one.QuerySelectorAll("[data-testid=objectives] tbody tr");
        Assert.True(expected > 0);
        Assert.Equal(expected, rows.Length);
        Assert.All(rows, r => Assert.Equal(unit, r.Children[2].TextContent.Trim()));
        Assert.Equal($"{expected} obiettivi.", one.QuerySelector("[data-testid=objectives-total]")!.TextContent.Trim());

        // The rest of the report stays whole.
        Assert.Equal(3, one.QuerySelectorAll("[data-testid=departments] tbody tr").Length);
    }

    [Fact]
    public async Task Every_number_opens_its_explanation_in_italian()
    {
        var client = await _app.ClientAsync();
        var scores = await Forms.ParseAsync(await client.GetAsync(new Uri("/punteggi", UriKind.Relative)));
        var link = scores.QuerySelector("[data-testid=departments] tbody tr a")!;

        var page = await Forms.ParseAsync(await client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative)));

        Assert.Equal($"Perché {link.TextContent.Trim()}?", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Media aritmetica di 12 indicatori", page.QuerySelector("[data-testid=formula]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(13, page.QuerySelectorAll("[data-testid=explanation-row]").Length);
        Assert.Contains(DemoPlanSeeder.SampleNote, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explanation_of_something_that_does_not_exist_is_a_404()
    {
        var response = await (await _app.ClientAsync()).GetAsync(new Uri("/punteggi/perche?anno=2024&round=2&dimensione=Unit&id=424242", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_weight_is_said_and_what_was_typed_is_kept()
    {
        var client = await _app.ClientAsync();
        var form = await Forms.ParseAsync(await client.GetAsync(new Uri("/punteggi/impostazioni?anno=2024", UriKind.Relative)));
        var fields = form.Forms.Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.QuerySelector("input[name^=ObjectiveWeights]") is not null)
            .QuerySelectorAll("input").Where(i => i.GetAttribute("name") is not null && i.GetAttribute("type") is not "checkbox" and not "radio")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        var first = fields.Keys.First(k => k.StartsWith("ObjectiveWeights[", StringComparison.Ordinal));
        fields[first] = "tanto";
        fields["LowerIsBetter"] = "AllOrNothing";

        var page = await Forms.ParseAsync(await client.PostAsync(new Uri("/punteggi/impostazioni?anno=2024", UriKind.Relative), new FormUrlEncodedContent(fields)));

        Assert.Contains("«tanto»", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("tanto", page.QuerySelector($"input[name='{first}']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_values_template_downloads_for_italian_excel()
    {
        var response = await (await _app.ClientAsync()).GetAsync(new Uri("/valori?handler=Modello&anno=2024&round=2&formato=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("valori-2024-round2.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("IndicatorId;Department;Unit;Code;ManagementObjective;Indicator;Kind;Target;DueDate;Value;Note", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploaded_values_with_errors_show_them_by_row_before_anything_is_written()
    {
        var client = await _app.ClientAsync();
        var page = await Forms.ParseAsync(await client.GetAsync(new Uri("/valori?anno=2024&round=3", UriKind.Relative)));
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in Forms.HiddenFields(page, "Anteprima"))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("IndicatorId;Value\r\n2;7\r\n3;4\r\n")), "file", "valori.csv");
        var preview = await Forms.ParseAsync(await client.PostAsync(new Uri("/valori?handler=Anteprima", UriKind.Relative), form));

        var error = Assert.Single(preview.QuerySelectorAll("[data-testid=values-errors] li"));
        Assert.StartsWith("Riga 2", error.TextContent, StringComparison.Ordinal);
        Assert.False(Forms.HasForm(preview, "Conferma"));
        await using var scope = _app.Services.CreateAsyncScope();
        var round3 = await scope.ServiceProvider.GetRequiredService<ScoreService>().RoundAsync(2024, 3, CancellationToken.None);
        Assert.False(round3!.HasValues);
    }
}

/// <summary>With the job server running, a change of values is followed by a recomputation job.</summary>
public sealed class ScoreRecomputeJobTests : IDisposable
{
    private readonly AppFactory _app = new(demo: true, kestrel: false, jobs: true);

    [Fact]
    public async Task A_values_import_is_followed_by_a_job_that_refreshes_the_scores()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var scores = scope.ServiceProvider.GetRequiredService<ScoreService>();
        var round = (await scores.RoundAsync(2024, 2, CancellationToken.None))!;
        await WaitForAsync(async () => (await scores.FreshnessAsync(2024, round.Id, CancellationToken.None)).Fresh, Diagnosis);
        var before = (await scores.FreshnessAsync(2024, round.Id, CancellationToken.None)).ComputedAtUtc;

        var indicator = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Indicators
            .Where(i => i.Kind == PerformanceWorkflow.Domain.Plan.IndicatorKind.Informational).Select(i => i.Id).FirstAsync();
        var result = await scope.ServiceProvider.GetRequiredService<ValuesImportHandler>().ImportAsync(
            new ValuesImportRequest(Encoding.UTF8.GetBytes($"IndicatorId;Value\r\n{indicator};9999\r\n"), "v.csv", 2024, 2, false, "test"), CancellationToken.None);
        Assert.True(result.Applied, string.Join(" | ", result.Messages.Select(m => m.Message)));
        Assert.False((await scores.FreshnessAsync(2024, round.Id, CancellationToken.None)).Fresh);

        // Nobody opens a page: only the job can make the snapshot fresh again.
        await WaitForAsync(async () => (await scores.FreshnessAsync(2024, round.Id, CancellationToken.None)).Fresh, Diagnosis);
        Assert.NotEqual(before, (await scores.FreshnessAsync(2024, round.Id, CancellationToken.None)).ComputedAtUtc);
    }

    private string Diagnosis()
    {
        var monitor = _app.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var failed = string.Join(" | ", monitor.FailedJobs(0, 5).Select(f => f.Value.ExceptionMessage));
        var scheduled = string.Join(" | ", monitor.ScheduledJobs(0, 5).Select(j => j.Value.EnqueueAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        return $"now {DateTime.UtcNow:O}, servers {monitor.Servers().Count}, scheduled {monitor.ScheduledCount()} [{scheduled}], enqueued {monitor.EnqueuedCount("default")}, processing {monitor.ProcessingCount()}, succeeded {monitor.SucceededListCount()}, failed {monitor.FailedCount()}: {failed}";
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, Func<string> diagnosis)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Il ricalcolo non è avvenuto entro 30 secondi ({diagnosis()}).");
            await Task.Delay(200);
        }
    }

    public void Dispose() => _app.Dispose();
}
