using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Plan;

namespace PerformanceWorkflow.Application.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder) => builder.Property(u => u.FullName).HasMaxLength(200).IsRequired();
}

internal sealed class LeadershipConfiguration : IEntityTypeConfiguration<Department>, IEntityTypeConfiguration<Unit>
{
    // Users are locked, never deleted: references to them never cascade.
    public void Configure(EntityTypeBuilder<Department> builder) =>
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.DirectorId).OnDelete(DeleteBehavior.NoAction);

    public void Configure(EntityTypeBuilder<Unit> builder) =>
        builder.HasOne<AppUser>().WithMany().HasForeignKey(u => u.HeadId).OnDelete(DeleteBehavior.NoAction);
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.DelegateId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.GrantedById).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(d => new { d.DelegateId, d.From, d.To });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(80).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(80);
        builder.Property(e => e.EntityId).HasMaxLength(128);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => e.Action);
    }
}

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64).IsRequired();
        builder.HasData(new AuditHead { Id = 1, LastId = 0, LastHash = AuditHead.Genesis, Version = 0 });
    }
}
