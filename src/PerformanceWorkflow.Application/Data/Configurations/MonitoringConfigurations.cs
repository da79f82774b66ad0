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

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasOne(s => s.Instance).WithMany().HasForeignKey(s => s.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.InstanceId).IsUnique();
        builder.HasIndex(s => new { s.Year, s.Round });
        builder.Property(s => s.OwnerId).HasMaxLength(450).IsRequired();
        builder.Property(s => s.SavedBy).HasMaxLength(256);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.PrimitiveCollection(s => s.UnitIds);
        builder.HasMany(s => s.Values).WithOne().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SubmissionValueConfiguration : IEntityTypeConfiguration<SubmissionValue>
{
    public void Configure(EntityTypeBuilder<SubmissionValue> builder)
    {
        builder.HasIndex(v => new { v.SubmissionId, v.IndicatorId }).IsUnique();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Value).HasPrecision(18, 4);
        builder.Property(v => v.Numerator).HasPrecision(18, 4);
        builder.Property(v => v.Denominator).HasPrecision(18, 4);
        builder.Property(v => v.Note).HasMaxLength(2000);
        builder.Ignore(v => v.Effective);
    }
}

internal sealed class TargetRevisionConfiguration : IEntityTypeConfiguration<TargetRevision>
{
    public void Configure(EntityTypeBuilder<TargetRevision> builder)
    {
        builder.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Instance).WithMany().HasForeignKey(r => r.InstanceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.Year, r.IndicatorId });
        builder.Property(r => r.Reason).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        Target(builder, r => r.OldTarget, "Old");
        Target(builder, r => r.NewTarget, "New");
    }

    private static void Target(EntityTypeBuilder<TargetRevision> builder, System.Linq.Expressions.Expression<Func<TargetRevision, Target?>> property, string prefix) =>
        builder.ComplexProperty(property, target =>
        {
            target.Property(t => t.Text).HasColumnName(prefix + "TargetText").HasMaxLength(200).IsRequired();
            target.Property(t => t.Measure).HasColumnName(prefix + "TargetMeasure");
            target.Property(t => t.Threshold).HasColumnName(prefix + "TargetThreshold").HasPrecision(18, 4);
            target.Property(t => t.Direction).HasColumnName(prefix + "TargetDirection");
            target.Property(t => t.Problem).HasColumnName(prefix + "TargetProblem").HasMaxLength(400);
        });
}

internal sealed class DeviationCauseConfiguration : IEntityTypeConfiguration<DeviationCause>
{
    public void Configure(EntityTypeBuilder<DeviationCause> builder)
    {
        builder.HasOne(c => c.Instance).WithMany().HasForeignKey(c => c.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.InstanceId, c.IndicatorId }).IsUnique();
        builder.HasIndex(c => new { c.Year, c.IndicatorId });
        builder.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Cause).HasMaxLength(4000);
        builder.Property(c => c.CorrectiveActions).HasMaxLength(4000);
        builder.Property(c => c.SavedBy).HasMaxLength(256);
        builder.Ignore(c => c.IsComplete);
    }
}

internal sealed class ReportDocumentConfiguration : IEntityTypeConfiguration<PerformanceWorkflow.Domain.Reporting.ReportDocument>
{
    public void Configure(EntityTypeBuilder<PerformanceWorkflow.Domain.Reporting.ReportDocument> builder)
    {
        builder.HasIndex(d => new { d.Year, d.Kind, d.Version }).IsUnique();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FileName).HasMaxLength(260).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(120).IsRequired();
        builder.Property(d => d.UploadedBy).HasMaxLength(256).IsRequired();
    }
}
