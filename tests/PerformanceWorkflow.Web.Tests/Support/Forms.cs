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

/// <summary>The service's emails, read from its pickup folder as a mail client would.</summary>
internal static class Mailbox
{
    public static List<MimeKit.MimeMessage> Read(string directory) =>
        Directory.Exists(directory)
            ? [.. Directory.GetFiles(directory, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeKit.MimeMessage.Load(f))]
            : [];

    /// <summary>Waits for the sender job to write the emails a step asked for.</summary>
    public static async Task<List<MimeKit.MimeMessage>> WaitAsync(string directory, Func<List<MimeKit.MimeMessage>, bool> until)
    {
        ArgumentNullException.ThrowIfNull(until);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var messages = Read(directory);
            if (until(messages))
            {
                return messages;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Le email attese non sono arrivate in {directory}.");
    }

    /// <summary>The first link to an instance, a scheda or a round in a message's text.</summary>
    public static Uri TaskLink(MimeKit.MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = System.Text.RegularExpressions.Regex.Match(message.TextBody ?? string.Empty, @"https?://\S+/(pratiche|monitoraggio/scheda|valutazione/scheda|misurazione/cause|monitoraggio/\d+|rendicontazione)/\d+|https?://\S+/personale\?anno=\d+");
        return match.Success ? new Uri(match.Value) : throw new InvalidOperationException("Nessun collegamento a una pratica nell'email.");
    }
}
