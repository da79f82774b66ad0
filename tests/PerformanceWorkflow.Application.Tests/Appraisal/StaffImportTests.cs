using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Tests.Appraisal;

public sealed class StaffImportTests
{
    private const string Header = "Matricola;Cognome;Nome;Email;Gruppo;Area;Unita;Valutatore;PartTime;MesiServizio;UserName";

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    private static async Task<TestDatabase> PlanWithPeopleAsync() => await Cycle.ReferenceWithPeopleAsync(new FakeTimeProvider(Cycle.Start));

    private static Task<int> CountAsync(TestDatabase db) => db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Staff.CountAsync());

    [Fact]
    public async Task A_good_file_is_imported_idempotently_and_the_chart_s_leaders_are_the_same_people()
    {
        await using var db = await PlanWithPeopleAsync();
        var file = Csv(
            "D01;Verdi;Anna;anna.verdi@comune.example;Dirigente;Dirigenza;SETTORE GESTIONE RISORSE, PERSONE, AZIENDE E TERRITORIO;;;;",
            "E01;Neri;Paolo;;EQ;Funzionari e EQ;U.O.C. Lavori Pubblici-Patrimonio;;;;",
            "P01;Blu;Sara;;Dipendente;Istruttori;Lavori Pubblici;;80;10;dipendente",
            "P02;Gialli;Ugo;;dipendente;Operatori;U.O.C. Lavori Pubblici-Patrimonio;E01;100;12;");
        var first = await Appraisals.ImportStaffAsync(db, file);
        Assert.True(first.Applied, string.Join(" ", first.Messages.Select(m => m.Message)));
        Assert.Equal((4, 4, 0, 0), (first.Rows, first.Added, first.Updated, first.Unchanged));
        var again = await Appraisals.ImportStaffAsync(db, file);
        Assert.Equal((0, 0, 4), (again.Added, again.Updated, again.Unchanged));
        var people = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Staff.AsNoTracking().ToDictionaryAsync(s => s.Matricola));
        var director = await Cycle.ActorAsync(db, "dirigente.risorse");
        var head = await Cycle.ActorAsync(db, "responsabile.llpp");
        Assert.Equal(director.UserId, people["D01"].UserId);
        Assert.Equal(head.UserId, people["E01"].UserId);
        Assert.Equal(RoleGroup.Staff, people["P02"].Group);
        Assert.Equal((80m, 10), (people["P01"].PartTimePercent, people["P01"].ServiceMonths));
        Assert.NotNull(people["P01"].UnitId);
        Assert.Equal("E01", people["P02"].EvaluatorMatricola);
    }

    [Fact]
    public async Task Extra_columns_are_ignored_with_a_warning_naming_them()
    {
        await using var db = await PlanWithPeopleAsync();
        var file = Encoding.UTF8.GetBytes(Header + ";Note;Telefono\r\nP01;Blu;Sara;;Dipendente;Istruttori;U.O.C. Lavori Pubblici-Patrimonio;;;;;in prova;123\r\n");
        var result = await Appraisals.ImportStaffAsync(db, file);
        Assert.True(result.Applied);
        Assert.Contains(result.Messages, m => m.Kind == ImportMessageKind.Warning && m.Message.Contains("«Note»", StringComparison.Ordinal) && m.Message.Contains("«Telefono»", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("P01;Blu;Sara;;Dipendente;Istruttori;Ufficio Inesistente;;;;", 2, "Nessuna unità o settore del piano si chiama «Ufficio Inesistente»")]
    [InlineData("P01;Blu;Sara;;Stagista;Istruttori;U.O.C. Lavori Pubblici-Patrimonio;;;;", 2, "non è tra quelli ammessi: Dirigente, EQ, Dipendente")]
    [InlineData("P01;Blu;Sara;;Dipendente;Istruttori;U.O.C. Lavori Pubblici-Patrimonio;;120;;", 2, "PartTime «120» non valido")]
    [InlineData("P01;Blu;Sara;;Dipendente;Istruttori;U.O.C. Lavori Pubblici-Patrimonio;;;13;", 2, "MesiServizio «13» non valido")]
    [InlineData("P01;Blu;Sara;;Dipendente;Istruttori;U.O.C.;;;;", 2, "corrisponde a più strutture")]
    [InlineData("P01;Blu;Sara;;Dipendente;Istruttori;U.O.C. Lavori Pubblici-Patrimonio;;;;nessuno.cosi", 2, "L'utente «nessuno.cosi» non esiste")]
    [InlineData("P01;Blu;Sara;;Dipendente;Istruttori;U.O.C. Lavori Pubblici-Patrimonio;X99;;;", 2, "Il valutatore «X99» non è una matricola")]
    public async Task A_bad_row_gives_a_clear_Italian_error_with_its_line_and_changes_nothing(string row, int line, string message)
    {
        await using var db = await PlanWithPeopleAsync();
        var result = await Appraisals.ImportStaffAsync(db, Csv("P00;Rossi;Luca;;Dipendente;Operatori;U.O.C. Lavori Pubblici-Patrimonio;;;;", row.Replace("P01;", "P01;", StringComparison.Ordinal)));
        Assert.False(result.Applied);
        Assert.Contains(result.Messages, m => m.Kind == ImportMessageKind.Error && m.Line == line + 1 && m.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(db));
    }

    [Fact]
    public async Task A_duplicate_matricola_names_both_lines()
    {
        await using var db = await PlanWithPeopleAsync();
        var result = await Appraisals.ImportStaffAsync(db, Csv(
            "P01;Blu;Sara;;Dipendente;Istruttori;U.O.C. Lavori Pubblici-Patrimonio;;;;",
            "P01;Rossi;Luca;;Dipendente;Operatori;U.O.C. Lavori Pubblici-Patrimonio;;;;"));
        Assert.Contains(result.Messages, m => m.Kind == ImportMessageKind.Error && m.Line == 3 && m.Message.Contains("«P01» è ripetuta (già alla riga 2)", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(db));
    }

    [Fact]
    public async Task An_empty_file_a_header_alone_and_a_binary_renamed_csv_are_refused()
    {
        await using var db = await PlanWithPeopleAsync();
        Assert.Contains((await Appraisals.ImportStaffAsync(db, [])).Messages, m => m.Message.Contains("vuoto", StringComparison.Ordinal));
        Assert.Contains((await Appraisals.ImportStaffAsync(db, Csv())).Messages, m => m.Message.Contains("non contiene persone", StringComparison.Ordinal));
        var binary = new byte[2048];
        new Random(3).NextBytes(binary);
        var refused = await Appraisals.ImportStaffAsync(db, binary, "personale.csv");
        Assert.False(refused.Applied);
        Assert.Contains(refused.Messages, m => m.Kind == ImportMessageKind.Error);
        Assert.Equal(0, await CountAsync(db));
    }

    [Fact]
    public async Task An_xlsx_file_is_read_like_the_csv()
    {
        await using var db = await PlanWithPeopleAsync();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new[]
        {
            new Dictionary<string, object> { ["Matricola"] = "P01", ["Cognome"] = "Blu", ["Nome"] = "Sara", ["Email"] = "", ["Gruppo"] = "Dipendente", ["Area"] = "Istruttori", ["Unita"] = "U.O.C. Lavori Pubblici-Patrimonio", ["Valutatore"] = "", ["PartTime"] = 50, ["MesiServizio"] = 12, ["UserName"] = "" },
        });
        var result = await Appraisals.ImportStaffAsync(db, stream.ToArray(), "personale.xlsx");
        Assert.True(result.Applied, string.Join(" ", result.Messages.Select(m => m.Message)));
        Assert.Equal(50m, await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Staff.Select(s => s.PartTimePercent).SingleAsync()));
    }
}
