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

/// <summary>A page of a list already in memory (a stored report's objectives).</summary>
public static class Paging
{
    /// <summary>The items of <paramref name="page"/> (brought within range) and how many pages there are.</summary>
    public static (IReadOnlyList<T> Items, int Page, int Pages) Slice<T>(IReadOnlyList<T> items, int page, int size)
    {
        ArgumentNullException.ThrowIfNull(items);
        var pages = Math.Max(1, (items.Count + size - 1) / size);
        var shown = Math.Clamp(page, 1, pages);
        return ([.. items.Skip((shown - 1) * size).Take(size)], shown, pages);
    }
}
