namespace PerformanceWorkflow.Domain.Reporting;

/// <summary>What a document of the rendicontazione is.</summary>
public enum ReportDocumentKind
{
    /// <summary>The Relazione sulla Performance as an editable Word file: generated, or edited and uploaded again.</summary>
    Relazione,

    /// <summary>The PDF of a Relazione version, for publication (PDF/A-2b).</summary>
    RelazionePdf,

    /// <summary>The Giunta's deliberation adopting the Relazione.</summary>
    Deliberation,

    /// <summary>The Nucleo's validation document (art. 14 c.4 lett. c D.Lgs. 150/2009).</summary>
    Validation,
}

/// <summary>
/// PerformanceReport document: one version of a file of the year's rendicontazione, kept with who and when. The
/// latest Relazione version is the one that goes on; earlier versions stay.
/// </summary>
public sealed class ReportDocument
{
    private ReportDocument()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Content = [];
        UploadedBy = string.Empty;
    }

    public ReportDocument(int year, ReportDocumentKind kind, int version, string fileName, string contentType, byte[] content, bool generated, string uploadedBy, DateTime nowUtc)
    {
        Year = year;
        Kind = kind;
        Version = version;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Generated = generated;
        UploadedBy = uploadedBy;
        UploadedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    public ReportDocumentKind Kind { get; private set; }

    /// <summary>1, 2, 3… per year and kind.</summary>
    public int Version { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>Written by the service from the data (rather than uploaded by a person).</summary>
    public bool Generated { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>For a PDF, the Relazione version it was rendered from.</summary>
    public int? SourceVersion { get; private set; }

    public void RenderedFrom(int version) => SourceVersion = version;
}
