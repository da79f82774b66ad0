namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>
/// Another printing of the same document: the same rows, but page breaks (a blank line and the header again) at
/// other places, some cells cut across the new breaks, and other rows shifted left, as a different PDF extraction
/// would leave them. The importer must read the same plan from it.
/// </summary>
internal static class Reprint
{
    public static string Of(string original, int pageLength, int shiftEvery)
    {
        var lines = original.Split('\n');
        var output = new List<string>();
        string? header = null;
        var rowsOnPage = 0;
        var anchored = 0;
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var cells = line.Split('\t');
            var isHeader = cells.Contains("Linea Mandato") || cells.Contains("Obiettivi Gestionali");
            if (isHeader)
            {
                if (header is not null && string.Equals(Kind(header), Kind(line), StringComparison.Ordinal) && inTable)
                {
                    // The original page break goes: pages fall elsewhere in this printing.
                    if (output.Count > 0 && output[^1].Length == 0)
                    {
                        output.RemoveAt(output.Count - 1);
                    }

                    continue;
                }

                header = line;
                inTable = true;
                rowsOnPage = 0;
                output.Add(line);
                continue;
            }

            if (!inTable || cells.Length < 2)
            {
                if (line.Length > 0 && cells.Length < 2)
                {
                    inTable = false;
                }

                output.Add(line);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var hasAnchor = IsAnchored(cells);
            if (hasAnchor && rowsOnPage >= pageLength && header is not null)
            {
                // A new page: cut the longest cell of the last row across the break, like the extraction does.
                var (kept, fragment) = Cut(output[^1]);
                output[^1] = kept;
                output.Add(string.Empty);
                output.Add(header);
                if (fragment is not null)
                {
                    output.Add(fragment);
                }

                rowsOnPage = 0;
            }

            if (hasAnchor && ++anchored % shiftEvery == 0)
            {
                // Alternately two columns to the left (where the leading cells are empty) and one to the right.
                line = (anchored / shiftEvery) % 2 == 0 && cells.Length > 2 && cells[0].Length == 0 && cells[1].Length == 0
                    ? string.Join('\t', cells.Skip(2).Concat(["", ""]))
                    : "\t" + line;
            }

            output.Add(line);
            rowsOnPage++;
        }

        return string.Join('\n', output);
    }

    private static string Kind(string header) => header.Contains("Linea Mandato", StringComparison.Ordinal) ? "T" : "O";

    private static bool IsAnchored(string[] cells) =>
        cells.Any(c => c is "Attività" or "Efficienza" || c.StartsWith("Dato di Q", StringComparison.Ordinal))
        || cells.Count(c => c is "X" or "-") >= 3;

    private static (string Kept, string? Fragment) Cut(string row)
    {
        var cells = row.Split('\t');
        if (!IsAnchored(cells))
        {
            return (row, null);
        }

        var longest = Enumerable.Range(0, cells.Length).MaxBy(i => cells[i].Length);
        var text = cells[longest];
        var middle = text.IndexOf(' ', text.Length / 2);
        if (text.Length < 30 || middle < 0)
        {
            return (row, null);
        }

        var fragment = new string[cells.Length];
        Array.Fill(fragment, string.Empty);
        fragment[longest] = text[(middle + 1)..];
        cells[longest] = text[..middle];
        return (string.Join('\t', cells), string.Join('\t', fragment));
    }
}
