using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Data.Configurations;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.Property(i => i.Phase).HasMaxLength(40).IsRequired();
        builder.Property(i => i.Machine).HasMaxLength(80).IsRequired();
        builder.Property(i => i.State).HasMaxLength(80).IsRequired();
        builder.Property(i => i.SubjectKey).HasMaxLength(300).IsRequired();
        builder.HasIndex(i => i.SubjectKey).IsUnique();
        builder.HasIndex(i => new { i.Phase, i.Year });
        builder.HasIndex(i => i.OwnerId);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasOne(i => i.Parent).WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(i => i.Dates);
    }
}

internal sealed class WorkflowJournalEntryConfiguration : IEntityTypeConfiguration<WorkflowJournalEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowJournalEntry> builder)
    {
        builder.ToTable("WorkflowJournal");
        builder.Property(j => j.Trigger).HasMaxLength(80).IsRequired();
        builder.Property(j => j.FromState).HasMaxLength(80).IsRequired();
        builder.Property(j => j.ToState).HasMaxLength(80).IsRequired();
        builder.Property(j => j.ActorName).HasMaxLength(256).IsRequired();
        builder.Property(j => j.Comment).HasMaxLength(4000);
        builder.Property(j => j.DeliberationNumber).HasMaxLength(40);
        builder.HasOne(j => j.Instance).WithMany().HasForeignKey(j => j.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => new { j.InstanceId, j.Id });
    }
}

internal sealed class UserTaskConfiguration : IEntityTypeConfiguration<UserTask>
{
    public void Configure(EntityTypeBuilder<UserTask> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(300).IsRequired();
        builder.Property(t => t.State).HasMaxLength(80).IsRequired();
        builder.Property(t => t.AssigneeRole).HasMaxLength(40);
        builder.Property(t => t.ClosedBy).HasMaxLength(256);
        builder.HasOne(t => t.Instance).WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.AssigneeId, t.Status });
        builder.HasIndex(t => new { t.AssigneeRole, t.Status });
        builder.HasIndex(t => new { t.InstanceId, t.Status });
    }
}

internal sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    public void Configure(EntityTypeBuilder<WorkflowTimer> builder)
    {
        builder.Property(t => t.TimerId).HasMaxLength(80).IsRequired();
        builder.Property(t => t.State).HasMaxLength(80).IsRequired();
        builder.Property(t => t.Trigger).HasMaxLength(80).IsRequired();

        // Two sweeps firing the same timer: the second finds the status changed and loses.
        builder.Property(t => t.Status).IsConcurrencyToken();
        builder.HasOne(t => t.Instance).WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.Status, t.DueAtUtc });
        builder.HasIndex(t => new { t.InstanceId, t.Status });
    }
}

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> builder)
    {
        builder.Property(v => v.Phase).HasMaxLength(40).IsRequired();
        builder.Property(v => v.Json).IsRequired();
        builder.HasIndex(v => new { v.Phase, v.Version }).IsUnique();
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(m => m.Key).HasMaxLength(450).IsRequired();
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.Template).HasMaxLength(80).IsRequired();
        builder.Property(m => m.ToAddress).HasMaxLength(256);
        builder.Property(m => m.ToName).HasMaxLength(256);
        builder.Property(m => m.RecipientId).HasMaxLength(450);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.Comment).HasMaxLength(4000);
        builder.Property(m => m.ActorId).HasMaxLength(450);
        builder.Property(m => m.ActorName).HasMaxLength(256);
        builder.Property(m => m.StateLabel).HasMaxLength(200);
        builder.Property(m => m.Deliberation).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(1200);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        // No index on ClaimToken: the sender finds its rows by id (it knows which it claimed), and each index is one more
        // page written by every queued email, claim and mark.
        builder.HasOne(m => m.Instance).WithMany().HasForeignKey(m => m.InstanceId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsOne(m => m.Body, body =>
        {
            body.ToTable("OutboxBodies");
            body.WithOwner().HasForeignKey("MessageId");
            body.Property(b => b.Text).IsRequired();
            body.Property(b => b.Html).IsRequired();
        });
        builder.Navigation(m => m.Body).IsRequired(false);
    }
}
