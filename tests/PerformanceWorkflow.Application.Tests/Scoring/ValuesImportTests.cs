using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Tests.Scoring;

/// <summary>Values in bulk: the template, the checks row by row, all-or-nothing, history.</summary>
public sealed class ValuesImportTests
{
    private static async Task<byte[]> TemplateAsync(TestDatabase db, int round, ValuesFormat format)
    {
        using var output = new MemoryStream();
        await db.RunAsync(sp => sp.GetRequiredService<ValuesTemplateHandler>().WriteAsync(2024, round, format, output, CancellationToken.None));
        return output.ToArray();
    }

    [Fact]
    public async Task The_csv_template_has_one_row_per_indicator_in_the_documented_columns_for_italian_excel()
    {
        await using var db = await Values.ReferenceAsync();
        var bytes = await TemplateAsync(db, 4, ValuesFormat.Csv);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("IndicatorId;Department;Unit;Code;ManagementObjective;Indicator;Kind;Target;DueDate;Value;Note", lines[0]);
        Assert.Equal(64, lines.Length);
        Assert.Contains(lines, l => l.Contains(";Tras_3;", StringComparison.Ordinal) && l.Contains(";Efficienza;-1;31/12/2024;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_filled_template_imports_and_the_next_template_holds_the_values_with_a_decimal_comma()
    {
        await using var db = await Values.ReferenceAsync();
        var template = Encoding.UTF8.GetString((await TemplateAsync(db, 2, ValuesFormat.Csv))[3..]);
        var filled = string.Join("\r\n", template.Split("\r\n").Select((line, i) =>
        {
            if (i == 0 || line.Length == 0)
            {
                return line;
            }

            var cells = line.Split(';');
            cells[9] = cells[6] == "Attività" ? "3" : cells[7] == "100 %" ? "62.5" : cells[7] == "-1" ? "-2" : "10,5";
            return string.Join(';', cells);
        }));

        var result = await Values.ImportAsync(db, Encoding.UTF8.GetBytes(filled), round: 2);

        Assert.True(result.Applied, string.Join("\n", result.Messages.Select(m => m.Message)));
        Assert.Equal((63, 63, 0, 0), (result.Rows, result.Entered, result.Changed, result.Cleared));
        var again = Encoding.UTF8.GetString((await TemplateAsync(db, 2, ValuesFormat.Csv))[3..]);
        Assert.Contains(";100 %;31/12/2024;62,5;", again, StringComparison.Ordinal);
        Assert.Contains(";10,5;", again, StringComparison.Ordinal);

        var unchanged = await Values.ImportAsync(db, Encoding.UTF8.GetBytes(again), round: 2);
        Assert.Equal((0, 0, 63), (unchanged.Entered, unchanged.Changed, unchanged.Unchanged));
    }

    [Fact]
    public async Task Reimporting_replaces_the_round_values_and_keeps_who_changed_what()
    {
        await using var db = await Values.ReferenceAsync();
        var activity = (await Values.IndicatorsAsync(db)).First(i => i.Kind == IndicatorKind.Activity);
        await Values.ImportAsync(db, Values.Csv([(activity.Id, "2")]), round: 1, user: "mario.rossi");
        var second = await Values.ImportAsync(db, Values.Csv([(activity.Id, "4")]), round: 1, user: "anna.bianchi");
        var third = await Values.ImportAsync(db, Values.Csv([(activity.Id, "")]), round: 1, user: "anna.bianchi");

        Assert.Equal((0, 1, 0), (second.Entered, second.Changed, second.Cleared));
        Assert.Equal(1, third.Cleared);
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            Assert.False(await context.Measurements.AnyAsync(m => m.IndicatorId == activity.Id));
            var history = await context.MeasurementChanges.AsNoTracking().Where(c => c.IndicatorId == activity.Id).OrderBy(c => c.Id).ToListAsync();
            Assert.Equal([(null, 2m, "mario.rossi"), (2m, 4m, "anna.bianchi"), (4m, null, "anna.bianchi")], history.Select(h => (h.OldValue, h.NewValue, h.ChangedBy)));
            Assert.All(history, h => Assert.Equal("import valori.csv", h.Source));
        });
    }

    [Fact]
    public async Task Columns_an_office_adds_are_read_past_with_a_warning_naming_them()
    {
        await using var db = await Values.ReferenceAsync();
        var activity = (await Values.IndicatorsAsync(db)).First(i => i.Kind == IndicatorKind.Activity);
        var file = Encoding.UTF8.GetBytes($"IndicatorId;Responsabile;Value;Note;Verificato\r\n{activity.Id};Ufficio tecnico;3;in corso;sì\r\n");
        var result = await Values.ImportAsync(db, file, round: 1);
        Assert.True(result.Applied, string.Join(" ", result.Messages.Select(m => m.Message)));
        Assert.Equal(1, result.Entered);
        Assert.Contains(result.Messages, m => m.Kind == Features.Plan.Import.ImportMessageKind.Warning && m.Line == 1 && m.Message.Contains("«Responsabile», «Verificato»", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_bad_row_is_an_error_with_its_row_number_and_nothing_is_imported()
    {
        await using var db = await Values.ReferenceAsync();
        var indicators = await Values.IndicatorsAsync(db);
        var activity = indicators.Where(i => i.Kind == IndicatorKind.Activity).ToList();
        var informational = indicators.First(i => i.Kind == IndicatorKind.Informational);
        var percent = indicators.First(i => i.Target == "100 %");
        var csv = Values.Csv([
            (activity[0].Id, "5"),
            (activity[1].Id, "6"),
            (activity[2].Id, "4,5"),
            (activity[3].Id, "molto"),
            (999999, "3"),
            (informational.Id, "tanti"),
            (activity[0].Id, "4"),
            (percent.Id, "-10"),
        ]);

        var result = await Values.ImportAsync(db, csv, round: 4);

        Assert.False(result.Applied);
        var errors = result.Messages.Where(m => m.Kind == ImportMessageKind.Error).ToDictionary(m => m.Line!.Value, m => m.Message);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], errors.Keys.Order());
        Assert.Contains("da 0 a 5", errors[3], StringComparison.Ordinal);
        Assert.Contains("intero", errors[4], StringComparison.Ordinal);
        Assert.Contains("non è un numero", errors[5], StringComparison.Ordinal);
        Assert.Contains("non esiste", errors[6], StringComparison.Ordinal);
        Assert.Contains("non è un numero", errors[7], StringComparison.Ordinal);
        Assert.Contains("due volte", errors[8], StringComparison.Ordinal);
        Assert.Contains("negativo", errors[9], StringComparison.Ordinal);
        Assert.Equal(0, await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Measurements.CountAsync()));
    }

    [Fact]
    public async Task A_value_for_an_indicator_of_another_year_is_refused_not_moved()
    {
        await using var db = await Values.ReferenceAsync();
        var plan2025 = Doc.Text(Doc.OperationalHeader, "SETTORE UNO|U.O.C. Prima|S9-1_1||Obiettivo 2025|Gestionale|Indicatore 2025||Attività|31/12/2025|5 (100%)");
        await db.RunAsync(sp => sp.GetRequiredService<ImportPlanHandler>().ImportAsync(new ImportRequest(Encoding.UTF8.GetBytes(plan2025), "piano-2025.txt", false, null, "test"), CancellationToken.None));
        var id2025 = (await Values.IndicatorsAsync(db, 2025)).Single().Id;

        var result = await Values.ImportAsync(db, Values.Csv([(id2025, "5")]), round: 4, year: 2024);

        Assert.False(result.Applied);
        Assert.Contains("appartiene al piano 2025", Assert.Single(result.Messages).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_xlsx_template_of_one_round_is_refused_for_another_round()
    {
        await using var db = await Values.ReferenceAsync();
        var workbook = await TemplateAsync(db, 2, ValuesFormat.Xlsx);
        Assert.Contains(ValuesTemplateHandler.InfoSheet, new MemoryStream(workbook).GetSheetNames());

        var wrong = await Values.ImportAsync(db, workbook, round: 3, name: "valori.xlsx");
        var right = await Values.ImportAsync(db, workbook, round: 2, name: "valori.xlsx");

        Assert.Contains("round 2, non del round 3", Assert.Single(wrong.Messages).Message, StringComparison.Ordinal);
        Assert.True(right.Applied);
    }

    [Fact]
    public async Task A_plan_import_that_would_remove_an_indicator_with_values_is_refused()
    {
        await using var db = await Values.ReferenceAsync();
        var hours = (await Values.IndicatorsAsync(db)).Single(i => i.Target == "ore 30");
        await Values.ImportAsync(db, Values.Csv([(hours.Id, "12")]), round: 1);

        var without = Reference.Text.Replace("Attivazione del servizio in accordo con la dirigenza scolastica e con aci nr ore\t\tEfficienza\t31/12/2024\tore 30", "Altro indicatore\t\tEfficienza\t31/12/2024\tore 30", StringComparison.Ordinal);
        var result = await db.RunAsync(sp => sp.GetRequiredService<ImportPlanHandler>().ImportAsync(new ImportRequest(Encoding.UTF8.GetBytes(without), "piao.txt", false, null, "test"), CancellationToken.None));

        Assert.False(result.Applied);
        Assert.Contains("ha valori registrati", Assert.Single(result.Summary.Errors).Message, StringComparison.Ordinal);
        Assert.True(await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Indicators.AnyAsync(i => i.Id == hours.Id)));
    }
}
