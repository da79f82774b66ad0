using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>A page of the header's menus, shown to whoever the policy lets open it.</summary>
/// <param name="Also">Other paths that belong to this entry (pages reached from it, not listed themselves).</param>
public sealed record NavigationItem(string Label, string Path, string Policy = Policies.Staff, params string[] Also);

/// <summary>A menu of the header: a phase of the cycle, or the administration.</summary>
public sealed record NavigationSection(string Label, IReadOnlyList<NavigationItem> Items)
{
    /// <summary>A single entry is a link, not a menu.</summary>
    public bool IsLink => Items.Count == 1 && Items[0].Label == Label;
}

/// <summary>
/// The header's menus by task: what a person does in each phase, each entry shown only to those its page lets in (the
/// same policies as the pages, so that the menu never offers a page that answers 403). One list, read by the layout,
/// the home page's shortcuts and the tests that walk every page for every role.
/// </summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationSection> Sections { get; } =
    [
        new("Le mie attività", [new("Le mie attività", "/attivita", Policies.Staff, "/monitoraggio/scheda", "/pratiche", "/unita", "/misurazione")]),
        new("Piano",
        [
            new("Piano per settore", "/piano", Policies.Staff, "/piano/obiettivi"),
            new("Linee di mandato", "/piano/linee"),
            new("Cerca nel piano", "/piano/cerca"),
            new("Importa il piano", "/piano/importa", Policies.Administrator),
        ]),
        new("Monitoraggio",
        [
            new("Punteggi", "/punteggi"),
            new("Round di monitoraggio", "/monitoraggio", Policies.Oversight),
            new("Valori delle unità", "/valori", Policies.Administrator),
            new("Regole del calcolo", "/punteggi/impostazioni", Policies.Administrator),
        ]),
        new("Valutazione",
        [
            new("Schede di valutazione", "/valutazione"),
            new("Impostazioni del SMVP", "/valutazione/impostazioni", Policies.Administrator),
        ]),
        new("Rendicontazione",
        [
            new("Relazione sulla performance", "/rendicontazione"),
            new("Premi", "/personale", Policies.Payroll),
            new("Regole dei premi", "/personale/impostazioni", Policies.Administrator),
        ]),
        new("Amministrazione",
        [
            new("Fasi del ciclo", "/amministrazione/flussi", Policies.Administrator),
            new("Calendario dei round", "/amministrazione/calendario", Policies.Administrator),
            new("Utenti", "/amministrazione/utenti", Policies.Administrator),
            new("Organizzazione", "/amministrazione/organizzazione", Policies.Administrator),
            new("Personale", "/amministrazione/personale", Policies.Administrator),
            new("Posta in uscita", "/amministrazione/posta", Policies.Administrator),
            new("Registro delle operazioni", "/amministrazione/registro", Policies.Administrator),
            new("Segnalazioni di accessibilità", "/amministrazione/accessibilita", Policies.Administrator),
            new("Lavori pianificati", "/hangfire", Policies.Jobs),
        ]),
    ];

    /// <summary>The menus as this person sees them: entries he may open, menus with at least one.</summary>
    public static async Task<IReadOnlyList<NavigationSection>> ForAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var allowed = new Dictionary<string, bool>(StringComparer.Ordinal);
        var sections = new List<NavigationSection>();
        foreach (var section in Sections)
        {
            var items = new List<NavigationItem>();
            foreach (var item in section.Items)
            {
                if (!allowed.TryGetValue(item.Policy, out var may))
                {
                    may = allowed[item.Policy] = (await authorization.AuthorizeAsync(user, item.Policy)).Succeeded;
                }

                if (may)
                {
                    items.Add(item);
                }
            }

            if (items.Count > 0)
            {
                sections.Add(section with { Items = items });
            }
        }

        return sections;
    }

    /// <summary>
    /// The entry the page at this path belongs to: the one whose path, or one of its other paths, is the longest that
    /// starts the page's path at a segment boundary (so /piano/linee is «Linee di mandato», not «Piano per settore»).
    /// </summary>
    public static NavigationItem? Current(IEnumerable<NavigationSection> sections, string path)
    {
        ArgumentNullException.ThrowIfNull(sections);
        NavigationItem? best = null;
        var length = -1;
        foreach (var item in sections.SelectMany(s => s.Items))
        {
            foreach (var prefix in item.Also.Prepend(item.Path))
            {
                if (prefix.Length > length && Starts(path, prefix))
                {
                    best = item;
                    length = prefix.Length;
                }
            }
        }

        return best;
    }

    private static bool Starts(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (path.Length == prefix.Length || path[prefix.Length] == '/');
}
