using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Reporting;
using PerformanceWorkflow.Application.Features.Simulation;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Application.Tests.Support;
using UglyToad.PdfPig;

namespace PerformanceWorkflow.Application.Tests.Reporting;

/// <summary>The Relazione of the rehearsed year (reference plan, consuntivo, causes, valutazione), read back as Word and PDF.</summary>
public sealed class RelazioneTests : IClassFixture<RelazioneTests.RehearsedYear>
{
    private readonly RehearsedYear year;

    public RelazioneTests(RehearsedYear year) => this.year = year;

    /// <summary>One rehearsal for the class: 20 seconds that every test here reads.</summary>
    public sealed class RehearsedYear : IAsyncLifetime
    {
        private readonly string directory = Directory.CreateTempSubdirectory("pw-relazione-").FullName;

        public TestDatabase Database { get; private set; } = null!;

        public byte[] Word { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await CycleSimulator.RunAsync(new SimulationRequest(2024, directory, 3), null, CancellationToken.None);
            Database = await TestDatabase.OpenAsync(Path.Combine(directory, "simulazione.db"));
            Word = (await Database.RunAsync(sp => sp.GetRequiredService<RelazioneService>().GenerateAsync(2024, "test", CancellationToken.None))).Content;
        }

        public async Task DisposeAsync()
        {
            await Database.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Text(OpenXmlElementContainer body) => string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));

    private sealed class OpenXmlElementContainer(Body body)
    {
        public IEnumerable<T> Descendants<T>() where T : DocumentFormat.OpenXml.OpenXmlElement => body.Descendants<T>();
    }

    [Fact]
    public async Task The_Word_file_has_every_department_every_objective_code_with_its_percent_and_cause_and_repeated_table_headers()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(year.Word), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = Text(new OpenXmlElementContainer(body));
        foreach (var heading in new[] { "1. Presentazione", "2.1 Principali risultati", "2.2 Contesto e risorse", "2.3 Performance organizzativa", "2.4 Performance individuale", "3. Il processo di misurazione e valutazione", "4. Validazione" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        var (departments, codes) = await year.Database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.Departments.Select(d => d.Name).ToListAsync(),
                await db.ObjectiveAssignments.Where(a => a.Year == 2024 && a.OperationalObjective.Code != null).Select(a => a.OperationalObjective.Code!).Distinct().ToListAsync());
        });
        Assert.All(departments, d => Assert.Contains(d, text, StringComparison.Ordinal));

        // The objectives' table: a row per indicator, each code there, its %, and the cause where below target.
        var table = body.Descendants<Table>().Single(t => t.Descendants<TableRow>().First().InnerText.Contains("Causa e azioni correttive", StringComparison.Ordinal));
        var rows = table.Descendants<TableRow>().Skip(1).Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.All(codes, code => Assert.Contains(rows, r => r[0] == code));
        Assert.All(rows.Where(r => r[10] != "—"), r => Assert.Contains("Azioni:", r[11], StringComparison.Ordinal));
        Assert.All(rows.Where(r => r[9] != "—"), r => Assert.EndsWith(" %", r[9], StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r[11] == "causa non indicata");

        // Every table's first row repeats on each page; the charts are images with a description.
        Assert.All(body.Descendants<Table>(), t => Assert.NotNull(t.Descendants<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.True(document.MainDocumentPart.ImageParts.Count() >= 2);
    }

    [Fact]
    public async Task Individual_performance_is_aggregate_and_no_evaluated_person_is_named_anywhere()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(year.Word), false);
        var text = Text(new OpenXmlElementContainer(document.MainDocumentPart!.Document.Body!));
        var names = await year.Database.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Staff.Select(s => s.LastName + " " + s.FirstName).ToListAsync());
        Assert.All(names, n => Assert.DoesNotContain(n, text, StringComparison.Ordinal));
        var individual = text[text.IndexOf("2.4 Performance individuale", StringComparison.Ordinal)..text.IndexOf("3. Il processo", StringComparison.Ordinal)];
        Assert.Contains("Dipendente", individual, StringComparison.Ordinal);
        Assert.Contains("n.p.", individual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Relazione_is_not_proposed_while_a_cause_is_missing_and_the_guard_says_which_and_whose()
    {
        await year.Database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var cause = await db.DeviationCauses.OrderBy(c => c.Id).FirstAsync();
            cause.Write(null, null, "test", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        try
        {
            // The rehearsed year's Relazione is already published: its guard is asked directly, as «Proponi» asks it.
            var verdict = await year.Database.RunAsync(async sp =>
            {
                var instance = await sp.GetRequiredService<AppDbContext>().WorkflowInstances.AsNoTracking().SingleAsync(i => i.Machine == "rendicontazione" && i.Year == 2024);
                var definition = sp.GetRequiredService<WorkflowEngine>().DefinitionOf(instance);
                return await sp.GetRequiredService<WorkflowHooks>().CheckAsync("relazioneReady", new TransitionScope(instance, definition, null, DateTime.UtcNow, Actor.System("test")), CancellationToken.None);
            });
            Assert.False(verdict.Passed);
            Assert.Contains("manca la causa dello scostamento di 1 indicatori", verdict.Reason, StringComparison.Ordinal);
            Assert.Contains("Dirigente", verdict.Reason, StringComparison.Ordinal);
        }
        finally
        {
            await year.Database.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var cause = await db.DeviationCauses.OrderBy(c => c.Id).FirstAsync();
                cause.Write("Causa ripristinata.", null, "test", DateTime.UtcNow);
                await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task The_publication_package_has_the_Relazione_the_validation_and_the_art_20_tables_without_names()
    {
        var zip = await year.Database.RunAsync(sp => sp.GetRequiredService<PublicationPackage>().BuildAsync(2024, CancellationToken.None));
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains(names, n => n.StartsWith("relazione-2024", StringComparison.Ordinal));
        Assert.Contains("validazione-2024.pdf", names);
        Assert.Contains("art20-2024-dirigenti.csv", names);
        Assert.Contains("art20-2024-personale.csv", names);
        Assert.Contains(names, n => n is "art20-2024.pdf" or "art20-2024.docx");
        using var reader = new StreamReader(archive.GetEntry("art20-2024-personale.csv")!.Open());
        var csv = await reader.ReadToEndAsync();
        Assert.Contains("Premi distribuiti;", csv, StringComparison.Ordinal);
        Assert.Contains("Fascia di punteggio", csv, StringComparison.Ordinal);
        var people = await year.Database.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Staff.Select(s => s.LastName + " " + s.FirstName).ToListAsync());
        Assert.All(people, p => Assert.DoesNotContain(p, csv, StringComparison.Ordinal));
        using var directors = new StreamReader(archive.GetEntry("art20-2024-dirigenti.csv")!.Open());
        Assert.Contains("Dirigenti", await directors.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public async Task The_PDF_is_rendered_by_LibreOffice_and_reads_back_with_every_department()
    {
        var (pdf, error) = await year.Database.RunAsync(sp => sp.GetRequiredService<RelazioneService>().RenderPdfAsync(2024, "test", CancellationToken.None));
        Assert.True(pdf is not null, error);
        using var reader = PdfDocument.Open(pdf.Content);
        var text = string.Join("\n", reader.GetPages().Select(p => p.Text));
        Assert.Contains("Relazione sulla Performance 2024", text, StringComparison.Ordinal);
        Assert.Contains("POLIZIA MUNICIPALE", text, StringComparison.Ordinal);
        Assert.Contains("Validazione", text, StringComparison.Ordinal);
        Assert.True(reader.NumberOfPages > 3);
    }
}
