namespace PerformanceWorkflow.Web.Pages;

/// <summary>The years of the plan and the one shown; <see cref="Keep"/> are query values to carry along.</summary>
public sealed record YearSelectorModel(IReadOnlyList<int> Years, int Selected, IReadOnlyList<(string Name, string Value)> Keep);
