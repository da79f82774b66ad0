using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Export;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Tests.Support;

namespace PerformanceWorkflow.Application.Tests.Plan;

/// <summary>Importing into a real SQLite file: transactional, idempotent, identities stable.</summary>
public sealed class PlanPersistenceTests
{
    private static Task<ImportResult> ImportAsync(TestDatabase db, byte[] content, string name, bool dryRun = false) =>
        db.RunAsync(sp => sp.GetRequiredService<ImportPlanHandler>().ImportAsync(new ImportRequest(content, name, dryRun, null, "test"), CancellationToken.None));

    private static Task<(int Departments, int Units, int Objectives, int Assignments, int Indicators, int Lines, int Strategic, int Missions, int Links, int Runs)> CountAsync(TestDatabase db) =>
        db.RunAsync(async sp =>
        {
            var c = sp.GetRequiredService<AppDbContext>();
            return (await c.Departments.CountAsync(), await c.Units.CountAsync(), await c.OperationalObjectives.CountAsync(), await c.ObjectiveAssignments.CountAsync(),
                await c.Indicators.CountAsync(), await c.MandateLines.CountAsync(), await c.StrategicObjectives.CountAsync(), await c.BudgetMissions.CountAsync(),
                await c.ObjectiveLinks.CountAsync(), await c.ImportRuns.CountAsync());
        });

    private static Task<Dictionary<string, int>> IndicatorIdsAsync(TestDatabase db) =>
        db.RunAsync(async sp => (await sp.GetRequiredService<AppDbContext>().Indicators.AsNoTracking()
                .Select(i => new { i.Id, i.Title, Unit = i.ManagementObjective.ObjectiveAssignment.Unit.Name, Code = i.ManagementObjective.ObjectiveAssignment.OperationalObjective.Code, i.Position, Mo = i.ManagementObjective.Position })
                .ToListAsync())
            .ToDictionary(i => $"{i.Unit}|{i.Code}|{i.Mo}|{i.Position}", i => i.Id));

    private static Task<string> PlanJsonAsync(TestDatabase db, int year) =>
        db.RunAsync(async sp => JsonSerializer.Serialize(await sp.GetRequiredService<PlanQueries>().GetAsync(year, CancellationToken.None)));

    [Fact]
    public async Task Migrations_apply_to_an_empty_file_and_match_the_model()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
            Assert.False(context.Database.HasPendingModelChanges(), "Il modello è cambiato senza una nuova migrazione.");
        });
        Assert.True(TestDatabase.IsPostgreSql || File.Exists(db.FilePath));
    }

    [Fact]
    public async Task The_reference_document_is_stored_as_the_plan_of_three_years()
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await ImportAsync(db, Reference.TextBytes, "piao.txt");

        Assert.True(result.Applied);
        Assert.Equal((3, 6, 48, 52, 63, 8, 13, 10), (await CountAsync(db)) is var c ? (c.Departments, c.Units, c.Objectives, c.Assignments, c.Indicators, c.Lines, c.Strategic, c.Missions) : default);
        var years = await db.RunAsync(sp => sp.GetRequiredService<PlanQueries>().YearsAsync(CancellationToken.None));
        Assert.Equal([2024, 2025, 2026], years);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public async Task The_home_page_counts_agree_with_the_plan_tree(int year)
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, Reference.TextBytes, "piao.txt");
        var (tree, summary) = await db.RunAsync(async sp =>
        {
            var queries = sp.GetRequiredService<PlanQueries>();
            return ((await queries.GetAsync(year, CancellationToken.None))!, (await queries.SummaryAsync(year, CancellationToken.None))!);
        });

        var objectives = tree.Departments.SelectMany(d => d.Units).SelectMany(u => u.Objectives).ToList();
        var indicators = objectives.SelectMany(o => o.ManagementObjectives).SelectMany(m => m.Indicators).ToList();
        Assert.Equal(tree.Departments.Select(d => (d.Id, d.Name, d.Units.Count, d.Units.SelectMany(u => u.Objectives).Count(o => o.ManagementObjectives.Count > 0))),
            summary.Departments.Select(d => (d.Id, d.Name, d.Units, d.Objectives)));
        Assert.Equal(tree.Departments.Sum(d => d.Units.Count), summary.Units);
        Assert.Equal(objectives.Count(o => o.ManagementObjectives.Count > 0), summary.Objectives);
        Assert.Equal(objectives.Count(o => o.ManagementObjectives.Count == 0), summary.Announced);
        Assert.Equal(indicators.Count, summary.Indicators);
        foreach (var kind in Enum.GetValues<Domain.Plan.IndicatorKind>())
        {
            Assert.Equal(indicators.Count(i => i.Kind == kind.ToString()), summary.Count(kind));
        }

        // The reference plan details its indicators for 2024 only; the later years are announced by the triennial table.
        Assert.Equal(year == 2024 ? (63, 52) : (0, 0), (summary.Indicators, summary.Objectives));
        Assert.True(year == 2024 || summary.Announced > 0);
    }

    [Fact]
    public async Task The_same_file_twice_leaves_the_same_plan()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, Reference.TextBytes, "piao.txt");
        var ids = await IndicatorIdsAsync(db);
        var before = await PlanJsonAsync(db, 2024);

        var again = await ImportAsync(db, Reference.TextBytes, "piao.txt");

        Assert.True(again.Changes!.None);
        Assert.Equal(ids, await IndicatorIdsAsync(db));
        Assert.Equal(before, await PlanJsonAsync(db, 2024));
    }

    [Fact]
    public async Task A_corrected_file_updates_the_plan_and_keeps_identities()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, Reference.TextBytes, "piao.txt");
        var ids = await IndicatorIdsAsync(db);

        var corrected = Reference.Text
            .Replace("impiego di etilometro e precursore", "impiego di etilometro e precursori", StringComparison.Ordinal)
            .Replace("Efficienza\t31/12/2024\tore 30", "Efficienza\t31/12/2024\tore 40", StringComparison.Ordinal)
            .Replace("\t\t\t\t\t\tPubblicazione su amministrazione trasparente della relazione del cug sull'attività svolta\tUfficio Personale\tAttività\t31/12/2024\t5 (100%)\n", string.Empty, StringComparison.Ordinal);
        var result = await ImportAsync(db, Encoding.UTF8.GetBytes(corrected), "piao-corretto.txt");

        Assert.True(result.Applied);
        Assert.Equal(62, (await CountAsync(db)).Indicators);
        var after = await IndicatorIdsAsync(db);
        Assert.Equal(62, after.Count(kv => ids.TryGetValue(kv.Key, out var id) && id == kv.Value));
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            var hours = await context.Indicators.AsNoTracking().SingleAsync(i => i.Title.StartsWith("Attivazione del servizio in accordo"));
            Assert.Equal(40m, hours.Target.Threshold);
            Assert.Single(await context.Indicators.AsNoTracking().Where(i => i.Title.EndsWith("precursori")).ToListAsync());
        });
    }

    [Fact]
    public async Task A_file_with_errors_changes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, Reference.TextBytes, "piao.txt");
        var before = await CountAsync(db);
        var json = await PlanJsonAsync(db, 2024);

        var broken = Reference.Text.Replace("Efficienza\t31/12/2024\tore 30", "Efficienza\t31/13/2024\tore 30", StringComparison.Ordinal);
        var result = await ImportAsync(db, Encoding.UTF8.GetBytes(broken), "piao-errato.txt");

        Assert.False(result.Applied);
        Assert.Single(result.Summary.Errors);
        Assert.Equal(before, await CountAsync(db));
        Assert.Equal(json, await PlanJsonAsync(db, 2024));
    }

    [Fact]
    public async Task A_dry_run_only_previews()
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await ImportAsync(db, Reference.TextBytes, "piao.txt", dryRun: true);
        Assert.False(result.Applied);
        Assert.Equal(63, result.Summary.Indicators);
        Assert.Equal(0, (await CountAsync(db)).Indicators);
    }

    [Fact]
    public async Task A_file_over_the_configured_size_limit_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync(settings: new Dictionary<string, string?> { ["Import:MaxFileSizeMb"] = "0" });
        var result = await ImportAsync(db, Reference.TextBytes, "piao.txt");
        Assert.False(result.Applied);
        Assert.Contains("supera il limite", Assert.Single(result.Summary.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_and_importing_into_an_empty_database_reproduces_the_plan()
    {
        await using var source = await TestDatabase.CreateAsync();
        await ImportAsync(source, Reference.TextBytes, "piao.txt");
        using var workbook = new MemoryStream();
        await source.RunAsync(sp => sp.GetRequiredService<ExportPlanHandler>().ExportAsync(workbook, CancellationToken.None));

        await using var target = await TestDatabase.CreateAsync();
        var result = await ImportAsync(target, workbook.ToArray(), "piano.xlsx");

        Assert.True(result.Applied);
        Assert.Empty(result.Summary.Errors);
        Assert.DoesNotContain(result.Messages, m => m.Kind == ImportMessageKind.Ambiguous);
        var (s, t) = (await CountAsync(source), await CountAsync(target));
        Assert.Equal(s with { Runs = 0 }, t with { Runs = 0 });
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            Assert.Equal(await PlanJsonAsync(source, year), await PlanJsonAsync(target, year));
        }
    }

    [Fact]
    public async Task The_office_workbook_imported_after_the_document_keeps_the_mandate_links()
    {
        await using var db = await TestDatabase.CreateAsync();
        await ImportAsync(db, Reference.TextBytes, "piao.txt");
        var links = (await CountAsync(db)).Links;
        var ids = await IndicatorIdsAsync(db);

        var result = await ImportAsync(db, Reference.Workbook, "piao-2024-operativo.xlsx");

        Assert.True(result.Applied);
        Assert.True(result.Changes!.None, $"Modifiche inattese: {result.Changes}");
        Assert.Equal(links, (await CountAsync(db)).Links);
        Assert.Equal(ids, await IndicatorIdsAsync(db));
    }
}
