using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Demo;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>Upload, preview with line numbers, confirm: through the real app, forms posted with their antiforgery token.</summary>
public sealed class ImportPageTests : IDisposable
{
    private readonly AppFactory _app = new(demo: false, kestrel: false);

    private static MultipartFormDataContent Upload(Dictionary<string, string> hidden, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in hidden)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    private async Task<int> IndicatorCountAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Indicators.CountAsync();
    }

    [Fact]
    public async Task Upload_preview_and_confirm_import_the_plan()
    {
        var client = await _app.ClientAsync();
        var form = await Forms.ParseAsync(await client.GetAsync(new Uri("/piano/importa", UriKind.Relative)));

        var previewResponse = await client.PostAsync(new Uri("/piano/importa?handler=Anteprima", UriKind.Relative), Upload(Forms.HiddenFields(form, "Anteprima"), DemoPlanSeeder.ReferenceDocument(), "piao.txt"));
        Assert.Equal(HttpStatusCode.OK, previewResponse.StatusCode);
        var preview = await Forms.ParseAsync(previewResponse);
        Assert.StartsWith("63", preview.QuerySelector("[data-testid=preview-indicators]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(preview.QuerySelectorAll("[data-testid=preview-ambiguous] li"), li => li.TextContent.StartsWith("Riga 189", StringComparison.Ordinal));
        Assert.Contains(preview.QuerySelectorAll("[data-testid=preview-repairs] li"), li => li.TextContent.StartsWith("Riga 180", StringComparison.Ordinal));
        Assert.Equal(0, await IndicatorCountAsync());

        var confirm = await client.PostAsync(new Uri("/piano/importa?handler=Conferma", UriKind.Relative), new FormUrlEncodedContent(Forms.HiddenFields(preview, "Conferma")));
        var outcome = await Forms.ParseAsync(confirm);
        Assert.Contains("completata", outcome.QuerySelector("[data-testid=import-outcome]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(63, await IndicatorCountAsync());
    }

    [Fact]
    public async Task A_file_with_errors_shows_them_with_line_numbers_and_cannot_be_confirmed()
    {
        var client = await _app.ClientAsync();
        var form = await Forms.ParseAsync(await client.GetAsync(new Uri("/piano/importa", UriKind.Relative)));
        var csv = "Settore/UAO;UOC/UAO;N.ro Ob;Tipo OB;Obiettivi Operativi;Obiettivi Gestionali;Indicatori;Ufficio/Personale;Tipo Ind.;Data Previsione;Target\n"
            + "SETTORE UNO;U.O.C. A;S1-1_1;;Obiettivo;Gestionale;Indicatore;;Attività;31/12/2024;5 (100%)\n"
            + ";;;;;;Secondo;;Qualitativo;31/12/2024;5 (100%)\n";

        var preview = await Forms.ParseAsync(await client.PostAsync(new Uri("/piano/importa?handler=Anteprima", UriKind.Relative), Upload(Forms.HiddenFields(form, "Anteprima"), Encoding.UTF8.GetBytes(csv), "piano.csv")));

        var error = Assert.Single(preview.QuerySelectorAll("[data-testid=preview-errors] li"));
        Assert.StartsWith("Riga 3", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("Qualitativo", error.TextContent, StringComparison.Ordinal);
        Assert.False(Forms.HasForm(preview, "Conferma"));
        Assert.Equal(0, await IndicatorCountAsync());
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var response = await (await _app.ClientAsync()).PostAsync(new Uri("/piano/importa?handler=Anteprima", UriKind.Relative), Upload([], DemoPlanSeeder.ReferenceDocument(), "piao.txt"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await IndicatorCountAsync());
    }

    [Fact]
    public async Task No_file_chosen_is_said_in_italian()
    {
        var client = await _app.ClientAsync();
        var form = await Forms.ParseAsync(await client.GetAsync(new Uri("/piano/importa", UriKind.Relative)));
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in Forms.HiddenFields(form, "Anteprima"))
        {
            content.Add(new StringContent(value), name);
        }

        var page = await client.PostAsync(new Uri("/piano/importa?handler=Anteprima", UriKind.Relative), content);
        Assert.Contains("Scegliere un file", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
