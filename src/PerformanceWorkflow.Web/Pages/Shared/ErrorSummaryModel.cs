namespace PerformanceWorkflow.Web.Pages;

/// <summary>The problems of a refused form, each linked to the field it is about (the field's id).</summary>
public sealed record ErrorSummaryModel(IReadOnlyList<(string FieldId, string Message)> Errors);
