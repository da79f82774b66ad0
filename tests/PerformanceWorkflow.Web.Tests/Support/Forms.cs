using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PerformanceWorkflow.Web.Tests.Support;

/// <summary>Reads pages the way a browser would, to post forms with their antiforgery token.</summary>
internal static class Forms
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>The hidden inputs of the form that posts to <paramref name="handler"/>.</summary>
    public static Dictionary<string, string> HiddenFields(IHtmlDocument page, string handler)
    {
        var form = page.Forms.FirstOrDefault(f => (f.GetAttribute("action") ?? string.Empty).Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"Nessun modulo per il gestore «{handler}».");
        return form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
    }

    public static bool HasForm(IHtmlDocument page, string handler) =>
        page.Forms.Any(f => (f.GetAttribute("action") ?? string.Empty).Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase));
}
