using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Tests.Scoring;

/// <summary>
/// The reference plan filled with chosen values, scored, and checked against a computation done by hand here:
/// activities at 5, 3, 4, 2, 1, 5 in the six units (100, 60, 80, 40, 20, 100 %), every "100 %" at 50, every
/// "&gt;= ore 24" at 12 hours (50 %), "ore 30" at 30 (100 %), every "-1" at 5 days late (0 %), data at 3 (ignored).
/// </summary>
public sealed class ScoreHandComputationTests
{
    private const string General = "U.O.C. Affari Generali, Servizi Demografici, URP";
    private const string Budget = "U.O.C. Bilancio e Risorse Umane, Tributi, Partecipate";
    private const string Works = "U.O.C. Lavori Pubblici-Patrimonio";
    private const string Schools = "U.O.C. Pubblica istruzione, cultura, sport, sociale e turismo";
    private const string Territory = "U.O.C. Territorio e Sviluppo-Suap";
    private const string Police = "U.O.A. POLIZIA MUNICIPALE";

    private static readonly Dictionary<string, int> ActivityByUnit = new()
    {
        [General] = 5, [Budget] = 3, [Works] = 4, [Schools] = 2, [Territory] = 1, [Police] = 5,
    };

    private static string ValueFor(PlannedIndicator i) => i.Kind switch
    {
        IndicatorKind.Activity => ActivityByUnit[i.Unit].ToString(System.Globalization.CultureInfo.InvariantCulture),
        IndicatorKind.Informational => "3",
        _ => i.Target switch
        {
            "100 %" => "50",
            ">= ore 24" => "12",
            "ore 30" => "30",
            "-1" => "5",
            _ => throw new InvalidOperationException(i.Target),
        },
    };

    private static async Task<(TestDatabase Db, ScoreReport Report)> ScoredAsync(Func<TestDatabase, Task>? before = null)
    {
        var db = await Values.ReferenceAsync();
        var indicators = await Values.IndicatorsAsync(db);
        var result = await Values.ImportAsync(db, Values.Csv(indicators.Select(i => (i.Id, ValueFor(i)))), round: 4);
        Assert.True(result.Applied);
        if (before is not null)
        {
            await before(db);
        }

        var report = await db.RunAsync(async sp =>
        {
            var scores = sp.GetRequiredService<ScoreService>();
            var round = await scores.RoundAsync(2024, 4, CancellationToken.None);
            return await scores.ComputeAsync(2024, round!.Id, CancellationToken.None);
        });
        return (db, report);
    }

    [Fact]
    public async Task Units_departments_and_the_organization_are_flat_means_computed_by_hand()
    {
        var (db, report) = await ScoredAsync();
        await using var _ = db;

        // Units: scoring indicators and their sum, by hand from the plan.
        // Affari Generali: 8 activities ×100, S1-1_1 50, S1-1_6 50, Tras_2 50, Tras_3 0 → 950 / 12.
        // Bilancio: 11 ×60, S2-1_6 50, Tras_2 50, Tras_3 0 → 760 / 14.   Lavori Pubblici: 8 ×80, 50, 0 → 690 / 10.
        // Pubblica istruzione: 6 ×40, 50, 0 → 290 / 8.   Territorio: 4 ×20, 50, 0 → 130 / 6.
        // Polizia Municipale: 5 ×100, PM_4 100, Tras_2 50, Tras_3 0 → 650 / 8.
        var units = report.Units.ToDictionary(u => u.Name, u => u.Score);
        Assert.Equal((950.0 / 12, 12), (units[General].Percent!.Value, units[General].Indicators));
        Assert.Equal((760.0 / 14, 14), (units[Budget].Percent!.Value, units[Budget].Indicators));
        Assert.Equal((690.0 / 10, 10), (units[Works].Percent!.Value, units[Works].Indicators));
        Assert.Equal((290.0 / 8, 8), (units[Schools].Percent!.Value, units[Schools].Indicators));
        Assert.Equal((130.0 / 6, 6), (units[Territory].Percent!.Value, units[Territory].Indicators));
        Assert.Equal((650.0 / 8, 8), (units[Police].Percent!.Value, units[Police].Indicators));

        // The Settore Gestione Risorse: its 38 indicators, not its four units' means.
        var department = report.Departments.Single(d => d.Name.StartsWith("SETTORE GESTIONE", StringComparison.Ordinal)).Score;
        var flat = (760.0 + 690 + 290 + 130) / 38;
        var meanOfUnits = ((760.0 / 14) + (690.0 / 10) + (290.0 / 8) + (130.0 / 6)) / 4;
        Assert.Equal(flat, department.Percent!.Value, precision: 10);
        Assert.Equal(38, department.Indicators);
        Assert.True(Math.Abs(flat - meanOfUnits) > 3, $"{flat} vs {meanOfUnits}");

        Assert.Equal((950.0 + 1870 + 650) / 58, report.Organization.Percent!.Value, precision: 10);
        Assert.Equal(58, report.Organization.Indicators);

        var informational = report.Indicators.Where(i => i.Kind == IndicatorKind.Informational).ToList();
        Assert.Equal(5, informational.Count);
        Assert.All(informational, i => Assert.Equal((3.0, (double?)null, ScoreRule.Informational), (i.Value!.Value, i.Percent, i.Rule)));
    }

    [Fact]
    public async Task Mandate_lines_are_weighted_means_with_the_year_weights()
    {
        // 4-POLITICHE SOCIALI holds TEATRO (Lavori Pubblici, 80 %) and three objectives of Pubblica istruzione (40 %).
        var (db, plain) = await ScoredAsync();
        await using var _ = db;
        Assert.Equal((80.0 + 40 + 40 + 40) / 4, plain.MandateLines.Single(m => m.Name == "4-POLITICHE SOCIALI").Score.Percent!.Value, precision: 10);
        Assert.Null(plain.MandateLines.Single(m => m.Name == "6-TURISMO E CULTURA").Score.Percent);

        // TEATRO weighs 3 in 2024: (80×3 + 40 + 40 + 40) / (3 + 1 + 1 + 1) = 60 %.
        var teatro = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().OperationalObjectives.Where(o => o.Code == "S2-4_7").Select(o => o.Id).SingleAsync());
        var settings = await db.RunAsync(sp => sp.GetRequiredService<ScoringSettingsHandler>().SaveAsync(2024, ScoringSettings.Default, [(WeightedElement.Objective, teatro, 3m)], CancellationToken.None));
        Assert.Empty(settings);
        var weighted = await db.RunAsync(async sp =>
        {
            var scores = sp.GetRequiredService<ScoreService>();
            return await scores.ComputeAsync(2024, (await scores.RoundAsync(2024, 4, CancellationToken.None))!.Id, CancellationToken.None);
        });
        Assert.Equal(((80.0 * 3) + 40 + 40 + 40) / 6, weighted.MandateLines.Single(m => m.Name == "4-POLITICHE SOCIALI").Score.Percent!.Value, precision: 10);

        // Weights never change the flat dimensions.
        Assert.Equal(plain.Organization, weighted.Organization);
    }

    [Fact]
    public async Task The_head_read_for_dashboards_is_the_stored_reports_top()
    {
        var (db, _) = await ScoredAsync();
        await using var _ = db;
        var (full, head) = await db.RunAsync(async sp =>
        {
            var scores = sp.GetRequiredService<ScoreService>();
            var round = (await scores.RoundAsync(2024, 4, CancellationToken.None))!;
            var stored = await scores.GetAsync(2024, round.Id, CancellationToken.None);
            return (stored, await scores.HeadAsync(2024, round.Id, CancellationToken.None));
        });

        Assert.Equal(full.Organization, head.Organization);
        Assert.Equal(full.Departments, head.Departments);
        Assert.Equal(full.ComputedAtUtc, head.ComputedAtUtc);
        Assert.Equal(3, head.Departments.Count);
    }

    [Fact]
    public async Task Changing_the_lower_is_better_rule_recomputes_the_payment_timeliness_indicators()
    {
        var (db, report) = await ScoredAsync(d => d.RunAsync(sp => sp.GetRequiredService<ScoringSettingsHandler>()
            .SaveAsync(2024, new ScoringSettings(true, LowerIsBetterRule.LinearBand, 10m), [], CancellationToken.None)));
        await using var _ = db;

        // 5 days late against -1 with a 10-day band: (−1 + 10 − 5) / 10 = 40 %.
        Assert.All(report.Indicators.Where(i => i.Target == "-1"), i => Assert.Equal((40.0, ScoreRule.LowerIsBetterBand), (i.Percent!.Value, i.Rule)));
    }

    [Fact]
    public async Task Snapshots_are_recomputed_once_per_change_and_pages_read_them_fresh()
    {
        var (db, _) = await ScoredAsync();
        await using var __ = db;
        await db.RunAsync(async sp =>
        {
            var scores = sp.GetRequiredService<ScoreService>();
            var round = (await scores.RoundAsync(2024, 4, CancellationToken.None))!;

            // The import already asked for a recomputation (inline without a job server): nothing left to do.
            Assert.True((await scores.FreshnessAsync(2024, round.Id, CancellationToken.None)).Fresh);
            Assert.Equal(0, await scores.RecomputeYearAsync(2024, CancellationToken.None));

            // A change makes the year stale; one recomputation catches up, a second finds nothing to do.
            await ScoringVersions.BumpAsync(sp.GetRequiredService<AppDbContext>(), 2024, CancellationToken.None);
            Assert.False((await scores.FreshnessAsync(2024, round.Id, CancellationToken.None)).Fresh);
            Assert.Equal(1, await scores.RecomputeYearAsync(2024, CancellationToken.None));
            Assert.Equal(0, await scores.RecomputeYearAsync(2024, CancellationToken.None));

            await ScoringVersions.BumpAsync(sp.GetRequiredService<AppDbContext>(), 2024, CancellationToken.None);
            var report = await scores.GetAsync(2024, round.Id, CancellationToken.None);
            Assert.True((await scores.FreshnessAsync(2024, round.Id, CancellationToken.None)).Fresh);
            Assert.Equal(58, report.Organization.Indicators);
        });
    }

    [Fact]
    public async Task Every_number_has_an_explanation_that_reproduces_it()
    {
        var (db, report) = await ScoredAsync();
        await using var _ = db;
        var department = report.Departments.Single(d => d.Name.StartsWith("SETTORE GESTIONE", StringComparison.Ordinal));
        var explanation = await db.RunAsync(sp => sp.GetRequiredService<ScoreService>().ExplainAsync(2024, report.RoundId, Dimension.Department, department.Id, CancellationToken.None));

        Assert.NotNull(explanation);
        Assert.Equal(department.Score.Percent, explanation.Percent);
        Assert.Equal(42, explanation.Rows.Count);
        Assert.Equal(38, explanation.Rows.Count(r => r.Percent is not null));
        Assert.StartsWith("Media aritmetica di 38 indicatori", explanation.Formula, StringComparison.Ordinal);
        Assert.Equal(Budget, explanation.Rows[0].Unit);
    }

    [Fact]
    public async Task Pw_score_json_prints_the_numbers_computed_by_hand()
    {
        var (db, _) = await ScoredAsync();
        await using var __ = db;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "pw.dll"), "score", "--year", "2024", "--json", "--db", db.Connection })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal((2024, 4), (root.GetProperty("year").GetInt32(), root.GetProperty("round").GetInt32()));
        Assert.Equal(3470.0 / 58, root.GetProperty("organization").GetProperty("percent").GetDouble(), precision: 10);
        Assert.Equal(58, root.GetProperty("organization").GetProperty("indicators").GetInt32());
        var department = root.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("name").GetString()!.StartsWith("SETTORE GESTIONE", StringComparison.Ordinal));
        Assert.Equal(1870.0 / 38, department.GetProperty("percent").GetDouble(), precision: 10);
        var unit = root.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("name").GetString() == Territory);
        Assert.Equal((130.0 / 6, "SETTORE GESTIONE RISORSE, PERSONE, AZIENDE E TERRITORIO"), (unit.GetProperty("percent").GetDouble(), unit.GetProperty("department").GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("mandateLines").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "6-TURISMO E CULTURA").GetProperty("percent").ValueKind);
        var objective = root.GetProperty("objectives").EnumerateArray().First(o => o.GetProperty("code").GetString() == "PM_4");
        Assert.Equal((100.0, 1), (objective.GetProperty("percent").GetDouble(), objective.GetProperty("indicators").GetInt32()));
        var indicator = root.GetProperty("indicators").EnumerateArray().First(i => i.GetProperty("target").GetString() == "-1");
        Assert.Equal(("Efficiency", 5.0, 0.0, "LowerIsBetterAllOrNothing"), (indicator.GetProperty("kind").GetString(), indicator.GetProperty("value").GetDouble(), indicator.GetProperty("percent").GetDouble(), indicator.GetProperty("rule").GetString()));
        Assert.Equal(63, root.GetProperty("indicators").GetArrayLength());
    }
}
