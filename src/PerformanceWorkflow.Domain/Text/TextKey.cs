using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace PerformanceWorkflow.Domain.Text;

/// <summary>
/// Comparison keys for names and titles typed by people: the same objective is written with different dashes,
/// spacing and case in the two tables of a PIAO, so identity is decided on a normalized key, never on raw text.
/// </summary>
public static class TextKey
{
    /// <summary>Cleans text for display: one space between words, typographic dashes kept, no control characters.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    // An import asks for the keys of the same names on every row (a city's table repeats its 500 units' names over
    // 50,000 rows), and Unicode normalization is most of a key's cost: recent answers are kept.
    private static readonly Memo OfMemo = new(KeyOf);
    private static readonly Memo CompactMemo = new(CompactOf);

    /// <summary>The identity key: case, spacing, dash style and spaces around dashes do not matter.</summary>
    public static string Of(string? text) => text is null ? string.Empty : OfMemo.Get(text);

    /// <summary>Key without diacritics, for matching header names written with or without accents.</summary>
    public static string Compact(string? text) => text is null ? string.Empty : CompactMemo.Get(text);

    private static string KeyOf(string text)
    {
        var clean = Clean(text);
        if (clean.Length == 0)
        {
            return clean;
        }

        var builder = new StringBuilder(clean.Length);
        foreach (var ch in clean)
        {
            var c = ch switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u2018' or '\u2019' or '\u00B4' or '`' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                _ => char.ToLowerInvariant(ch),
            };
            if (c == '-' && builder.Length > 0 && builder[^1] == ' ')
            {
                builder.Length--;
            }

            if (c == ' ' && builder.Length > 0 && builder[^1] == '-')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().TrimEnd('.', ' ', ';', ',');
    }

    private static string CompactOf(string text)
    {
        var decomposed = Of(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (char.IsLetterOrDigit(ch) && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Edit distance between two keys, stopping early once it exceeds <paramref name="limit"/>: used to recognise the
    /// same title with a typing slip ("Cintolese" / "Cintoiese") without accepting different objectives.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The number of typing slips tolerated between two spellings of a long title.</summary>
    public static int ToleratedSlips(string key) => key.Length < 30 ? 0 : Math.Max(1, key.Length / 40);

    /// <summary>The last few thousand answers of a pure function of text; emptied when full, safe across threads.</summary>
    private sealed class Memo(Func<string, string> compute)
    {
        private const int Capacity = 8192;
        private readonly ConcurrentDictionary<string, string> answers = new(StringComparer.Ordinal);
        private int count;

        public string Get(string text)
        {
            if (answers.TryGetValue(text, out var answer))
            {
                return answer;
            }

            answer = compute(text);
            if (Interlocked.Increment(ref count) > Capacity)
            {
                answers.Clear();
                Interlocked.Exchange(ref count, 0);
            }

            answers.TryAdd(text, answer);
            return answer;
        }
    }
}
