namespace PerformanceWorkflow.Domain.Scoring;

/// <summary>What a weight of the strategic control applies to (rule 7: two levels).</summary>
public enum WeightedElement
{
    /// <summary>An operational objective in the year (first level).</summary>
    Objective,

    /// <summary>A strategic objective, the element of the performance tree (second level).</summary>
    StrategicObjective,
}

/// <summary>A weight of the strategic control for a year; elements without one weigh 1.</summary>
public sealed class ScoringWeight
{
    private ScoringWeight()
    {
    }

    public ScoringWeight(int year, WeightedElement element, int elementId, decimal weight)
    {
        Year = year;
        Element = element;
        ElementId = elementId;
        Change(weight);
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    public WeightedElement Element { get; private set; }

    public int ElementId { get; private set; }

    public decimal Weight { get; private set; }

    public void Change(decimal weight)
    {
        if (weight is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "Il peso va da 0 a 100.");
        }

        Weight = weight;
    }
}
