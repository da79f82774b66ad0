using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Tests.Appraisal;

public sealed class AppraisalSettingsTests
{
    [Fact]
    public void The_defaults_of_the_doc_are_valid_with_a_described_catalogue_for_every_group()
    {
        var settings = AppraisalSettings.Defaults(2025);
        Assert.Empty(settings.Problems());
        Assert.Equal(new ComponentWeights(RoleGroup.Director, 55, 15, 25, 5), settings.WeightsOf(RoleGroup.Director));
        Assert.Equal(new ComponentWeights(RoleGroup.Staff, 30, 30, 40, 0), settings.WeightsOf(RoleGroup.Staff));
        Assert.All(RoleGroups.All, g => Assert.True(settings.BehavioursOf(g).Count >= 5));
        Assert.All(settings.Behaviours, b => Assert.Equal(5, b.Levels.Count));
        Assert.Equal(EvaluatorKind.EvaluationBody, settings.EvaluatorOf(RoleGroup.Director));
        Assert.Equal(60, settings.NegativeThreshold);
        Assert.Equal((15, 30), (settings.ConciliationRequestDays, settings.ConciliationDecisionDays));
    }

    [Theory]
    [InlineData(RoleGroup.Director, 50)]
    [InlineData(RoleGroup.UnitHead, 45)]
    public void Art_9_a_unit_component_of_50_or_less_for_dirigenti_and_EQ_is_refused_with_the_reason(RoleGroup group, int unit)
    {
        var settings = AppraisalSettings.Defaults(2025);
        var weights = settings.Weights.Select(w => w.Group == group ? new ComponentWeights(group, unit, 100 - unit - 25, 25, 0) : w).ToList();
        var problems = (settings with { Weights = weights }).Problems();
        Assert.Contains(problems, p => p.Contains("art. 9 c.1 lett. a", StringComparison.Ordinal) && p.Contains(RoleGroups.Label(group), StringComparison.Ordinal));
    }

    [Fact]
    public void Weights_not_adding_to_100_a_missing_descriptor_and_bad_deadlines_are_refused()
    {
        var settings = AppraisalSettings.Defaults(2025);
        var broken = settings with
        {
            Weights = [new(RoleGroup.Director, 60, 15, 25, 5), settings.Weights[1], settings.Weights[2]],
            Behaviours = [.. settings.Behaviours.Select((b, i) => i == 0 ? b with { Levels = ["uno", "due"] } : b)],
            ConciliationRequestDays = 0,
        };
        var problems = broken.Problems();
        Assert.Contains(problems, p => p.Contains("sommare a 100 (ora 105)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("ciascuno dei 5 livelli", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("conciliazione", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dirigente_is_not_evaluated_by_another_dirigente()
    {
        var settings = AppraisalSettings.Defaults(2025) with { Evaluators = [new(RoleGroup.Director, EvaluatorKind.Director)] };
        Assert.Contains(settings.Problems(), p => p.Contains("Nucleo", StringComparison.Ordinal));
    }
}
