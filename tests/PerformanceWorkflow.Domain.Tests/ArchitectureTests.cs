using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Domain.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void The_domain_references_no_framework_beyond_the_base_library()
    {
        var references = typeof(Indicator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var forbidden = references.Where(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || n.StartsWith("Hangfire", StringComparison.Ordinal)
            || n.StartsWith("MailKit", StringComparison.Ordinal)
            || n.StartsWith("Stateless", StringComparison.Ordinal)).ToList();
        Assert.Empty(forbidden);
        Assert.All(references, n => Assert.True(n.StartsWith("System", StringComparison.Ordinal) || n == "netstandard", $"Riferimento inatteso: {n}"));
    }
}
