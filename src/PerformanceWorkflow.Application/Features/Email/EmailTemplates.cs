using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PerformanceWorkflow.Application.Features.Email;

/// <summary>
/// The Italian email templates of <c>workflows/templates</c>: one <c>.txt</c> per message (first line
/// <c>Oggetto: …</c>, then paragraphs separated by blank lines, placeholders <c>{{Nome}}</c>) and one HTML layout.
/// The HTML body is derived from the same text, so the two versions cannot drift apart.
/// </summary>
public sealed partial class EmailTemplates
{
    public const string LayoutFile = "_layout.html";

    /// <summary>The templates the service itself sends, outside any workflow (the password link).</summary>
    public static IReadOnlyList<string> ServiceTemplates { get; } = [Users.PasswordResetService.Template, Accessibility.AccessibilityReportService.Template];

    /// <summary>The placeholders a template may use.</summary>
    public static IReadOnlySet<string> Placeholders { get; } = new HashSet<string>(
        ["Destinatario", "Anno", "Round", "Scadenza", "Link", "Commento", "Autore", "Responsabile", "Stato", "Pratica", "Ente", "Delibera", "Elenco"],
        StringComparer.Ordinal);

    private readonly Dictionary<string, Template> templates;
    private readonly string layout;

    private EmailTemplates(Dictionary<string, Template> templates, string layout)
    {
        this.templates = templates;
        this.layout = layout;
    }

    public IReadOnlyCollection<string> Names => templates.Keys;

    public bool Contains(string name) => templates.ContainsKey(name);

    /// <summary>Loads every template of <paramref name="directory"/>; problems are returned, each naming its file.</summary>
    public static (EmailTemplates Templates, IReadOnlyList<string> Errors) Load(string directory)
    {
        var errors = new List<string>();
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var layoutPath = Path.Combine(directory, LayoutFile);
        var layout = File.Exists(layoutPath) ? File.ReadAllText(layoutPath) : null;
        if (layout is null)
        {
            errors.Add($"templates/{LayoutFile}: manca il modello HTML comune delle email.");
        }
        else if (!layout.Contains("{{Contenuto}}", StringComparison.Ordinal))
        {
            errors.Add($"templates/{LayoutFile}: manca il segnaposto {{{{Contenuto}}}}.");
        }

        var files = System.IO.Directory.Exists(directory) ? System.IO.Directory.GetFiles(directory, "*.txt") : [];
        foreach (var path in files.Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var file = $"templates/{Path.GetFileName(path)}";
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            var first = newline < 0 ? text : text[..newline];
            if (!first.StartsWith("Oggetto:", StringComparison.Ordinal) || first.Length <= "Oggetto:".Length + 1)
            {
                errors.Add($"{file}: la prima riga deve essere «Oggetto: …».");
                continue;
            }

            foreach (Match match in PlaceholderPattern().Matches(text))
            {
                if (!Placeholders.Contains(match.Groups[1].Value))
                {
                    errors.Add($"{file}: segnaposto {match.Value} sconosciuto (ammessi: {string.Join(", ", Placeholders)}).");
                }
            }

            templates[name] = new Template(first["Oggetto:".Length..].Trim(), newline < 0 ? string.Empty : text[(newline + 1)..].Trim('\n'));
        }

        errors.AddRange(ServiceTemplates.Where(name => !templates.ContainsKey(name)).Select(name => $"templates/{name}.txt: manca il modello, che il servizio usa fuori dai flussi."));
        return (new EmailTemplates(templates, layout ?? "{{Contenuto}}"), errors);
    }

    /// <summary>Fills a template. <paramref name="list"/> becomes {{Elenco}}: bullets in text, a list in HTML.</summary>
    public RenderedEmail Render(string name, IReadOnlyDictionary<string, string> values, IReadOnlyList<EmailListItem> list)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(list);
        var template = templates.TryGetValue(name, out var found) ? found : throw new KeyNotFoundException($"Modello email «{name}» inesistente.");
        string Value(string key) => values.TryGetValue(key, out var value) ? value : string.Empty;

        var subject = PlaceholderPattern().Replace(template.Subject, m => Value(m.Groups[1].Value)).ReplaceLineEndings(" ");
        var text = new StringBuilder();
        var html = new StringBuilder();
        foreach (var paragraph in template.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = paragraph.Trim();
            if (trimmed == "{{Elenco}}")
            {
                if (list.Count == 0)
                {
                    continue;
                }

                foreach (var item in list)
                {
                    text.Append("- ").Append(item.Text).Append('\n');
                    foreach (var detail in item.Details)
                    {
                        text.Append("    · ").Append(detail).Append('\n');
                    }
                }

                text.Append('\n');
                html.Append("<ul style=\"padding-left:20px;\">");
                foreach (var item in list)
                {
                    html.Append("<li style=\"margin-bottom:8px;\">").Append(WebUtility.HtmlEncode(item.Text));
                    if (item.Details.Count > 0)
                    {
                        html.Append("<ul style=\"color:#3d4955;font-size:14px;\">");
                        foreach (var detail in item.Details)
                        {
                            html.Append("<li>").Append(WebUtility.HtmlEncode(detail)).Append("</li>");
                        }

                        html.Append("</ul>");
                    }

                    html.Append("</li>");
                }

                html.Append("</ul>\n");
                continue;
            }

            if (trimmed == "{{Link}}")
            {
                var link = Value("Link");
                text.Append(link).Append("\n\n");
                html.Append("<p style=\"margin:24px 0;\"><a href=\"").Append(WebUtility.HtmlEncode(link))
                    .Append("\" style=\"background:#0066cc;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block;\">Apri nel servizio</a></p>\n")
                    .Append("<p style=\"font-size:13px;color:#5c6f82;\">Se il pulsante non funziona, copiare questo indirizzo nel browser: ")
                    .Append(WebUtility.HtmlEncode(link)).Append("</p>\n");
                continue;
            }

            var filled = PlaceholderPattern().Replace(trimmed, m => Value(m.Groups[1].Value));
            if (string.IsNullOrWhiteSpace(filled))
            {
                continue;
            }

            text.Append(filled).Append("\n\n");
            var encoded = PlaceholderPattern().Replace(WebUtility.HtmlEncode(trimmed).Replace("\n", "<br>\n", StringComparison.Ordinal), m => WebUtility.HtmlEncode(Value(m.Groups[1].Value)));
            html.Append("<p style=\"margin:0 0 16px 0;\">").Append(encoded).Append("</p>\n");
        }

        var document = layout
            .Replace("{{Oggetto}}", WebUtility.HtmlEncode(subject), StringComparison.Ordinal)
            .Replace("{{Ente}}", WebUtility.HtmlEncode(Value("Ente")), StringComparison.Ordinal)
            .Replace("{{Contenuto}}", html.ToString(), StringComparison.Ordinal);
        return new RenderedEmail(subject, text.ToString().TrimEnd() + "\n", document);
    }

    [GeneratedRegex(@"\{\{([A-Za-z]+)\}\}")]
    private static partial Regex PlaceholderPattern();

    private sealed record Template(string Subject, string Body);
}

/// <summary>A line of {{Elenco}} with its sub-lines (an objective and its indicators, a late owner).</summary>
public sealed record EmailListItem(string Text, IReadOnlyList<string> Details);

public sealed record RenderedEmail(string Subject, string Text, string Html);
