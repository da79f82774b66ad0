using System.Globalization;
using System.Text.RegularExpressions;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Plan;

/// <summary>Linea di mandato, e.g. "10-STRUTTURA AMMINISTRATIVA".</summary>
public sealed partial class MandateLine
{
    private MandateLine()
    {
        Name = string.Empty;
        Key = string.Empty;
    }

    public MandateLine(string name, int position)
    {
        Name = TextKey.Clean(name);
        Key = TextKey.Of(name);
        Number = NumberOf(name);
        Position = position;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Key { get; private set; }

    /// <summary>The number the line starts with ("10" in "10-STRUTTURA AMMINISTRATIVA"), when present.</summary>
    public int? Number { get; private set; }

    public int Position { get; private set; }

    public List<StrategicObjective> StrategicObjectives { get; private set; } = [];

    public void Update(string name, int position)
    {
        Name = TextKey.Clean(name);
        Number = NumberOf(name);
        Position = position;
    }

    /// <summary>True when <paramref name="text"/> has the shape of a mandate line ("9-LAVORI PUBBLICI E URBANISTICA").</summary>
    public static bool LooksLikeMandateLine(string? text) => text is not null && Shape().IsMatch(TextKey.Clean(text));

    private static int? NumberOf(string name)
    {
        var match = Shape().Match(TextKey.Clean(name));
        return match.Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?<n>\d{1,2})\s*[-–.)]\s*\S", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Shape();
}

/// <summary>Obiettivo strategico, under a mandate line.</summary>
public sealed class StrategicObjective
{
    private StrategicObjective()
    {
        Title = string.Empty;
        Key = string.Empty;
    }

    public StrategicObjective(MandateLine mandateLine, string title, int position)
    {
        ArgumentNullException.ThrowIfNull(mandateLine);
        MandateLine = mandateLine;
        Title = TextKey.Clean(title);
        Key = TextKey.Of(title);
        Position = position;
    }

    public int Id { get; private set; }

    public int MandateLineId { get; private set; }

    public MandateLine MandateLine { get; private set; } = null!;

    public string Title { get; private set; }

    public string Key { get; private set; }

    public int Position { get; private set; }

    public void Update(string title, int position)
    {
        Title = TextKey.Clean(title);
        Position = position;
    }
}

/// <summary>Missione di bilancio, e.g. "[01] Servizi istituzionali, generali e di gestione".</summary>
public sealed partial class BudgetMission
{
    private BudgetMission()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public BudgetMission(string code, string name)
    {
        Code = code;
        Name = TextKey.Clean(name);
    }

    public int Id { get; private set; }

    /// <summary>The two-digit code of the national budget classification ("01").</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>As the plan writes it: "[01] Servizi istituzionali, generali e di gestione".</summary>
    public string Label => Name.Length == 0 ? $"[{Code}]" : $"[{Code}] {Name}";

    public void Rename(string name) => Name = TextKey.Clean(name);

    /// <summary>Splits "[01] Servizi istituzionali…" into code and name.</summary>
    public static bool TryParse(string? text, out string code, out string name)
    {
        var match = Shape().Match(TextKey.Clean(text));
        if (!match.Success)
        {
            code = string.Empty;
            name = string.Empty;
            return false;
        }

        code = int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture);
        name = match.Groups["name"].Value.Trim();
        return true;
    }

    [GeneratedRegex(@"^\[\s*(?<code>\d{1,2})\s*\]\s*(?<name>.*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Shape();
}
