using System.Globalization;
using System.Text;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Scoring;

/// <summary>The dimensions of the performance tree a number can belong to.</summary>
public enum Dimension
{
    Organization,
    Department,
    Unit,

    /// <summary>An operational objective in one unit.</summary>
    Assignment,

    /// <summary>An operational objective across its units.</summary>
    Objective,
    ManagementObjective,
    StrategicObjective,
    MandateLine,
    Leader,
}

/// <summary>An indicator behind a number: its value, percentage, rule and weight (0 when it does not count).</summary>
public readonly record struct ExplanationItem(int Indicator, double? Value, double? Percent, ScoreRule Rule, double Weight);

/// <summary>Why a number is what it is (rule 10): every indicator under it, and the formula in Italian.</summary>
public sealed record Explanation(Dimension Dimension, int Index, double? Percent, bool Weighted, IReadOnlyList<ExplanationItem> Items)
{
    /// <summary>The scoring indicators, those that make the number.</summary>
    public IEnumerable<ExplanationItem> Scoring => Items.Where(i => i.Percent is not null);

    /// <summary>"Media aritmetica di 3 indicatori: (100 + 80 + 20) / 3 = 66,7 %".</summary>
    public string Formula
    {
        get
        {
            var scoring = Scoring.ToList();
            if (scoring.Count == 0 || Percent is null)
            {
                return "Nessun indicatore con un valore valutabile: la percentuale non si calcola.";
            }

            var it = CultureInfo.GetCultureInfo("it-IT");
            var result = ItalianFormat.Number(Percent.Value);
            var builder = new StringBuilder();
            if (!Weighted || scoring.TrueForAll(i => Math.Abs(i.Weight - 1.0) < 1e-9))
            {
                var count = scoring.Count.ToString(it);
                builder.Append(scoring.Count == 1 ? "Un solo indicatore: " : $"Media aritmetica di {count} indicatori: ");
                if (scoring.Count == 1)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"{result} %");
                }
                else if (scoring.Count <= 12)
                {
                    builder.Append('(').AppendJoin(" + ", scoring.Select(i => ItalianFormat.Number(i.Percent!.Value))).Append(") / ").Append(count).Append(" = ").Append(result).Append(" %");
                }
                else
                {
                    builder.Append("somma ").Append(ItalianFormat.Number(scoring.Sum(i => i.Percent!.Value))).Append(" / ").Append(count).Append(" = ").Append(result).Append(" %");
                }
            }
            else
            {
                var weights = scoring.Sum(i => i.Weight);
                var sum = scoring.Sum(i => i.Percent!.Value * i.Weight);
                builder.Append(CultureInfo.InvariantCulture, $"Media pesata di {scoring.Count.ToString(it)} indicatori (peso = peso dell'obiettivo × peso dell'obiettivo strategico): ")
                    .Append("Σ(peso × %) / Σ pesi = ").Append(ItalianFormat.Number(sum)).Append(" / ").Append(ItalianFormat.Number(weights, 2)).Append(" = ").Append(result).Append(" %");
            }

            var excluded = Items.Count - scoring.Count;
            if (excluded > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $". Esclusi {excluded.ToString(it)} indicatori (dati informativi, target non interpretabili o valori non rilevati).");
            }

            return builder.ToString();
        }
    }
}

/// <summary>Rule 10 — every number can list the indicators, values, targets, rule and weights that produced it.</summary>
public static class ScoreExplainer
{
    public static Explanation Explain(ScoringInput input, ScoreSheet sheet, Dimension dimension, int index)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sheet);
        var leaderUnits = dimension == Dimension.Leader ? input.Leaders[index].Units.ToHashSet() : [];
        var items = new List<ExplanationItem>();
        for (var i = 0; i < input.Indicators.Length; i++)
        {
            var indicator = input.Indicators[i];
            var assignment = input.Assignments[indicator.Assignment];
            var under = dimension switch
            {
                Dimension.Organization => true,
                Dimension.Department => input.UnitDepartment[assignment.Unit] == index,
                Dimension.Unit => assignment.Unit == index,
                Dimension.Assignment => indicator.Assignment == index,
                Dimension.Objective => assignment.Objective == index,
                Dimension.ManagementObjective => indicator.ManagementObjective == index,
                Dimension.StrategicObjective => assignment.StrategicObjective == index,
                Dimension.MandateLine => assignment.StrategicObjective >= 0 && input.StrategicMandateLine[assignment.StrategicObjective] == index,
                Dimension.Leader => leaderUnits.Contains(assignment.Unit),
            };
            if (!under)
            {
                continue;
            }

            var weighted = dimension is Dimension.StrategicObjective or Dimension.MandateLine;
            var weight = sheet.IndicatorPercent[i] is null ? 0.0
                : weighted ? input.ObjectiveWeight[assignment.Objective] * input.StrategicWeight[assignment.StrategicObjective]
                : 1.0;
            items.Add(new ExplanationItem(i, indicator.Value, sheet.IndicatorPercent[i], sheet.IndicatorRule[i], weight));
        }

        var aggregate = dimension switch
        {
            Dimension.Organization => sheet.Organization,
            Dimension.Department => sheet.Departments[index],
            Dimension.Unit => sheet.Units[index],
            Dimension.Assignment => sheet.Assignments[index],
            Dimension.Objective => sheet.Objectives[index],
            Dimension.ManagementObjective => sheet.ManagementObjectives[index],
            Dimension.StrategicObjective => sheet.StrategicObjectives[index],
            Dimension.MandateLine => sheet.MandateLines[index],
            Dimension.Leader => sheet.Leaders[index],
        };
        return new Explanation(dimension, index, aggregate.Percent, dimension is Dimension.StrategicObjective or Dimension.MandateLine, items);
    }
}
