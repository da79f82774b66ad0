using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Data.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("Staff");
        builder.Property(s => s.Matricola).HasMaxLength(40).IsRequired();
        builder.HasIndex(s => s.Matricola).IsUnique();
        builder.Property(s => s.LastName).HasMaxLength(120).IsRequired();
        builder.Property(s => s.FirstName).HasMaxLength(120).IsRequired();
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.Area).HasMaxLength(120).IsRequired();
        builder.Property(s => s.EvaluatorMatricola).HasMaxLength(40);
        builder.Property(s => s.PartTimePercent).HasPrecision(5, 2);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.UnitId);
        builder.Ignore(s => s.FullName);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppraisalFormConfiguration : IEntityTypeConfiguration<AppraisalForm>
{
    public void Configure(EntityTypeBuilder<AppraisalForm> builder)
    {
        builder.HasOne(f => f.Instance).WithMany().HasForeignKey(f => f.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.InstanceId).IsUnique();
        builder.HasIndex(f => new { f.Year, f.StaffMemberId }).IsUnique();
        builder.HasIndex(f => new { f.Year, f.EvaluatorUserId });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.EvaluatorUserId).HasMaxLength(450);
        builder.Property(f => f.EvaluatorName).HasMaxLength(256).IsRequired();
        builder.Property(f => f.ScoredDimension).HasMaxLength(20);
        builder.Property(f => f.ScoredName).HasMaxLength(300);
        builder.Property(f => f.SavedBy).HasMaxLength(256);
        builder.Property(f => f.Revision).IsConcurrencyToken();
        foreach (var text in new[] { nameof(AppraisalForm.SelfAssessmentNote), nameof(AppraisalForm.MidYearNote), nameof(AppraisalForm.EvaluatorComment), nameof(AppraisalForm.HearingStatement), nameof(AppraisalForm.PersonObservations), nameof(AppraisalForm.ConciliationReasons), nameof(AppraisalForm.ConciliationDecision) })
        {
            builder.Property(text).HasMaxLength(4000);
        }

        // Objectives and ratings are read and written with their form, never queried alone: one JSON column each.
        builder.OwnsMany(f => f.Objectives, o => o.ToJson());
        builder.OwnsMany(f => f.Ratings, o => o.ToJson());
        builder.OwnsMany(f => f.SelfRatings, o => o.ToJson());
    }
}

internal sealed class YearSettingsRecordConfiguration : IEntityTypeConfiguration<YearSettingsRecord>
{
    public void Configure(EntityTypeBuilder<YearSettingsRecord> builder)
    {
        builder.ToTable("YearSettings");
        builder.HasKey(s => new { s.Kind, s.Year });
        builder.Property(s => s.Kind).HasMaxLength(40);
        builder.Property(s => s.Year).ValueGeneratedNever();
        builder.Property(s => s.Json).IsRequired();
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}
