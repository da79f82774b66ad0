using System.Diagnostics;
using System.Text.Json;

namespace PerformanceWorkflow.Application.Tests;

/// <summary>
/// The benchmarks keep working: `pw bench` on the tiny preset prints every case with its baseline and ratio, and each
/// BenchmarkDotNet method runs once. No thresholds: CI machines are shared and noisy; the figures are in docs/performance.md.
/// </summary>
public sealed class BenchSmokeTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pw-bench-").FullName;

    [Fact]
    public async Task Pw_bench_on_the_tiny_preset_prints_every_case_with_its_ratio()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "pw.dll"), "bench", "--preset", "tiny", "--json", "--dir", Path.Combine(directory, "bench") })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(process.ExitCode == 0, await error);

        using var json = JsonDocument.Parse(await output);
        var cases = json.RootElement.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        var expected = new List<string> { "scoring", "scoring.full", "scoring.full.structure", "workflow", "fanout", "import", "memory", "evaluation.start", "page.home", "page.attivita", "page.scheda", "page.punteggi", "page.home.amministrazione", "page.valutazione" };
        if (File.Exists("/usr/bin/wrk"))
        {
            expected.AddRange(["web.get.p50", "web.get.p95", "web.get.p99", "web.get.errors", "web.post.p50", "web.post.p95", "web.post.p99", "web.post.errors"]);
        }

        foreach (var name in expected)
        {
            Assert.True(cases.TryGetValue(name, out var item), $"manca il caso {name}: {await error}");
            Assert.Equal(["name", "value", "unit", "baseline", "ratio", "n"], item.EnumerateObject().Select(p => p.Name));
            if (!name.EndsWith(".errors", StringComparison.Ordinal))
            {
                Assert.True(item.GetProperty("value").GetDouble() > 0 && item.GetProperty("baseline").GetDouble() > 0, name);
                Assert.True(item.GetProperty("ratio").GetDouble() > 0, name);
            }
        }

        Assert.Equal(0, cases.GetValueOrDefault("web.get.errors").ValueKind == JsonValueKind.Undefined ? 0 : cases["web.get.errors"].GetProperty("value").GetDouble());
        var machine = json.RootElement.GetProperty("machine");
        Assert.True(machine.GetProperty("cores").GetInt32() >= 1);
        Assert.True(machine.GetProperty("memoryGb").GetDouble() > 0);
    }

    [Fact]
    public void Every_BenchmarkDotNet_method_runs_once() =>
        Assert.Equal(4, Benchmarks.Smoke.RunOnce().Count);

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
