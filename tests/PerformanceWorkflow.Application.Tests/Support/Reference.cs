using System.Text;
using PerformanceWorkflow.Application.Features.Plan.Demo;
using PerformanceWorkflow.Application.Features.Plan.Import;

namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>The reference documents of shared/reference, as shipped with the application and the tests.</summary>
internal static class Reference
{
    public static byte[] TextBytes => DemoPlanSeeder.ReferenceDocument();

    public static string Text => Encoding.UTF8.GetString(TextBytes);

    public static byte[] Workbook => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "piao-2024-operativo.xlsx"));

    public static ParsedPlan Parse(string text, string name = "piao.txt") => PlanFileParser.Parse(Encoding.UTF8.GetBytes(text), name);

    /// <summary>
    /// A canonical description of what a draft says about the year's units, objectives, management objectives and
    /// indicators: two files describe the same operational plan exactly when their fingerprints are equal.
    /// </summary>
    public static string OperationalFingerprint(PlanDraft draft)
    {
        var builder = new StringBuilder();
        foreach (var unit in draft.Units)
        {
            builder.Append(unit.DepartmentKey).Append(" / ").AppendLine(unit.Key);
            foreach (var objective in draft.Objectives)
            {
                foreach (var assignment in objective.Assignments.Where(a => a.UnitKey == unit.Key))
                {
                    builder.Append("  ").Append(assignment.Year).Append(' ').Append(objective.Code).Append(' ').Append(objective.Key).Append(" [").AppendJoin(";", objective.Tags).AppendLine("]");
                    foreach (var m in assignment.ManagementObjectives)
                    {
                        builder.Append("    ").AppendLine(m.Title);
                        foreach (var i in m.Indicators)
                        {
                            builder.Append("      ").Append(i.Title).Append(" | ").Append(i.Kind).Append(" | ").Append(i.KindLabel).Append(" | ")
                                .Append(i.Target.Text).Append(" | ").Append(i.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                                .Append(" | ").AppendLine(i.Office);
                        }
                    }
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>The triennial side of a draft: links with their unit, strategic objective, mission and years.</summary>
    public static string TriennialFingerprint(PlanDraft draft)
    {
        var builder = new StringBuilder();
        foreach (var objective in draft.Objectives.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            builder.Append(objective.Code).Append(' ').Append(objective.Key).Append(" years ").AppendJoin(",", objective.Years).AppendLine();
            foreach (var link in objective.Links.OrderBy(l => l.UnitKey, StringComparer.Ordinal))
            {
                builder.Append("  ").Append(link.UnitKey).Append(" | ").Append(link.MandateLineKey).Append(" | ").Append(link.StrategicObjectiveKey)
                    .Append(" | ").Append(link.MissionCode).Append(" | ").AppendJoin(",", link.Years).AppendLine();
            }
        }

        return builder.ToString();
    }
}
