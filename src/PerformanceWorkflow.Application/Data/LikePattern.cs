namespace PerformanceWorkflow.Application.Data;

/// <summary>
/// A search typed by a person as a LIKE pattern: "contains", with % and _ taken literally, in upper case. The column
/// is compared in upper case too (<c>EF.Functions.Like(column.ToUpper(), pattern)</c>): SQLite's and SQL Server's
/// LIKE ignore case, PostgreSQL's does not.
/// </summary>
public static class LikePattern
{
    /// <summary>The escape character to pass to <c>EF.Functions.Like</c> with <see cref="Containing"/>.</summary>
    public const string Escape = "\\";

    public static string Containing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "%" + text.Trim().ToUpperInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }
}
