using System.Linq.Expressions;
using CenterOps.Platform.Audit;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CenterOps.Platform.Data;

/// <summary>
/// The one database context. Modules contribute their entity configurations through <see cref="ModelAssembly"/>
/// registrations; tables are prefixed by module (<c>org_</c>, <c>sec_</c>, <c>audit_</c>).
/// </summary>
public sealed class AppDbContext(
    DbContextOptions<AppDbContext> options,
    IEnumerable<ModelAssembly> modelAssemblies,
    ICurrentStaff staff,
    AuditTrail auditTrail) : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options)
{
    /// <summary>The centre whose rows queries see. Null (no signed-in staff) sees no centre-owned rows.</summary>
    public Guid? CurrentCentreId => staff.CentreId;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>().ToTable("sec_users");
        builder.Entity<IdentityRole<Guid>>().ToTable("sec_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("sec_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("sec_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("sec_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("sec_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("sec_role_claims");
        builder.Entity<StaffUser>().Property(u => u.DisplayName).HasMaxLength(100);
        builder.Entity<StaffUser>().Property(u => u.Culture).HasMaxLength(16);
        builder.Entity<StaffUser>().HasIndex(u => u.CentreId);

        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var module in modelAssemblies)
        {
            builder.ApplyConfigurationsFromAssembly(module.Assembly);
        }

        foreach (var entityType in builder.Model.GetEntityTypes().ToList())
        {
            var clr = entityType.ClrType;
            if (typeof(ICentreOwned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).HasQueryFilter(CentreFilter(clr));
                builder.Entity(clr).HasIndex(nameof(ICentreOwned.CentreId));
            }
            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no instant type; store UTC ticks so ordering and comparison run in SQL. PostgreSQL keeps timestamptz.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    // e => e.CentreId == this.CurrentCentreId, parameterised per context instance by EF.
    LambdaExpression CentreFilter(Type clr)
    {
        var e = Expression.Parameter(clr, "e");
        var centreId = Expression.Convert(Expression.Property(e, nameof(ICentreOwned.CentreId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentCentreId));
        return Expression.Lambda(Expression.Equal(centreId, current), e);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.CreateVersion7();
            }
        }

        var drafts = auditTrail.Collect(ChangeTracker);
        if (drafts.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // SEC-2: the change and its audit entries commit together, or neither does.
        var ownTransaction = Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await auditTrail.AppendAsync(this, drafts, cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return written;
    }
}
