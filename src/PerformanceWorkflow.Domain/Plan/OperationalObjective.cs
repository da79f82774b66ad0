using System.Text.RegularExpressions;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Plan;

/// <summary>
/// Obiettivo operativo: code ("S1-1_1", "PM_3", "Tras_2"; none for objectives only announced in the triennial table),
/// title, tags ("PNRR"), CUP code when the title carries one, and the years it is active in.
/// </summary>
public sealed partial class OperationalObjective
{
    /// <summary>Prefix of cross-cutting objectives, assigned to many units ("Tras_" = trasversale).</summary>
    public const string CrossCuttingPrefix = "Tras_";

    private OperationalObjective()
    {
        Title = string.Empty;
        Key = string.Empty;
    }

    public OperationalObjective(string? code, string title)
    {
        Code = string.IsNullOrWhiteSpace(code) ? null : TextKey.Clean(code);
        Title = TextKey.Clean(title);
        Key = TextKey.Of(title);
        Cup = CupOf(title);
    }

    public int Id { get; private set; }

    public string? Code { get; private set; }

    public string Title { get; private set; }

    /// <summary>Identity key of the title, to link the triennial table (which has no codes) to the operational one.</summary>
    public string Key { get; private set; }

    /// <summary>Tipo OB: "PNRR", "Digitalizzazione e Semplificazione", "Azioni Positive"…</summary>
    public IReadOnlyList<string> Tags { get; private set; } = new List<string>();

    /// <summary>Codice Unico di Progetto, when the title carries one ("(CUP E91F22001750006)").</summary>
    public string? Cup { get; private set; }

    /// <summary>Years in which the objective is active, ascending.</summary>
    public IReadOnlyList<int> Years { get; private set; } = new List<int>();

    /// <summary>True for "Tras_" objectives, pursued by every unit with its own indicators.</summary>
    public bool IsCrossCutting => Code is not null && Code.StartsWith(CrossCuttingPrefix, StringComparison.OrdinalIgnoreCase);

    public void Update(string? code, string title, IEnumerable<string> tags, IEnumerable<int> years)
    {
        Code = string.IsNullOrWhiteSpace(code) ? Code : TextKey.Clean(code);
        Title = TextKey.Clean(title);
        Key = TextKey.Of(title);
        Cup = CupOf(title);
        Tags = tags.ToList();
        Years = years.Distinct().Order().ToList();
    }

    /// <summary>Finds the CUP code in a title.</summary>
    public static string? CupOf(string? title)
    {
        var match = CupPattern().Match(title ?? string.Empty);
        return match.Success ? match.Groups["cup"].Value.ToUpperInvariant() : null;
    }

    /// <summary>True when <paramref name="text"/> has the shape of an objective code ("S1-1_1", "PM_3", "Tras_2").</summary>
    public static bool LooksLikeCode(string? text) => text is not null && CodePattern().IsMatch(TextKey.Clean(text));

    /// <summary>Splits "Digitalizzazione e Semplificazione; PNRR" into tags.</summary>
    public static IReadOnlyList<string> ParseTags(string? text)
    {
        var tags = new List<string>();
        foreach (var part in (text ?? string.Empty).Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tag = TextKey.Clean(part);
            if (tag.Length > 0 && !tags.Exists(t => string.Equals(TextKey.Of(t), TextKey.Of(tag), StringComparison.Ordinal)))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    [GeneratedRegex(@"\bCUP[\s:.]*(?<cup>[A-Z0-9]{15})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex CupPattern();

    [GeneratedRegex(@"^[A-Za-z]{1,8}\d*(-\d+)?_\d+[a-z]?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CodePattern();
}

/// <summary>
/// A row of the triennial table: an operational objective as the unit listed under it pursues it, with its strategic
/// objective and budget mission and the years it is active for that unit. Cross-cutting objectives have one per unit,
/// and their strategic objective may differ between units.
/// </summary>
public sealed class ObjectiveLink
{
    private ObjectiveLink()
    {
    }

    public ObjectiveLink(OperationalObjective objective, Unit unit)
    {
        OperationalObjective = objective;
        Unit = unit;
    }

    public int Id { get; private set; }

    public int OperationalObjectiveId { get; private set; }

    public OperationalObjective OperationalObjective { get; private set; } = null!;

    public int UnitId { get; private set; }

    public Unit Unit { get; private set; } = null!;

    public int? StrategicObjectiveId { get; private set; }

    public StrategicObjective? StrategicObjective { get; private set; }

    public int? BudgetMissionId { get; private set; }

    public BudgetMission? BudgetMission { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = new List<int>();

    public int Position { get; private set; }

    public void Update(StrategicObjective? strategicObjective, BudgetMission? mission, IEnumerable<int> years, int position)
    {
        StrategicObjective = strategicObjective;
        StrategicObjectiveId = strategicObjective?.Id;
        BudgetMission = mission;
        BudgetMissionId = mission?.Id;
        Years = years.Distinct().Order().ToList();
        Position = position;
    }
}
