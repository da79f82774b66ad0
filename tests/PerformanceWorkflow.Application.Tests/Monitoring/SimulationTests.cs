using PerformanceWorkflow.Application.Features.Simulation;

namespace PerformanceWorkflow.Application.Tests.Monitoring;

/// <summary>The rehearsal is deterministic: the same seed gives the same year.</summary>
public sealed class SimulationTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pw-sim-").FullName;

    [Fact]
    public async Task The_same_seed_gives_the_same_year_and_the_summary_counts_the_files()
    {
        var first = await CycleSimulator.RunAsync(new SimulationRequest(2024, Path.Combine(directory, "a"), 3), null, CancellationToken.None);
        var second = await CycleSimulator.RunAsync(new SimulationRequest(2024, Path.Combine(directory, "b"), 3), null, CancellationToken.None);
        Assert.Equal(first, second);
        Assert.Equal(first.Emails, EmailCounts.FromDirectory(Path.Combine(directory, "a", "mail")));
        Assert.Equal(first.Emails.Total, Directory.GetFiles(Path.Combine(directory, "a", "mail"), "*.eml").Length);

        var plan = Path.Combine(directory, "nessuno.txt");
        await File.WriteAllTextAsync(plan, "nessun piano qui");
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => CycleSimulator.RunAsync(new SimulationRequest(2024, Path.Combine(directory, "c"), 1, null, plan), null, CancellationToken.None));
        Assert.StartsWith("Il piano non si importa", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
