using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Data;

/// <summary>
/// The application database: every durable fact of the service lives here (Hangfire's storage holds nothing that the
/// next sweep cannot redo). One model, three providers; migrations are kept per provider, one of each for a change
/// (a test checks each provider's model against its snapshot):
/// <code>
/// dotnet ef migrations add NAME --project src/PerformanceWorkflow.Migrations.Sqlite --startup-project src/PerformanceWorkflow.Migrations.Sqlite
/// dotnet ef migrations add NAME --project src/PerformanceWorkflow.Migrations.SqlServer --startup-project src/PerformanceWorkflow.Migrations.SqlServer
/// dotnet ef migrations add NAME --project src/PerformanceWorkflow.Migrations.PostgreSql --startup-project src/PerformanceWorkflow.Migrations.PostgreSql
/// </code>
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Data-protection keys: forms and cookies survive a restart and are shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<MandateLine> MandateLines => Set<MandateLine>();

    public DbSet<StrategicObjective> StrategicObjectives => Set<StrategicObjective>();

    public DbSet<BudgetMission> BudgetMissions => Set<BudgetMission>();

    public DbSet<OperationalObjective> OperationalObjectives => Set<OperationalObjective>();

    public DbSet<ObjectiveLink> ObjectiveLinks => Set<ObjectiveLink>();

    public DbSet<PlanYear> PlanYears => Set<PlanYear>();

    public DbSet<ObjectiveAssignment> ObjectiveAssignments => Set<ObjectiveAssignment>();

    public DbSet<ManagementObjective> ManagementObjectives => Set<ManagementObjective>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<MonitoringRound> MonitoringRounds => Set<MonitoringRound>();

    public DbSet<Measurement> Measurements => Set<Measurement>();

    public DbSet<MeasurementChange> MeasurementChanges => Set<MeasurementChange>();

    public DbSet<ScoringWeight> ScoringWeights => Set<ScoringWeight>();

    public DbSet<ScoreSnapshot> ScoreSnapshots => Set<ScoreSnapshot>();

    public DbSet<StructureChange> StructureChanges => Set<StructureChange>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<PendingImport> PendingImports => Set<PendingImport>();

    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();

    public DbSet<WorkflowJournalEntry> WorkflowJournal => Set<WorkflowJournalEntry>();

    public DbSet<UserTask> UserTasks => Set<UserTask>();

    public DbSet<WorkflowTimer> WorkflowTimers => Set<WorkflowTimer>();

    public DbSet<WorkflowDefinitionVersion> WorkflowDefinitionVersions => Set<WorkflowDefinitionVersion>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionValue> SubmissionValues => Set<SubmissionValue>();

    public DbSet<TargetRevision> TargetRevisions => Set<TargetRevision>();

    public DbSet<DeviationCause> DeviationCauses => Set<DeviationCause>();

    public DbSet<Domain.Reporting.ReportDocument> ReportDocuments => Set<Domain.Reporting.ReportDocument>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<AppraisalForm> AppraisalForms => Set<AppraisalForm>();

    public DbSet<YearSettingsRecord> YearSettings => Set<YearSettingsRecord>();

    public DbSet<Features.Accessibility.AccessibilityReport> AccessibilityReports => Set<Features.Accessibility.AccessibilityReport>();

    /// <summary>
    /// The structure's version as this unit of work first read it (<see cref="PlanStructure.VersionAsync"/>): a page
    /// asks several caches, one query answers them all; any save forgets it.
    /// </summary>
    internal long? StructureSeen { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detect = StampStructure();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
            StructureSeen = null;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = StampStructure();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
            StructureSeen = null;
        }
    }

    /// <summary>
    /// Detects the changes once, adds the <see cref="StructureChange"/> they call for, and leaves detection off for the
    /// save that follows (an import saves 120,000 rows: detecting them twice would cost as much as a query); returns
    /// whether detection was on, to be put back.
    /// </summary>
    private bool StampStructure()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        PlanStructure.Stamp(this);
        return detect;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        if (Database.IsNpgsql())
        {
            // Every DateTime of the model is UTC (the *Utc names, dates at midnight UTC); SQLite gives them back without
            // their kind, and PostgreSQL's timestamptz accepts only UTC ones: the kind is made explicit both ways.
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
            configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        }

        // Enums are stored by name: readable in the database and safe when members are added.
        configurationBuilder.Properties<IndicatorKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<TargetMeasure>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<TargetDirection>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PlanStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<RoundKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<RoundStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<LowerIsBetterRule>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<WeightedElement>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<RoleGroup>().HaveConversion<string>().HaveMaxLength(20);
    }
}

/// <summary>Marks a DateTime as UTC on its way to and from a database that insists on the kind.</summary>
internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc));
