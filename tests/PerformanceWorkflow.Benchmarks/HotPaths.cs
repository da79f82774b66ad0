using System.Text;
using BenchmarkDotNet.Attributes;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Plan.Demo;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Benchmarks;

/// <summary>
/// The scoring engine over a synthetic plan of the sizes of <c>pw plan generate</c>: every dimension of one round.
/// The arrays are built as the loader builds them, so this is the engine alone, without the database.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private ScoringInput input = null!;

    [Params(63, 10_000, 50_000)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup() => input = SyntheticInput(Indicators, seed: 1);

    [Benchmark]
    public double? ComputeRound() => ScoringEngine.Compute(input).Organization.Percent;

    /// <summary>A plan shaped like the generator's: 100 indicators per unit, four per management objective, 24 strategic objectives.</summary>
    public static ScoringInput SyntheticInput(int indicators, int seed)
    {
        var random = new Random(seed);
        var targets = new[]
        {
            (IndicatorKind.Activity, TargetParser.Parse("5 (100%)", IndicatorKind.Activity)),
            (IndicatorKind.Efficiency, TargetParser.Parse("100 %", IndicatorKind.Efficiency)),
            (IndicatorKind.Efficiency, TargetParser.Parse(">= ore 24", IndicatorKind.Efficiency)),
            (IndicatorKind.Efficiency, TargetParser.Parse("-1", IndicatorKind.Efficiency)),
            (IndicatorKind.Informational, Target.None),
        };
        var units = Math.Max(1, indicators / 100);
        var assignments = Math.Max(1, indicators / 4);
        var strategic = 24;
        return new ScoringInput
        {
            Settings = ScoringSettings.Default,
            Indicators = [.. Enumerable.Range(0, indicators).Select(i =>
            {
                var (kind, target) = targets[random.Next(targets.Length)];
                double value = target.Measure == TargetMeasure.ActivityScale ? random.Next(0, 6) : random.Next(-3, 100);
                return new IndicatorInput(i + 1, kind, target, value, i % assignments, i % assignments);
            })],
            Assignments = [.. Enumerable.Range(0, assignments).Select(a => new AssignmentInput(a, a % units, a % strategic))],
            UnitDepartment = [.. Enumerable.Range(0, units).Select(u => u % Math.Max(1, units / 16))],
            DepartmentCount = Math.Max(1, units / 16),
            ManagementObjectiveCount = assignments,
            ObjectiveWeight = [.. Enumerable.Repeat(1.0, assignments)],
            StrategicMandateLine = [.. Enumerable.Range(0, strategic).Select(s => s / 3)],
            StrategicWeight = [.. Enumerable.Repeat(1.0, strategic)],
            MandateLineCount = 8,
        };
    }
}

/// <summary>Reading targets as the plan writes them: every target of the reference PIAO, and the odd ones.</summary>
[MemoryDiagnoser]
public class TargetParsingBenchmarks
{
    private static readonly (string Text, IndicatorKind Kind)[] Samples =
    [
        ("5 (100%)", IndicatorKind.Activity), ("100 %", IndicatorKind.Efficiency), (">= ore 24", IndicatorKind.Efficiency),
        ("ore 30", IndicatorKind.Efficiency), ("-1", IndicatorKind.Efficiency), ("5", IndicatorKind.Activity),
        ("≥ 90%", IndicatorKind.Effectiveness), ("€ 10.000,00", IndicatorKind.Economy), ("entro 30 giorni", IndicatorKind.Efficiency),
    ];

    [Benchmark]
    public int ParseAll()
    {
        var scorable = 0;
        foreach (var (text, kind) in Samples)
        {
            scorable += TargetParser.Parse(text, kind).IsScorable ? 1 : 0;
        }

        return scorable;
    }
}

/// <summary>The importer's reading of the reference PIAO text: segmenting, repairing and assembling the plan.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private readonly byte[] reference = DemoPlanSeeder.ReferenceDocument();

    [Benchmark]
    public int ParseReferencePlan() => PlanFileParser.Parse(reference, DemoPlanSeeder.FileName).Draft.Objectives.Count;
}

/// <summary>Filling a task email (text and HTML from one template) with a list of a director's indicators.</summary>
[MemoryDiagnoser]
public class EmailBenchmarks
{
    private EmailTemplates templates = null!;
    private Dictionary<string, string> values = null!;
    private List<EmailListItem> list = null!;

    [GlobalSetup]
    public void Setup()
    {
        templates = EmailTemplates.Load(Path.Combine(AppContext.BaseDirectory, "workflows", "templates")).Templates;
        values = new Dictionary<string, string>
        {
            ["Destinatario"] = "Dirigente", ["Round"] = "1° monitoraggio (31/03/2026)", ["Scadenza"] = "15/04/2026",
            ["Link"] = "http://localhost:5080/monitoraggio/scheda/1", ["Ente"] = "Comune di Esempio",
        };
        list = [.. Enumerable.Range(1, 25).Select(i => new EmailListItem($"S1-1_{i} Obiettivo operativo {i}", [$"Indicatore {i}: target 5 (100%), entro il 31/12/2026"]))];
    }

    [Benchmark]
    public int RenderTaskEmail() => templates.Render("monitoraggio-invito", values, list).Html.Length;
}

/// <summary>Runs each benchmark method once, without measuring: the CI's proof that they still work.</summary>
public static class Smoke
{
    public static IReadOnlyList<string> RunOnce()
    {
        var ran = new List<string>();
        var scoring = new ScoringBenchmarks { Indicators = 63 };
        scoring.Setup();
        Check(scoring.ComputeRound() is not null, "ScoringBenchmarks.ComputeRound", ran);
        Check(new TargetParsingBenchmarks().ParseAll() > 0, "TargetParsingBenchmarks.ParseAll", ran);
        Check(new ImportBenchmarks().ParseReferencePlan() > 0, "ImportBenchmarks.ParseReferencePlan", ran);
        var email = new EmailBenchmarks();
        email.Setup();
        Check(email.RenderTaskEmail() > 0, "EmailBenchmarks.RenderTaskEmail", ran);
        return ran;
    }

    private static void Check(bool ok, string name, List<string> ran)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"{name} non ha prodotto un risultato.");
        }

        ran.Add(name);
    }
}
