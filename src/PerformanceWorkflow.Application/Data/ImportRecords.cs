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

    /// <summary>What the upload is for: "plan" or "values".</summary>
    public string Purpose { get; set; } = "plan";

    /// <summary>The choices made with the upload (year, round), as JSON.</summary>
    public string? Parameters { get; set; }
}

/// <summary>
/// The scores of a year and round as last computed, with the version of the inputs they were computed from: the pages
/// read it (cheap) and show when it was computed; a job replaces it when the inputs change.
/// </summary>
public sealed class ScoreSnapshot
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int RoundId { get; set; }

    public long Version { get; set; }

    public DateTime ComputedAtUtc { get; set; }

    /// <summary>The score report, as gzip-compressed JSON.</summary>
    public byte[] Payload { get; set; } = [];

    /// <summary>
    /// SHA-256 of what the report was computed from (the structure's version, the round, its values): a newer scoring
    /// version with the same inputs moves <see cref="Version"/> and keeps the payload.
    /// </summary>
    public byte[]? InputHash { get; set; }
}
