namespace CenterOps.Platform.Data;

/// <summary>A row that belongs to one centre. Queries are filtered to the caller's centre (SEC-1).</summary>
public interface ICentreOwned
{
    Guid CentreId { get; }
}

/// <summary>A row people edit. Its <see cref="Version"/> changes on every save; a stale edit is refused with 409.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>
/// Marks a record holding sensitive personal information (SEC-2): every read is audited, and the audit log keeps
/// only the names of changed fields, never their values.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SensitiveRecordAttribute : Attribute;

/// <summary>An assembly whose <c>IEntityTypeConfiguration</c> classes are part of the model.</summary>
public sealed record ModelAssembly(System.Reflection.Assembly Assembly);

/// <summary>
/// A system record that keeps its own history (outbox, delivery log, timers): changes to it are not copied into
/// the audit trail, which is for people's actions on business records (SEC-2).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;
