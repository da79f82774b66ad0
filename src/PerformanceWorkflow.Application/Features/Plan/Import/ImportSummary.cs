using System.Text.Json.Serialization;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>The counts of an import and its messages: what `pw plan import --json` prints and the preview shows.</summary>
public sealed record ImportSummary(
    int Departments,
    int Units,
    int ObjectiveCodes,
    int ObjectiveAssignments,
    int Indicators,
    IReadOnlyDictionary<string, int> IndicatorsByKind,
    int MandateLines,
    int StrategicObjectives,
    int Missions,
    IReadOnlyList<SummaryMessage> Warnings,
    IReadOnlyList<SummaryMessage> Errors)
{
    /// <summary>Objectives announced only in the triennial table (no code yet).</summary>
    [JsonIgnore]
    public int ObjectivesWithoutCode { get; init; }

    [JsonIgnore]
    public IReadOnlyList<int> Years { get; init; } = [];

    public static ImportSummary Of(PlanDraft draft, ImportLog log)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(log);
        var indicators = draft.Indicators.ToList();
        var byKind = Enum.GetValues<IndicatorKind>().ToDictionary(k => k.ToString(), k => indicators.Count(i => i.Kind == k));
        return new ImportSummary(
            draft.Departments.Count,
            draft.Units.Count(),
            draft.Objectives.Where(o => o.Code is not null).Select(o => o.Code!).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            draft.Assignments.Count(),
            indicators.Count,
            byKind,
            draft.MandateLines.Count,
            draft.MandateLines.Sum(m => m.StrategicObjectives.Count),
            draft.Missions.Count,
            log.Warnings.Select(SummaryMessage.Of).ToList(),
            log.Errors.Select(SummaryMessage.Of).ToList())
        {
            ObjectivesWithoutCode = draft.Objectives.Count(o => o.Code is null),
            Years = draft.AllYears.ToList(),
        };
    }
}

/// <summary>A message as printed: line, text, and for warnings whether it is a repair, an ambiguity or a warning.</summary>
public sealed record SummaryMessage(int? Line, string Message, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Kind, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source)
{
    public static SummaryMessage Of(ImportMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var kind = message.Kind switch
        {
            ImportMessageKind.Repair => "repair",
            ImportMessageKind.Ambiguous => "ambiguous",
            ImportMessageKind.Warning => "warning",
            ImportMessageKind.Error => null,
        };
        return new SummaryMessage(message.Line, message.Message, kind, message.Source);
    }
}
