namespace PerformanceWorkflow.Application.Data;

/// <summary>A plan import that changed the database: what, when, from which file, with which outcome.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public string FileName { get; set; } = string.Empty;

    /// <summary>SHA-256 of the file, to recognise the same file imported twice.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public string? UserName { get; set; }

    /// <summary>The summary printed by the import, as JSON.</summary>
    public string SummaryJson { get; set; } = string.Empty;
}

/// <summary>A file uploaded through the web and waiting for the user to confirm its preview; kept in the database so
/// that a restart or a second instance does not lose it.</summary>
public sealed class PendingImport
{
    public Guid Id { get; set; }

    public string FileName { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAtUtc { get; set; }

    public string? UserName { get; set; }
}
