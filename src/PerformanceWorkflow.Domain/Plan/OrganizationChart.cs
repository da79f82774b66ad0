using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Plan;

/// <summary>Settore / U.O.A.: a department of the organization, led by a dirigente (Director).</summary>
public sealed class Department
{
    private Department()
    {
        Name = string.Empty;
        Key = string.Empty;
    }

    /// <summary>Creates a department named as in the plan.</summary>
    public Department(string name, int position)
    {
        Name = TextKey.Clean(name);
        Key = TextKey.Of(name);
        Position = position;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Identity key of the name (see <see cref="TextKey.Of"/>).</summary>
    public string Key { get; private set; }

    /// <summary>Order of appearance in the plan.</summary>
    public int Position { get; private set; }

    /// <summary>The user id of the dirigente who leads the department, when assigned.</summary>
    public string? DirectorId { get; private set; }

    public List<Unit> Units { get; private set; } = [];

    /// <summary>Assigns (or, with null, removes) the dirigente.</summary>
    public void AssignDirector(string? userId) => DirectorId = string.IsNullOrWhiteSpace(userId) ? null : userId;

    /// <summary>Takes the spelling and order of the latest import.</summary>
    public void Update(string name, int position)
    {
        Name = TextKey.Clean(name);
        Position = position;
    }
}

/// <summary>U.O.C.: a unit of a department, led by a responsabile (UnitHead). An U.O.A. is its own single unit.</summary>
public sealed class Unit
{
    private Unit()
    {
        Name = string.Empty;
        Key = string.Empty;
    }

    /// <summary>Creates a unit of <paramref name="department"/>.</summary>
    public Unit(Department department, string name, int position)
    {
        ArgumentNullException.ThrowIfNull(department);
        Department = department;
        Name = TextKey.Clean(name);
        Key = TextKey.Of(name);
        Position = position;
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public Department Department { get; private set; } = null!;

    public string Name { get; private set; }

    public string Key { get; private set; }

    public int Position { get; private set; }

    /// <summary>The user id of the responsabile who leads the unit, when assigned.</summary>
    public string? HeadId { get; private set; }

    /// <summary>Assigns (or, with null, removes) the responsabile.</summary>
    public void AssignHead(string? userId) => HeadId = string.IsNullOrWhiteSpace(userId) ? null : userId;

    /// <summary>Takes the spelling, department and order of the latest import (an office may move between departments).</summary>
    public void Update(Department department, string name, int position)
    {
        ArgumentNullException.ThrowIfNull(department);
        Department = department;
        Name = TextKey.Clean(name);
        Position = position;
    }
}

/// <summary>Ufficio / Personale: who does the work of an indicator, as written in the plan.</summary>
public sealed class Office
{
    private Office()
    {
        Name = string.Empty;
        Key = string.Empty;
    }

    public Office(string name)
    {
        Name = TextKey.Clean(name);
        Key = TextKey.Of(name);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Key { get; private set; }
}

/// <summary>
/// Delega: the owner of a unit lets another person enter its values for a period (inclusive dates).
/// </summary>
public sealed class Delegation
{
    private Delegation()
    {
        DelegateId = string.Empty;
        GrantedById = string.Empty;
    }

    public Delegation(int unitId, string delegateId, string grantedById, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("La delega non può finire prima di cominciare.", nameof(to));
        }

        UnitId = unitId;
        DelegateId = delegateId;
        GrantedById = grantedById;
        From = from;
        To = to;
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>The user id of the person who may enter the unit's values.</summary>
    public string DelegateId { get; private set; }

    public string GrantedById { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public bool IsActiveOn(DateOnly day) => From <= day && day <= To;
}
