using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>An indicator of the plan as a test needs it to choose a value.</summary>
internal sealed record PlannedIndicator(int Id, string Unit, string? Code, IndicatorKind Kind, string Target, string Title);

/// <summary>Helpers to fill values the way the controllo di gestione does: a CSV with IndicatorId and Value.</summary>
internal static class Values
{
    public static async Task<TestDatabase> ReferenceAsync(TimeProvider? time = null)
    {
        var db = await TestDatabase.CreateAsync(time);
        await db.RunAsync(sp => sp.GetRequiredService<ImportPlanHandler>().ImportAsync(new ImportRequest(Reference.TextBytes, "piao.txt", false, null, "test"), CancellationToken.None));
        return db;
    }

    public static Task<List<PlannedIndicator>> IndicatorsAsync(TestDatabase db, int year = 2024) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Indicators.AsNoTracking()
            .Where(i => i.ManagementObjective.ObjectiveAssignment.Year == year)
            .Select(i => new PlannedIndicator(i.Id, i.ManagementObjective.ObjectiveAssignment.Unit.Name, i.ManagementObjective.ObjectiveAssignment.OperationalObjective.Code, i.Kind, i.Target.Text, i.Title))
            .ToListAsync());

    public static byte[] Csv(IEnumerable<(int Id, string Value)> rows, string? note = null)
    {
        var builder = new StringBuilder("IndicatorId;Value;Note\r\n");
        foreach (var (id, value) in rows)
        {
            builder.Append(id.ToString(CultureInfo.InvariantCulture)).Append(';').Append(value).Append(';').Append(note).Append("\r\n");
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(builder.ToString())).ToArray();
    }

    public static Task<ValuesImportResult> ImportAsync(TestDatabase db, byte[] content, int round, int year = 2024, bool dryRun = false, string user = "controllo.gestione", string name = "valori.csv") =>
        db.RunAsync(sp => sp.GetRequiredService<ValuesImportHandler>().ImportAsync(new ValuesImportRequest(content, name, year, round, dryRun, user), CancellationToken.None));
}
