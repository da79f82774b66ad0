using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Data.Configurations;

internal sealed class MonitoringRoundConfiguration : IEntityTypeConfiguration<MonitoringRound>
{
    public void Configure(EntityTypeBuilder<MonitoringRound> builder)
    {
        builder.HasIndex(r => new { r.Year, r.Number }).IsUnique();
        builder.HasOne<PlanYear>().WithMany().HasForeignKey(r => r.Year).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.Label);
    }
}

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.HasIndex(m => new { m.RoundId, m.IndicatorId }).IsUnique();
        builder.HasIndex(m => m.IndicatorId);

        // An indicator with values cannot disappear silently: the importer refuses to remove it.
        builder.HasOne<Indicator>().WithMany().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MonitoringRound>().WithMany().HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Value).HasPrecision(18, 4);
        builder.Property(m => m.Numerator).HasPrecision(18, 4);
        builder.Property(m => m.Denominator).HasPrecision(18, 4);
        builder.Property(m => m.Note).HasMaxLength(2000);
        builder.Property(m => m.EnteredBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class MeasurementChangeConfiguration : IEntityTypeConfiguration<MeasurementChange>
{
    public void Configure(EntityTypeBuilder<MeasurementChange> builder)
    {
        builder.HasIndex(c => new { c.IndicatorId, c.RoundId });
        builder.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MonitoringRound>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.OldValue).HasPrecision(18, 4);
        builder.Property(c => c.NewValue).HasPrecision(18, 4);
        builder.Property(c => c.OldNote).HasMaxLength(2000);
        builder.Property(c => c.NewNote).HasMaxLength(2000);
        builder.Property(c => c.ChangedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Source).HasMaxLength(300).IsRequired();
    }
}

internal sealed class ScoringWeightConfiguration : IEntityTypeConfiguration<ScoringWeight>
{
    public void Configure(EntityTypeBuilder<ScoringWeight> builder)
    {
        builder.HasIndex(w => new { w.Year, w.Element, w.ElementId }).IsUnique();
        builder.HasOne<PlanYear>().WithMany().HasForeignKey(w => w.Year).OnDelete(DeleteBehavior.Cascade);
        builder.Property(w => w.Weight).HasPrecision(9, 4);
    }
}
