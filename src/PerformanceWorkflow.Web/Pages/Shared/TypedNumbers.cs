using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Web.Pages;

/// <summary>
/// Numbers typed in a settings form ("55", "12.500,50 €", "30 %"), read the Italian way; each one that is not a number
/// is collected as an Italian problem naming its field, so that the form is shown again with all of them at once.
/// </summary>
public sealed class TypedNumbers
{
    public List<string> Problems { get; } = [];

    public decimal Read(string? text, string label)
    {
        if (TargetParser.TryParseNumber(text?.Replace("€", string.Empty, StringComparison.Ordinal).TrimEnd('%').Trim(), out var value))
        {
            return value;
        }

        Problems.Add($"{label}: «{text}» non è un numero.");
        return 0;
    }
}
