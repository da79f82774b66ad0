using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Appraisal;

/// <summary>
/// The behaviour catalogue shipped by default, in the style of published SMVP regulations: five to six behaviours per
/// role group, each with an observable descriptor for every level of the 1–5 scale. Each Comune edits its own.
/// </summary>
internal static class DefaultCatalogue
{
    public static IReadOnlyList<BehaviourDefinition> Behaviours { get; } =
    [
        .. Group(RoleGroup.Director,
            ("RIS", "Orientamento al risultato", 25, "Obiettivi raggiunti solo in parte, senza azioni per recuperare i ritardi", "Obiettivi raggiunti con ritardi frequenti e recuperi sollecitati da altri", "Obiettivi raggiunti nei tempi, con attenzione alle priorità", "Obiettivi raggiunti anticipando i problemi e riprogrammando per tempo", "Risultati superiori alle attese, ottenuti semplificando e coinvolgendo la struttura"),
            ("RES", "Programmazione e gestione delle risorse", 20, "Risorse assegnate senza programmazione, sprechi evidenti", "Programmazione episodica, risorse spesso riallocate in emergenza", "Risorse programmate e impiegate secondo il piano", "Risorse programmate e verificate con il monitoraggio, scostamenti corretti", "Uso efficiente e misurato delle risorse, risparmi documentati reinvestiti"),
            ("LEA", "Guida e valorizzazione dei collaboratori", 20, "Compiti assegnati senza indicazioni, nessun confronto con i collaboratori", "Indicazioni poco chiare, confronto solo su richiesta", "Compiti chiari, colloqui di valutazione svolti regolarmente", "Delega con fiducia, cura la formazione e la crescita dei collaboratori", "Sviluppa i collaboratori, ne riconosce i meriti e valuta in modo differenziato e motivato"),
            ("INN", "Innovazione e semplificazione", 15, "Nessuna proposta di miglioramento", "Adotta le innovazioni solo se imposte", "Applica le innovazioni previste dal piano", "Propone e realizza semplificazioni e servizi digitali", "Guida progetti di innovazione che cambiano in meglio i servizi dell'ente"),
            ("COL", "Collaborazione e integrazione organizzativa", 10, "Lavora isolato, conflitti con gli altri settori", "Collabora solo se sollecitato", "Collabora con gli altri settori sui processi comuni", "Promuove il lavoro tra settori e risolve i problemi comuni", "È punto di riferimento per l'integrazione tra settori e con gli organi di governo"),
            ("UTE", "Rapporto con l'utenza e con gli organi di governo", 10, "Reclami frequenti, risposte tardive o assenti", "Risposte spesso tardive o incomplete", "Risposte puntuali e corrette", "Ascolta l'utenza e migliora i servizi in base alle segnalazioni", "Rapporto con l'utenza e con gli organi esemplare, riconosciuto all'esterno")),
        .. Group(RoleGroup.UnitHead,
            ("RIS", "Orientamento al risultato", 30, "Attività svolte solo in parte, scadenze mancate", "Attività svolte con ritardi frequenti", "Attività svolte nei tempi e con la qualità attesa", "Attività svolte anticipando le criticità", "Risultati superiori alle attese, con soluzioni migliorative"),
            ("GES", "Gestione dei collaboratori e delle risorse", 25, "Compiti distribuiti senza criterio, nessun controllo", "Organizzazione del lavoro carente, controlli saltuari", "Lavoro organizzato e seguito con regolarità", "Organizza il lavoro valorizzando le competenze di ciascuno", "Gruppo di lavoro autonomo e motivato, risorse usate al meglio"),
            ("AUT", "Autonomia e capacità di risolvere i problemi", 20, "Dipende dal dirigente anche per le questioni ordinarie", "Risolve solo i problemi più semplici", "Risolve i problemi dell'unità in autonomia", "Affronta anche i problemi nuovi proponendo soluzioni", "Anticipa i problemi e propone soluzioni adottate dall'ente"),
            ("COL", "Collaborazione", 15, "Non collabora con le altre unità", "Collabora solo se sollecitato", "Collabora con continuità", "Promuove la collaborazione tra unità", "Punto di riferimento per la collaborazione nel settore"),
            ("UTE", "Rapporto con l'utenza", 10, "Reclami frequenti", "Risposte spesso tardive", "Risposte puntuali e corrette", "Attento alle esigenze dell'utenza", "Rapporto con l'utenza esemplare")),
        .. Group(RoleGroup.Staff,
            ("QUA", "Qualità e precisione del lavoro", 30, "Errori frequenti, il lavoro va rifatto", "Errori non rari, serve un controllo costante", "Lavoro corretto e completo", "Lavoro accurato, pochi controlli necessari", "Lavoro sempre accurato, di riferimento per i colleghi"),
            ("COL", "Collaborazione e lavoro di gruppo", 20, "Non collabora con i colleghi", "Collabora solo se richiesto", "Collabora con i colleghi dell'unità", "Aiuta i colleghi e condivide le informazioni", "Favorisce il lavoro di gruppo e il clima dell'unità"),
            ("FLE", "Flessibilità e disponibilità", 20, "Rifiuta i cambiamenti di compiti e orari", "Accetta i cambiamenti con difficoltà", "Si adatta ai cambiamenti richiesti", "Si rende disponibile nei momenti di maggiore carico", "Si propone per nuovi compiti e li impara rapidamente"),
            ("INI", "Iniziativa e autonomia", 15, "Attende sempre istruzioni", "Prende iniziative solo su questioni semplici", "Svolge i propri compiti in autonomia", "Propone miglioramenti del proprio lavoro", "Propone e realizza miglioramenti adottati dall'unità"),
            ("UTE", "Rapporto con l'utenza", 15, "Comportamenti scortesi o risposte errate", "Risposte spesso incomplete", "Risposte cortesi e corrette", "Attento alle esigenze dell'utenza", "Rapporto con l'utenza esemplare, apprezzato dagli utenti")),
    ];

    private static IEnumerable<BehaviourDefinition> Group(RoleGroup group, params (string Code, string Name, decimal Weight, string L1, string L2, string L3, string L4, string L5)[] items) =>
        items.Select(i => new BehaviourDefinition(group, i.Code, i.Name, i.Weight, [i.L1, i.L2, i.L3, i.L4, i.L5]));
}
