using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Features.Values;

/// <summary>What a person typed for one indicator in a form, before it is checked.</summary>
public sealed record TypedValue(string? Value, string? Numerator, string? Denominator, string? Note);

/// <summary>
/// Reads what was typed in a values form (decimal comma, "%" tolerated, numerator and denominator for ratios): the
/// same reading for the unit page and the scheda.
/// </summary>
public static class ValueInput
{
    /// <summary>The entry, or the Italian reason it cannot be read.</summary>
    public static (ValueEntry? Entry, string? Error) Read(int indicatorId, bool isRatio, TypedValue typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = (typed.Value ?? string.Empty).Trim();
        var numerator = (typed.Numerator ?? string.Empty).Trim();
        var denominator = (typed.Denominator ?? string.Empty).Trim();
        var note = string.IsNullOrWhiteSpace(typed.Note) ? null : typed.Note.Trim();
        if (isRatio && (numerator.Length > 0 || denominator.Length > 0))
        {
            if (!TargetParser.TryParseNumber(numerator, out var n) || !TargetParser.TryParseNumber(denominator, out var d))
            {
                return (null, "Numeratore e denominatore devono essere numeri.");
            }

            if (Domain.Monitoring.Measurement.RatioProblem(n, d) is { } problem)
            {
                return (null, problem);
            }

            return (new ValueEntry(indicatorId, null, note, n, d), null);
        }

        if (text.Length == 0)
        {
            return (new ValueEntry(indicatorId, null, note), null);
        }

        return TargetParser.TryParseNumber(text.TrimEnd('%').Trim(), out var value)
            ? (new ValueEntry(indicatorId, value, note), null)
            : (null, $"«{text}» non è un numero (decimali con la virgola).");
    }
}
