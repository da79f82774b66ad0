using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Data.Configurations;

internal static class Lengths
{
    public const int Name = 300;
    public const int Code = 40;
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(d => d.Key).HasMaxLength(Lengths.Name).IsRequired();
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasMany(d => d.Units).WithOne(u => u.Department).HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(u => u.Key).HasMaxLength(Lengths.Name).IsRequired();
        builder.HasIndex(u => u.Key).IsUnique();
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(o => o.Key).HasMaxLength(Lengths.Name).IsRequired();
        builder.HasIndex(o => o.Key).IsUnique();
    }
}

internal sealed class MandateLineConfiguration : IEntityTypeConfiguration<MandateLine>
{
    public void Configure(EntityTypeBuilder<MandateLine> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(Lengths.Name).IsRequired();
        builder.Property(m => m.Key).HasMaxLength(Lengths.Name).IsRequired();
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasMany(m => m.StrategicObjectives).WithOne(s => s.MandateLine).HasForeignKey(s => s.MandateLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StrategicObjectiveConfiguration : IEntityTypeConfiguration<StrategicObjective>
{
    public void Configure(EntityTypeBuilder<StrategicObjective> builder)
    {
        // Titles are long free text: uniqueness within a mandate line is kept by the importer, not by an index.
        builder.Property(s => s.Title).IsRequired();
        builder.Property(s => s.Key).IsRequired();
    }
}

internal sealed class BudgetMissionConfiguration : IEntityTypeConfiguration<BudgetMission>
{
    public void Configure(EntityTypeBuilder<BudgetMission> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(4).IsRequired();
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(Lengths.Name).IsRequired();
        builder.Ignore(m => m.Label);
    }
}

internal sealed class PlanYearConfiguration : IEntityTypeConfiguration<PlanYear>
{
    public void Configure(EntityTypeBuilder<PlanYear> builder)
    {
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.ScoringVersion).IsConcurrencyToken();
        builder.Property(y => y.DeliberationNumber).HasMaxLength(40);
        builder.ComplexProperty(y => y.Scoring, scoring =>
        {
            scoring.Property(s => s.CapAt100).HasColumnName("ScoringCapAt100");
            scoring.Property(s => s.LowerIsBetter).HasColumnName("ScoringLowerIsBetter");
            scoring.Property(s => s.Tolerance).HasColumnName("ScoringTolerance").HasPrecision(18, 4);
        });
    }
}

internal sealed class AccessibilityReportConfiguration : IEntityTypeConfiguration<Features.Accessibility.AccessibilityReport>
{
    public void Configure(EntityTypeBuilder<Features.Accessibility.AccessibilityReport> builder)
    {
        builder.ToTable("AccessibilityReports");
        builder.Property(r => r.Page).HasMaxLength(Features.Accessibility.AccessibilityReportService.PageLength);
        builder.Property(r => r.Description).HasMaxLength(Features.Accessibility.AccessibilityReportService.DescriptionLength).IsRequired();
        builder.Property(r => r.ContactName).HasMaxLength(200);
        builder.Property(r => r.ContactEmail).HasMaxLength(256);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.HandledBy).HasMaxLength(256);
        builder.Property(r => r.Answer).HasMaxLength(Features.Accessibility.AccessibilityReportService.DescriptionLength);
        builder.Ignore(r => r.IsHandled);
        builder.Ignore(r => r.AnswerDueUtc);
        builder.HasIndex(r => r.ReceivedAtUtc);
    }
}
