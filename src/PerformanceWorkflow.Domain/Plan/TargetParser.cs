using System.Globalization;
using System.Text.RegularExpressions;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Plan;

/// <summary>
/// Reads a target as the plan writes it: "5 (100%)", "100 %", "&gt;= ore 24", "ore 30", "-1", empty, and the
/// variants an office types ("almeno 24 ore", "≤ 30 gg", "95,5%", "1.500 €").
/// </summary>
public static partial class TargetParser
{
    /// <summary>The activity scale's maximum (rule 2: 0 = not done, 5 = done 100%).</summary>
    public const int ActivityMaximum = 5;

    /// <summary>Parses <paramref name="text"/> for an indicator of <paramref name="kind"/>.</summary>
    public static Target Parse(string? text, IndicatorKind kind)
    {
        var written = TextKey.Clean(text);
        if (written.Length == 0)
        {
            return kind == IndicatorKind.Informational
                ? Target.None
                : Invalid(written, "Target mancante: l'indicatore resta escluso dal calcolo finché non viene indicato.");
        }

        if (kind == IndicatorKind.Informational)
        {
            // An informational datum may state an expected figure; it is shown, never scored (rule 4).
            return new Target(written, TargetMeasure.None, null, TargetDirection.HigherIsBetter, null);
        }

        var activity = ActivityPattern().Match(written);
        if (activity.Success)
        {
            var scale = int.Parse(activity.Groups["n"].Value, CultureInfo.InvariantCulture);
            return scale == ActivityMaximum
                ? new Target(written, TargetMeasure.ActivityScale, ActivityMaximum, TargetDirection.HigherIsBetter, null)
                : Invalid(written, $"Target «{written}» non interpretabile: la scala delle attività arriva a {ActivityMaximum} (100%).");
        }

        var lower = written.ToLowerInvariant();
        var direction = (TargetDirection?)null;
        var rest = lower;
        foreach (var (token, dir) in Operators)
        {
            var index = rest.IndexOf(token, StringComparison.Ordinal);
            if (index >= 0)
            {
                direction = dir;
                rest = rest.Remove(index, token.Length);
                break;
            }
        }

        var measure = TargetMeasure.Number;
        var unitFound = false;
        foreach (var (token, unit) in Units)
        {
            var match = Regex.Match(rest, $@"(?<![\p{{L}}]){Regex.Escape(token)}(?![\p{{L}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (match.Success)
            {
                measure = unit;
                unitFound = true;
                rest = rest.Remove(match.Index, match.Length);
                break;
            }
        }

        rest = rest.Trim();
        if (!TryParseNumber(rest, out var number))
        {
            return Invalid(written, $"Target «{written}» non interpretabile: indicare un numero con l'eventuale unità (es. «100 %», «>= ore 24», «-1»).");
        }

        if (kind == IndicatorKind.Activity)
        {
            return !unitFound && number == ActivityMaximum
                ? new Target(written, TargetMeasure.ActivityScale, ActivityMaximum, TargetDirection.HigherIsBetter, null)
                : Invalid(written, $"Target «{written}» non valido per un indicatore di attività: il target è {ActivityMaximum} (100%).");
        }

        // A bare non-positive number is the payment-timeliness indicator: average days of delay (rule 3).
        if (!unitFound && number <= 0)
        {
            measure = TargetMeasure.Days;
        }

        direction ??= number <= 0 ? TargetDirection.LowerIsBetter : TargetDirection.HigherIsBetter;
        return new Target(written, measure, number, direction.Value, null);
    }

    /// <summary>Parses a number written the Italian way or the English way: "95,5", "1.500", "1.500,25", "-1", "24".</summary>
    public static bool TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        var s = (text ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0 || !NumberPattern().IsMatch(s))
        {
            return false;
        }

        s = s.Replace('\u2212', '-');
        var hasComma = s.Contains(',', StringComparison.Ordinal);
        var hasDot = s.Contains('.', StringComparison.Ordinal);
        if (hasComma && hasDot)
        {
            // "1.500,25": dots group thousands, the comma is the decimal mark.
            s = s.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (hasComma)
        {
            s = s.Replace(',', '.');
        }
        else if (hasDot && ThousandsPattern().IsMatch(s))
        {
            s = s.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static Target Invalid(string written, string problem) =>
        new(written, TargetMeasure.None, null, TargetDirection.HigherIsBetter, problem);

    private static readonly (string Token, TargetDirection Direction)[] Operators =
    [
        (">=", TargetDirection.HigherIsBetter), ("=>", TargetDirection.HigherIsBetter), ("≥", TargetDirection.HigherIsBetter),
        ("<=", TargetDirection.LowerIsBetter), ("=<", TargetDirection.LowerIsBetter), ("≤", TargetDirection.LowerIsBetter),
        ("almeno", TargetDirection.HigherIsBetter), ("minimo", TargetDirection.HigherIsBetter), ("min.", TargetDirection.HigherIsBetter),
        ("non oltre", TargetDirection.LowerIsBetter), ("massimo", TargetDirection.LowerIsBetter), ("max.", TargetDirection.LowerIsBetter),
        ("entro", TargetDirection.LowerIsBetter), (">", TargetDirection.HigherIsBetter), ("<", TargetDirection.LowerIsBetter),
    ];

    private static readonly (string Token, TargetMeasure Measure)[] Units =
    [
        ("%", TargetMeasure.Percent), ("ore", TargetMeasure.Hours), ("ora", TargetMeasure.Hours), ("h", TargetMeasure.Hours),
        ("giorni", TargetMeasure.Days), ("giorno", TargetMeasure.Days), ("gg.", TargetMeasure.Days), ("gg", TargetMeasure.Days),
        ("€", TargetMeasure.Euro), ("euro", TargetMeasure.Euro), ("n.", TargetMeasure.Number), ("nr.", TargetMeasure.Number),
        ("nr", TargetMeasure.Number), ("numero", TargetMeasure.Number),
    ];

    [GeneratedRegex(@"^(?<n>\d+)\s*\(\s*100\s*%\s*\)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ActivityPattern();

    [GeneratedRegex(@"^[+\-\u2212]?\d[\d.,]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[+\-]?\d{1,3}(\.\d{3})+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThousandsPattern();
}
