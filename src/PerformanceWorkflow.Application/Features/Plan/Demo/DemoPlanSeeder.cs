using PerformanceWorkflow.Application.Features.Plan.Import;

namespace PerformanceWorkflow.Application.Features.Plan.Demo;

/// <summary>The reference PIAO (section 2.2 of a Tuscan Comune's 2024–2026 plan), shipped as demo data.</summary>
public sealed class DemoPlanSeeder(ImportPlanHandler import)
{
    public const string FileName = "piao-2024-sezione-2.2-performance.txt";

    /// <summary>The bytes of the reference document, as published (defects included).</summary>
    public static byte[] ReferenceDocument()
    {
        using var stream = typeof(DemoPlanSeeder).Assembly.GetManifestResourceStream("DemoPlan.txt")
            ?? throw new InvalidOperationException("Risorsa del piano dimostrativo mancante.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public Task<ImportResult> SeedAsync(CancellationToken cancellationToken) =>
        import.ImportAsync(new ImportRequest(ReferenceDocument(), FileName, DryRun: false, Year: null, UserName: "demo"), cancellationToken);
}
