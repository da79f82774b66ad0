namespace PerformanceWorkflow.Web.Pages;

/// <summary>
/// A list shown a page at a time: the page shown, how many there are, the address of each, and a label for screen
/// readers. Eleven page links around the current one, plus the first and the last.
/// </summary>
public sealed record PagerModel(int Page, int Pages, Func<int, string> Url, string Label, string TestId)
{
    public int First => Math.Max(1, Page - 5);

    public int Last => Math.Min(Pages, First + 10);
}
