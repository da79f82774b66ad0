using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>
/// The header row of a table an office fills (values, staff): each cell matched to a column by its name written with
/// or without accents, spaces and case; the cells no name matches are returned for the message that names them.
/// </summary>
internal static class NamedColumns
{
    public static (TColumn?[] Map, List<string> Unknown) Read<TColumn>(RawRow header, IReadOnlyDictionary<string, TColumn> names)
        where TColumn : struct, Enum
    {
        var map = new TColumn?[header.Cells.Length];
        var unknown = new List<string>();
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var key = TextKey.Compact(header.Cells[i]);
            if (key.Length == 0)
            {
                continue;
            }

            if (names.TryGetValue(key, out var column))
            {
                map[i] = column;
            }
            else
            {
                unknown.Add(TextKey.Clean(header.Cells[i]));
            }
        }

        return (map, unknown);
    }

    /// <summary>A data row's cells by column, trimmed.</summary>
    public static Dictionary<TColumn, string> Cells<TColumn>(RawRow row, TColumn?[] map)
        where TColumn : struct, Enum
    {
        var cells = new Dictionary<TColumn, string>();
        for (var i = 0; i < row.Cells.Length && i < map.Length; i++)
        {
            if (map[i] is { } column)
            {
                cells[column] = row.Cells[i].Trim();
            }
        }

        return cells;
    }
}
