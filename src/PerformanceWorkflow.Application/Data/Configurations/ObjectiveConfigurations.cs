using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Data.Configurations;

internal sealed class OperationalObjectiveConfiguration : IEntityTypeConfiguration<OperationalObjective>
{
    public void Configure(EntityTypeBuilder<OperationalObjective> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(Lengths.Code);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Title).IsRequired();
        builder.Property(o => o.Key).IsRequired();
        builder.Property(o => o.Cup).HasMaxLength(15);
        builder.PrimitiveCollection(o => o.Tags);
        builder.PrimitiveCollection(o => o.Years);
        builder.Ignore(o => o.IsCrossCutting);
    }
}

internal sealed class ObjectiveLinkConfiguration : IEntityTypeConfiguration<ObjectiveLink>
{
    public void Configure(EntityTypeBuilder<ObjectiveLink> builder)
    {
        builder.HasIndex(l => new { l.OperationalObjectiveId, l.UnitId }).IsUnique();
        builder.HasOne(l => l.OperationalObjective).WithMany().HasForeignKey(l => l.OperationalObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Unit).WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.StrategicObjective).WithMany().HasForeignKey(l => l.StrategicObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.BudgetMission).WithMany().HasForeignKey(l => l.BudgetMissionId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(l => l.Years);
    }
}

internal sealed class ObjectiveAssignmentConfiguration : IEntityTypeConfiguration<ObjectiveAssignment>
{
    public void Configure(EntityTypeBuilder<ObjectiveAssignment> builder)
    {
        builder.HasIndex(a => new { a.Year, a.OperationalObjectiveId, a.UnitId }).IsUnique();
        builder.HasIndex(a => a.UnitId);
        builder.HasOne<PlanYear>().WithMany().HasForeignKey(a => a.Year).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.OperationalObjective).WithMany().HasForeignKey(a => a.OperationalObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.ManagementObjectives).WithOne(m => m.ObjectiveAssignment).HasForeignKey(m => m.ObjectiveAssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ManagementObjectiveConfiguration : IEntityTypeConfiguration<ManagementObjective>
{
    public void Configure(EntityTypeBuilder<ManagementObjective> builder)
    {
        builder.Property(m => m.Title).IsRequired();
        builder.HasMany(m => m.Indicators).WithOne(i => i.ManagementObjective).HasForeignKey(i => i.ManagementObjectiveId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Title).IsRequired();
        builder.Property(i => i.KindLabel).HasMaxLength(80).IsRequired();
        builder.Ignore(i => i.IsRatio);
        builder.HasOne(i => i.Office).WithMany().HasForeignKey(i => i.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(i => i.Target, target =>
        {
            target.Property(t => t.Text).HasColumnName("TargetText").HasMaxLength(200).IsRequired();
            target.Property(t => t.Measure).HasColumnName("TargetMeasure");
            target.Property(t => t.Threshold).HasColumnName("TargetThreshold").HasPrecision(18, 4);
            target.Property(t => t.Direction).HasColumnName("TargetDirection");
            target.Property(t => t.Problem).HasColumnName("TargetProblem").HasMaxLength(400);
        });
    }
}

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.FileName).HasMaxLength(260).IsRequired();
        builder.Property(r => r.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.SummaryJson).IsRequired();
    }
}

internal sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.FileName).HasMaxLength(260).IsRequired();
        builder.Property(p => p.UserName).HasMaxLength(256);
        builder.Property(p => p.Purpose).HasMaxLength(20).IsRequired();
        builder.Property(p => p.Parameters).HasMaxLength(400);
    }
}

internal sealed class ScoreSnapshotConfiguration : IEntityTypeConfiguration<ScoreSnapshot>
{
    public void Configure(EntityTypeBuilder<ScoreSnapshot> builder)
    {
        builder.HasIndex(s => new { s.Year, s.RoundId }).IsUnique();
        builder.HasOne<MonitoringRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Payload).IsRequired();
        builder.Property(s => s.InputHash).HasMaxLength(32);
    }
}

internal sealed class StructureChangeConfiguration : IEntityTypeConfiguration<StructureChange>
{
    public void Configure(EntityTypeBuilder<StructureChange> builder) => builder.Property(c => c.Tables).HasMaxLength(400).IsRequired();
}
