namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>What a message tells the person importing.</summary>
public enum ImportMessageKind
{
    /// <summary>A defect of the file that was repaired with certainty (merged cells, page breaks, shifted rows).</summary>
    Repair,

    /// <summary>A row that could be read more than one way: the reading taken is stated, the user must check it.</summary>
    Ambiguous,

    /// <summary>Something the user should know that does not stop the import.</summary>
    Warning,

    /// <summary>The file cannot be imported: nothing is changed.</summary>
    Error,
}

/// <summary>One message of an import preview, with the line (or spreadsheet row) it refers to.</summary>
public sealed record ImportMessage(ImportMessageKind Kind, int? Line, string Message, string? Source);

/// <summary>Collects the messages of one import, in the order they were found.</summary>
public sealed class ImportLog
{
    private readonly List<ImportMessage> _messages = [];

    /// <summary>The sheet or table the next messages refer to (a workbook has several).</summary>
    public string? Source { get; set; }

    public IReadOnlyList<ImportMessage> Messages => _messages;

    public bool HasErrors => _messages.Exists(m => m.Kind == ImportMessageKind.Error);

    public IEnumerable<ImportMessage> Errors => _messages.Where(m => m.Kind == ImportMessageKind.Error);

    /// <summary>Everything that is not an error: repairs, ambiguous rows and warnings.</summary>
    public IEnumerable<ImportMessage> Warnings => _messages.Where(m => m.Kind != ImportMessageKind.Error);

    public void Repair(int? line, string message) => Add(ImportMessageKind.Repair, line, message);

    public void Ambiguous(int? line, string message) => Add(ImportMessageKind.Ambiguous, line, message);

    public void Warning(int? line, string message) => Add(ImportMessageKind.Warning, line, message);

    public void Error(int? line, string message) => Add(ImportMessageKind.Error, line, message);

    private void Add(ImportMessageKind kind, int? line, string message) => _messages.Add(new ImportMessage(kind, line, message, Source));
}
