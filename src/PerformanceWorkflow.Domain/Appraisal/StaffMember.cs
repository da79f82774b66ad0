using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Appraisal;

/// <summary>Dipendente: a person of the Comune, beside the organization chart, who is evaluated every year.</summary>
public sealed class StaffMember
{
    private StaffMember()
    {
        Matricola = string.Empty;
        LastName = string.Empty;
        FirstName = string.Empty;
        Area = string.Empty;
    }

    public StaffMember(string matricola, string lastName, string firstName) : this()
    {
        Matricola = TextKey.Clean(matricola);
        LastName = TextKey.Clean(lastName);
        FirstName = TextKey.Clean(firstName);
    }

    public int Id { get; private set; }

    /// <summary>The payroll number: the person's identity across years and files.</summary>
    public string Matricola { get; private set; }

    public string LastName { get; private set; }

    public string FirstName { get; private set; }

    public string FullName => $"{LastName} {FirstName}".Trim();

    public string? Email { get; private set; }

    public RoleGroup Group { get; private set; }

    /// <summary>The CCNL area (Operatori, Operatori esperti, Istruttori, Funzionari e EQ…), as written by HR.</summary>
    public string Area { get; private set; }

    /// <summary>The department one directs or works in (always set: a unit's department when a unit is given).</summary>
    public int? DepartmentId { get; private set; }

    /// <summary>The unit one leads or works in; null for a dirigente or a person assigned to the whole department.</summary>
    public int? UnitId { get; private set; }

    /// <summary>The matricola of an evaluator overriding the evaluator matrix.</summary>
    public string? EvaluatorMatricola { get; private set; }

    /// <summary>Part-time percentage (100 = full time): it enters the bonus, not the score.</summary>
    public decimal PartTimePercent { get; private set; } = 100;

    /// <summary>Months of service in the year (0–12): parental leave is not counted in the score (art. 9 c.3), only in the bonus.</summary>
    public int ServiceMonths { get; private set; } = 12;

    /// <summary>The account of the person, when he has one (he acknowledges his form with it).</summary>
    public string? UserId { get; private set; }

    public void Update(string lastName, string firstName, string? email, RoleGroup group, string area, int? departmentId, int? unitId, string? evaluatorMatricola, decimal partTimePercent, int serviceMonths, string? userId)
    {
        LastName = TextKey.Clean(lastName);
        FirstName = TextKey.Clean(firstName);
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Group = group;
        Area = TextKey.Clean(area);
        DepartmentId = departmentId;
        UnitId = unitId;
        EvaluatorMatricola = string.IsNullOrWhiteSpace(evaluatorMatricola) ? null : evaluatorMatricola.Trim();
        PartTimePercent = partTimePercent;
        ServiceMonths = serviceMonths;
        UserId = string.IsNullOrWhiteSpace(userId) ? null : userId;
    }
}

/// <summary>The role groups as written in staff files and on forms.</summary>
public static class RoleGroups
{
    public static IReadOnlyList<RoleGroup> All { get; } = [RoleGroup.Director, RoleGroup.UnitHead, RoleGroup.Staff];

    public static string Label(RoleGroup group) => group switch
    {
        RoleGroup.Director => "Dirigente",
        RoleGroup.UnitHead => "EQ",
        RoleGroup.Staff => "Dipendente",
    };

    /// <summary>Reads "Dirigente", "EQ" (or "PO", "Elevata qualificazione", "Responsabile"), "Dipendente".</summary>
    public static RoleGroup? Parse(string? text) => TextKey.Compact(text) switch
    {
        "dirigente" or "dirigenti" or "director" => RoleGroup.Director,
        "eq" or "po" or "elevataqualificazione" or "posizioneorganizzativa" or "responsabile" or "unithead" => RoleGroup.UnitHead,
        "dipendente" or "dipendenti" or "staff" or "personale" => RoleGroup.Staff,
        _ => null,
    };
}
