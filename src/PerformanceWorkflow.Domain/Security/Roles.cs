namespace PerformanceWorkflow.Domain.Security;

/// <summary>The roles of domain.md, by their code names; Italian labels for people.</summary>
public static class Roles
{
    /// <summary>Controllo di gestione / amministratore.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>Dirigente of a Settore or U.O.A.</summary>
    public const string Director = nameof(Director);

    /// <summary>Responsabile di U.O.C. / Elevata Qualificazione.</summary>
    public const string UnitHead = nameof(UnitHead);

    /// <summary>Segretario generale.</summary>
    public const string SecretaryGeneral = nameof(SecretaryGeneral);

    /// <summary>Nucleo di Valutazione / OIV.</summary>
    public const string EvaluationBody = nameof(EvaluationBody);

    /// <summary>Ufficio Personale.</summary>
    public const string HumanResources = nameof(HumanResources);

    /// <summary>Dipendente.</summary>
    public const string Employee = nameof(Employee);

    public static IReadOnlyList<string> All { get; } = [Administrator, Director, UnitHead, SecretaryGeneral, EvaluationBody, HumanResources, Employee];

    public static string Label(string role) => role switch
    {
        Administrator => "Amministratore (controllo di gestione)",
        Director => "Dirigente",
        UnitHead => "Responsabile di U.O.C. / EQ",
        SecretaryGeneral => "Segretario generale",
        EvaluationBody => "Nucleo di valutazione",
        HumanResources => "Ufficio personale",
        Employee => "Dipendente",
        _ => role,
    };
}
