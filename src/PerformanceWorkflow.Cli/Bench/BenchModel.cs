using System.Text.Json.Serialization;

namespace PerformanceWorkflow.Cli.Bench;

/// <summary>
/// One measured case beside its baseline from the same run: <see cref="Ratio"/> is what to compare across machines,
/// <see cref="Value"/> and <see cref="Baseline"/> the absolute figures of this one.
/// </summary>
public sealed record BenchCase(string Name, double Value, string Unit, double Baseline, double Ratio, long N)
{
    [JsonIgnore]
    public string? Note { get; init; }

    /// <summary>For times (lower is better): value / baseline. For rates (higher is better): value / baseline too.</summary>
    public static BenchCase Of(string name, double value, string unit, double baseline, long n, string? note = null) =>
        new(name, Math.Round(value, 6), unit, Math.Round(baseline, 6), baseline == 0 ? 0 : Math.Round(value / baseline, 3), n) { Note = note };
}

public sealed record BenchMachine(int Cores, double MemoryGb);

public sealed record BenchReport(IReadOnlyList<BenchCase> Cases, BenchMachine Machine);
