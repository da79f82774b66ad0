using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>The valutazione's pages over HTTP, per role: forms by id, lists, the XLSX, the SMVP settings, the staff.</summary>
public sealed class EvaluationPagesTests : IDisposable
{
    private const string Admin = "amministratore";
    private const string DirectorAffari = "dirigente.affari";
    private const string DirectorRisorse = "dirigente.risorse";
    private const string Commander = "comandante.pm";
    private const string HeadWorks = "responsabile.llpp";
    private const string Secretary = "segretario";
    private const string Nucleo = "nucleo";
    private const string Hr = "personale";
    private const string Employee = "dipendente";

    private static readonly string[] Everyone = [Admin, DirectorAffari, DirectorRisorse, Commander, HeadWorks, Secretary, Nucleo, Hr, Employee];

    private readonly AppFactory app = new();

    [Fact]
    public async Task A_form_answers_only_the_people_of_the_doc_and_404_to_everybody_else()
    {
        var forms = await Evaluations.OpenAsync(app);
        var readers = new Dictionary<string, string[]>
        {
            // The employee of Lavori Pubblici: himself, his dirigente (evaluator), HR, the administrator — not his EQ, not a colleague, not other dirigenti.
            [Employee] = [Employee, DirectorRisorse, Hr, Admin],
            // An EQ: himself, his dirigente, HR, the administrator.
            [HeadWorks] = [HeadWorks, DirectorRisorse, Hr, Admin],
            // A dirigente: himself, the Nucleo, HR, the administrator — never another dirigente.
            [DirectorAffari] = [DirectorAffari, Nucleo, Hr, Admin],
        };
        foreach (var user in Everyone)
        {
            var client = await app.ClientAsync(user);
            foreach (var (owner, allowed) in readers)
            {
                var response = await client.GetAsync(new Uri($"/valutazione/scheda/{forms[owner]}", UriKind.Relative));
                var expected = allowed.Contains(user) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                Assert.True(expected == response.StatusCode, $"{user} sulla scheda di {owner}: {response.StatusCode}");
            }

            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/valutazione/scheda/987654", UriKind.Relative))).StatusCode);

            // The journal of a form is not readable through the generic instance page either.
            var instance = await client.GetAsync(new Uri($"/pratiche/{forms[Employee]}", UriKind.Relative));
            Assert.Equal($"/valutazione/scheda/{forms[Employee]}", instance.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Equal(readers[Employee].Contains(user) ? HttpStatusCode.OK : HttpStatusCode.NotFound, instance.StatusCode);
        }

        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync(new Uri($"/valutazione/scheda/{forms[Employee]}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task Lists_show_each_role_its_own_people_and_an_employee_is_taken_to_his_form()
    {
        var forms = await Evaluations.OpenAsync(app);
        var employee = await app.ClientAsync(Employee);
        var own = await employee.GetAsync(new Uri("/valutazione", UriKind.Relative));
        Assert.Equal($"/valutazione/scheda/{forms[Employee]}", own.RequestMessage!.RequestUri!.AbsolutePath);

        var director = await Forms.ParseAsync(await (await app.ClientAsync(DirectorRisorse)).GetAsync(new Uri("/valutazione?anno=2024", UriKind.Relative)));
        var rows = director.QuerySelectorAll("[data-testid=form-row]").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("S0", StringComparison.Ordinal));
        Assert.NotNull(director.QuerySelector("[data-testid=distribution]"));
        Assert.Null(director.QuerySelector("[data-testid=xlsx]"));
        var affari = await Forms.ParseAsync(await (await app.ClientAsync(DirectorAffari)).GetAsync(new Uri("/valutazione?anno=2024", UriKind.Relative)));
        var affariRows = affari.QuerySelectorAll("[data-testid=form-row] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain($"/valutazione/scheda/{forms[Employee]}", affariRows);

        var nucleo = await Forms.ParseAsync(await (await app.ClientAsync(Nucleo)).GetAsync(new Uri("/valutazione?anno=2024", UriKind.Relative)));
        var nucleoLinks = nucleo.QuerySelectorAll("[data-testid=form-row] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, nucleoLinks.Count);
        Assert.Contains($"/valutazione/scheda/{forms[DirectorAffari]}", nucleoLinks);

        var all = await Forms.ParseAsync(await (await app.ClientAsync(Hr)).GetAsync(new Uri("/valutazione?anno=2024&vista=tutte", UriKind.Relative)));
        Assert.Contains(all.QuerySelectorAll("[data-testid=progress] td").Select(t => t.TextContent), t => t.Contains("Obiettivi individuali da assegnare", StringComparison.Ordinal));
        foreach (var user in Everyone)
        {
            var xlsx = await (await app.ClientAsync(user)).GetAsync(new Uri("/valutazione?handler=Xlsx&anno=2024", UriKind.Relative));
            Assert.True((user is Admin or Hr ? HttpStatusCode.OK : HttpStatusCode.NotFound) == xlsx.StatusCode, $"{user} XLSX: {xlsx.StatusCode}");
            if (xlsx.StatusCode == HttpStatusCode.OK)
            {
                var bytes = await xlsx.Content.ReadAsByteArrayAsync();
                Assert.Equal((byte)'P', bytes[0]);
            }
        }
    }

    [Fact]
    public async Task Settings_are_read_by_all_saved_by_the_administrator_art_9_refused_keeping_what_was_typed()
    {
        foreach (var user in Everyone)
        {
            Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync(user)).GetAsync(new Uri("/valutazione/impostazioni?anno=2024", UriKind.Relative))).StatusCode);
            Assert.True((user == Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden) == (await (await app.ClientAsync(user)).GetAsync(new Uri("/amministrazione/personale", UriKind.Relative))).StatusCode, user);
        }

        var admin = await app.ClientAsync(Admin);
        var page = await Forms.ParseAsync(await admin.GetAsync(new Uri("/valutazione/impostazioni?anno=2024", UriKind.Relative)));
        var fields = page.Forms.Single(f => f.QuerySelector("#pu-0") is not null).Elements
            .OfType<AngleSharp.Html.Dom.IHtmlElement>()
            .Select(e => e switch
            {
                AngleSharp.Html.Dom.IHtmlInputElement i when i.Type is "checkbox" => (i.Name, i.IsChecked ? i.Value : null),
                AngleSharp.Html.Dom.IHtmlInputElement i => (i.Name, i.Value),
                AngleSharp.Html.Dom.IHtmlTextAreaElement t => (t.Name, t.Value),
                AngleSharp.Html.Dom.IHtmlSelectElement s => (s.Name, s.Value),
                _ => (null, null),
            })
            .Where(f => f.Item1 is not null && f.Item2 is not null)
            .ToDictionary(f => f.Item1!, f => f.Item2!);
        fields["Pesi[0].Unit"] = "50";
        fields["Pesi[0].Objectives"] = "20";
        var refused = await admin.PostAsync(new Uri("/valutazione/impostazioni?anno=2024", UriKind.Relative), new FormUrlEncodedContent(fields));
        var refusedPage = await Forms.ParseAsync(refused);
        Assert.Contains("art. 9 c.1 lett. a", refusedPage.QuerySelector("[data-testid=problems]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("50", ((AngleSharp.Html.Dom.IHtmlInputElement)refusedPage.QuerySelector("#pu-0")!).Value);

        fields["Pesi[0].Unit"] = "60";
        fields["Pesi[0].Objectives"] = "10";
        var saved = await admin.PostAsync(new Uri("/valutazione/impostazioni?anno=2024", UriKind.Relative), new FormUrlEncodedContent(fields));
        var savedPage = await Forms.ParseAsync(saved);
        Assert.Contains("salvate", savedPage.QuerySelector("[data-testid=done]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("60", ((AngleSharp.Html.Dom.IHtmlInputElement)savedPage.QuerySelector("#pu-0")!).Value);

        var director = await app.ClientAsync(DirectorAffari);
        var token = await Forms.ParseAsync(await director.GetAsync(new Uri("/valutazione/impostazioni?anno=2024", UriKind.Relative)));
        fields["__RequestVerificationToken"] = ((AngleSharp.Html.Dom.IHtmlInputElement)token.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        Assert.Equal(HttpStatusCode.Forbidden, (await director.PostAsync(new Uri("/valutazione/impostazioni?anno=2024", UriKind.Relative), new FormUrlEncodedContent(fields))).StatusCode);
    }

    [Fact]
    public async Task The_staff_page_previews_errors_by_line_and_imports_nothing_until_confirmed()
    {
        var admin = await app.ClientAsync(Admin);
        var page = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/personale", UriKind.Relative)));
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var bad = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("Matricola;Cognome;Nome;Gruppo;Area;Unita\r\nX1;Rossi;Anna;Dipendente;Istruttori;Ufficio che non c'è\r\n")), "file", "personale.csv" },
        };
        var preview = await Forms.ParseAsync(await admin.PostAsync(new Uri("/amministrazione/personale?handler=Anteprima", UriKind.Relative), bad));
        Assert.Contains("Riga 2: Nessuna unità o settore del piano si chiama «Ufficio che non c'è»", preview.QuerySelector("[data-testid=staff-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(preview.QuerySelector("[data-testid=confirm-staff]"));

        using var good = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("Matricola;Cognome;Nome;Gruppo;Area;Unita;Note\r\nX1;Rossi;Anna;Dipendente;Istruttori;U.O.C. Lavori Pubblici-Patrimonio;nuova\r\n")), "file", "personale.csv" },
        };
        var ok = await Forms.ParseAsync(await admin.PostAsync(new Uri("/amministrazione/personale?handler=Anteprima", UriKind.Relative), good));
        Assert.Contains("1 persone: 1 nuove", ok.QuerySelector("[data-testid=staff-preview]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("«Note»", ok.QuerySelector("[data-testid=staff-warnings]")!.TextContent, StringComparison.Ordinal);
        var confirm = Forms.HiddenFields(ok, "Conferma");
        var done = await Forms.ParseAsync(await admin.PostAsync(new Uri("/amministrazione/personale?handler=Conferma", UriKind.Relative), new FormUrlEncodedContent(confirm)));
        Assert.Contains("1 nuove", done.QuerySelector("[data-testid=outcome]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rossi Anna", done.QuerySelector("[data-testid=staff]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HR_is_told_why_before_the_validation_and_downloads_the_scores_after_it()
    {
        await Evaluations.OpenAsync(app);
        foreach (var user in Everyone)
        {
            var client = await app.ClientAsync(user);
            Assert.True((user is Admin or Hr ? HttpStatusCode.OK : HttpStatusCode.Forbidden) == (await client.GetAsync(new Uri("/personale?anno=2024", UriKind.Relative))).StatusCode, $"{user} /personale");
            Assert.True((user is Admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden) == (await client.GetAsync(new Uri("/personale/impostazioni?anno=2024", UriKind.Relative))).StatusCode, $"{user} /personale/impostazioni");
        }

        var hr = await app.ClientAsync(Hr);
        var early = await Forms.ParseAsync(await hr.GetAsync(new Uri("/personale?anno=2024", UriKind.Relative)));
        Assert.Contains("quando il Nucleo di valutazione valida la Relazione", early.QuerySelector("[data-testid=not-yet]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(early.QuerySelector("[data-testid=people]"));
        var refused = await hr.GetAsync(new Uri("/personale?handler=Xlsx&anno=2024", UriKind.Relative));
        Assert.StartsWith("text/html", refused.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var engine = sp.GetRequiredService<PerformanceWorkflow.Application.Features.Workflows.WorkflowEngine>();
            var actors = sp.GetRequiredService<PerformanceWorkflow.Application.Security.ActorLoader>();
            async Task<PerformanceWorkflow.Application.Security.Actor> As(string user) => (await actors.LoadUserAsync(user, CancellationToken.None))!;
            var started = await engine.StartAsync("rendicontazione", 2024, null, await As(Admin), CancellationToken.None);
            var id = started.InstanceId!.Value;
            var relazione = sp.GetRequiredService<PerformanceWorkflow.Application.Features.Reporting.RelazioneService>();
            await relazione.GenerateAsync(2024, "test", CancellationToken.None);
            Assert.True((await engine.FireAsync(id, "proponi", await As(Admin), PerformanceWorkflow.Application.Features.Workflows.FireInput.None, CancellationToken.None)).Succeeded);
            Assert.True((await engine.FireAsync(id, "approva", await As(Secretary), PerformanceWorkflow.Application.Features.Workflows.FireInput.None, CancellationToken.None)).Succeeded);
            await relazione.UploadAsync(2024, PerformanceWorkflow.Domain.Reporting.ReportDocumentKind.Validation, "validazione.pdf", "%PDF-1.4 validazione"u8.ToArray(), "nucleo", CancellationToken.None);
            var validated = await engine.FireAsync(id, "valida_con_rilievi", await As(Nucleo), new PerformanceWorkflow.Application.Features.Workflows.FireInput("Validata con un rilievo sui tempi."), CancellationToken.None);
            Assert.True(validated.Succeeded, validated.Message);
        }

        var released = await Forms.ParseAsync(await hr.GetAsync(new Uri("/personale?anno=2024", UriKind.Relative)));
        Assert.NotNull(released.QuerySelector("[data-testid=released]"));
        Assert.NotEmpty(released.QuerySelectorAll("[data-testid=person-row]"));
        Assert.Equal(2, released.QuerySelectorAll("[data-testid=art20]").Length);
        var xlsx = await hr.GetAsync(new Uri("/personale?handler=Xlsx&anno=2024", UriKind.Relative));
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
        var csv = await (await hr.GetAsync(new Uri("/personale?handler=Csv&anno=2024", UriKind.Relative))).Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
    }

    [Fact]
    public async Task The_Relazione_is_for_the_controllo_the_segretario_and_the_Nucleo_until_published_then_for_all_staff()
    {
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var actors = scope.ServiceProvider.GetRequiredService<PerformanceWorkflow.Application.Security.ActorLoader>();
            var admin = (await actors.LoadUserAsync(Admin, CancellationToken.None))!;
            id = (await scope.ServiceProvider.GetRequiredService<PerformanceWorkflow.Application.Features.Workflows.WorkflowEngine>().StartAsync("rendicontazione", 2024, null, admin, CancellationToken.None)).InstanceId!.Value;
        }

        foreach (var user in Everyone)
        {
            var expected = user is Admin or Secretary or Nucleo ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.True(expected == (await (await app.ClientAsync(user)).GetAsync(new Uri("/rendicontazione/2024", UriKind.Relative))).StatusCode, $"{user} bozza");
        }

        // The administrator generates it from the page; a text file is refused as the Relazione, with the reason.
        var client = await app.ClientAsync(Admin);
        var page = await Forms.ParseAsync(await client.GetAsync(new Uri("/rendicontazione/2024", UriKind.Relative)));
        var generated = await Forms.ParseAsync(await client.PostAsync(new Uri("/rendicontazione/2024?handler=Genera", UriKind.Relative), new FormUrlEncodedContent(Forms.HiddenFields(page, "Genera"))));
        Assert.Contains("versione 1", generated.QuerySelector("[data-testid=done]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(generated.QuerySelector("[data-testid=document-Relazione-1]"));
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)generated.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var wrong = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Relazione"), "tipo" },
            { new ByteArrayContent("non è un documento Word"u8.ToArray()), "file", "relazione.txt" },
        };
        var refused = await Forms.ParseAsync(await client.PostAsync(new Uri("/rendicontazione/2024?handler=Carica", UriKind.Relative), wrong));
        Assert.Contains("documento Word (.docx)", refused.QuerySelector("[data-testid=error]")!.TextContent, StringComparison.Ordinal);

        // Through the whole flow to publication: then every member of staff reads it.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var actors = sp.GetRequiredService<PerformanceWorkflow.Application.Security.ActorLoader>();
            async Task<PerformanceWorkflow.Application.Security.Actor> As(string user) => (await actors.LoadUserAsync(user, CancellationToken.None))!;
            var engine = sp.GetRequiredService<PerformanceWorkflow.Application.Features.Workflows.WorkflowEngine>();
            var relazione = sp.GetRequiredService<PerformanceWorkflow.Application.Features.Reporting.RelazioneService>();
            async Task Fire(string trigger, string user, PerformanceWorkflow.Application.Features.Workflows.FireInput? input = null)
            {
                var result = await engine.FireAsync(id, trigger, await As(user), input ?? PerformanceWorkflow.Application.Features.Workflows.FireInput.None, CancellationToken.None);
                Assert.True(result.Succeeded, $"{trigger}: {result.Message}");
            }

            await Fire("proponi", Admin);
            await Fire("approva", Secretary);
            await relazione.UploadAsync(2024, PerformanceWorkflow.Domain.Reporting.ReportDocumentKind.Deliberation, "delibera.pdf", "%PDF-1.4 delibera"u8.ToArray(), Admin, CancellationToken.None);
            await Fire("delibera", Admin, new PerformanceWorkflow.Application.Features.Workflows.FireInput(null, new PerformanceWorkflow.Domain.Workflow.Deliberation("88", new DateOnly(2025, 5, 20))));
            await relazione.UploadAsync(2024, PerformanceWorkflow.Domain.Reporting.ReportDocumentKind.Validation, "validazione.pdf", "%PDF-1.4 validazione"u8.ToArray(), Nucleo, CancellationToken.None);
            await Fire("valida_dopo_delibera", Nucleo);
            await Fire("pubblica", Admin);
        }

        foreach (var user in Everyone)
        {
            var published = await (await app.ClientAsync(user)).GetAsync(new Uri("/rendicontazione/2024", UriKind.Relative));
            Assert.True(published.StatusCode == HttpStatusCode.OK, $"{user} pubblicata");
            var html = await Forms.ParseAsync(published);
            Assert.NotNull(html.QuerySelector("[data-testid=document-Validation-1]"));
            Assert.Equal(user is Admin or Secretary or Nucleo, html.QuerySelector("[data-testid=document-Deliberation-1]") is not null);
        }
    }

    public void Dispose() => app.Dispose();
}
