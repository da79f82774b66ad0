using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Plan;

/// <summary>Tipo indicatore (column "Tipo Ind." of the plan).</summary>
public enum IndicatorKind
{
    /// <summary>Attività: state of realisation on the 0–5 scale.</summary>
    Activity,

    /// <summary>Efficienza.</summary>
    Efficiency,

    /// <summary>Efficacia.</summary>
    Effectiveness,

    /// <summary>Economicità.</summary>
    Economy,

    /// <summary>"Dato …" (e.g. "Dato di Qualità"): shown beside the scores, never in an average.</summary>
    Informational,
}

/// <summary>Reads and names indicator kinds as the plan writes them.</summary>
public static class IndicatorKinds
{
    /// <summary>The kinds a user may write, for error messages.</summary>
    public const string Accepted = "Attività, Efficienza, Efficacia, Economicità, Dato di … (es. «Dato di Qualità»)";

    /// <summary>Parses the Italian label; informational kinds keep their full label ("Dato di Qualità").</summary>
    public static bool TryParse(string? text, out IndicatorKind kind, out string label)
    {
        label = TextKey.Clean(text);
        var key = TextKey.Compact(text);
        kind = IndicatorKind.Activity;
        switch (key)
        {
            case "attivita" or "attività" or "activity":
                kind = IndicatorKind.Activity;
                label = "Attività";
                return true;
            case "efficienza" or "efficiency":
                kind = IndicatorKind.Efficiency;
                label = "Efficienza";
                return true;
            case "efficacia" or "effectiveness":
                kind = IndicatorKind.Effectiveness;
                label = "Efficacia";
                return true;
            case "economicita" or "economicità" or "economy":
                kind = IndicatorKind.Economy;
                label = "Economicità";
                return true;
            case "informational":
                kind = IndicatorKind.Informational;
                label = "Dato";
                return true;
        }

        // "Dato di Qualità", "Dato di contesto", "Dato": informational whatever follows.
        if (key.StartsWith("dato", StringComparison.Ordinal))
        {
            kind = IndicatorKind.Informational;
            return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> is the start of an informational label cut by a page break ("Dato di").</summary>
    public static bool IsIncompleteLabel(string? text)
    {
        var key = TextKey.Of(text);
        return key is "dato di" or "dato del" or "dato della" or "dato";
    }

    /// <summary>The Italian label of a kind.</summary>
    public static string Label(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Activity => "Attività",
        IndicatorKind.Efficiency => "Efficienza",
        IndicatorKind.Effectiveness => "Efficacia",
        IndicatorKind.Economy => "Economicità",
        IndicatorKind.Informational => "Dato",
    };

    /// <summary>Informational indicators never enter an average (rule 4).</summary>
    public static bool IsScoring(this IndicatorKind kind) => kind != IndicatorKind.Informational;
}
