using CenterOps.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CenterOps.Platform.Notifications;

public enum Channel
{
    InApp,
    Email,
    Sms,
    WeChat,
}

public enum DeliveryStatus
{
    Queued,
    Sent,
    Delivered,
    Failed,
    Retrying,
}

/// <summary>
/// A message in the outbox (SCHED-2 delivery log): written in the same transaction as the business change that
/// caused it, delivered later by the dispatcher, with every attempt kept.
/// </summary>
[NotAudited]
public sealed class Notification : ICentreOwned
{
    public const int MaxAttempts = 5;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CentreId { get; init; }
    public Channel Channel { get; init; }
    public Guid? RecipientUserId { get; init; }
    /// <summary>Email address, phone number or WeChat open id; empty for in-app messages.</summary>
    public string Address { get; init; } = "";
    public required string Subject { get; init; }
    public required string Body { get; init; }
    /// <summary>Makes sending idempotent: one message per key (e.g. <c>timer:{id}:warning:email</c>).</summary>
    public string? DedupKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DeliveryStatus Status { get; private set; } = DeliveryStatus.Queued;
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? ReadAt { get; set; }
    /// <summary>The dispatcher node holding this message, and until when; lets several nodes share one outbox.</summary>
    public Guid? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public List<DeliveryAttempt> AttemptLog { get; init; } = [];

    public static Notification Create(Guid centreId, Channel channel, string subject, string body, DateTimeOffset now,
        Guid? recipientUserId = null, string address = "", string? dedupKey = null) => new()
        {
            CentreId = centreId,
            Channel = channel,
            RecipientUserId = recipientUserId,
            Address = address,
            Subject = subject,
            Body = body,
            DedupKey = dedupKey,
            CreatedAt = now,
            NextAttemptAt = now,
        };

    /// <summary>Records one delivery attempt; a failure is retried with exponential back-off up to <see cref="MaxAttempts"/>.</summary>
    public void Record(bool succeeded, bool confirmedDelivered, string? error, DateTimeOffset now)
    {
        Attempts++;
        ClaimedBy = null;
        ClaimedUntil = null;
        if (succeeded)
        {
            Status = confirmedDelivered ? DeliveryStatus.Delivered : DeliveryStatus.Sent;
            SentAt = now;
            LastError = null;
        }
        else
        {
            LastError = error?.Length > 500 ? error[..500] : error;
            Status = Attempts >= MaxAttempts ? DeliveryStatus.Failed : DeliveryStatus.Retrying;
            // 1, 2, 4, 8 minutes between tries.
            NextAttemptAt = now + TimeSpan.FromMinutes(Math.Pow(2, Attempts - 1));
        }
        AttemptLog.Add(new DeliveryAttempt { NotificationId = Id, At = now, Status = Status, Error = LastError });
    }

    /// <summary>
    /// SCHED-2: staff send a failed message again (the address was fixed, the mail server is back): it is due now and
    /// gets one more try; the earlier attempts stay in its log.
    /// </summary>
    public bool Retry(DateTimeOffset now)
    {
        if (Status != DeliveryStatus.Failed)
        {
            return false;
        }
        Status = DeliveryStatus.Retrying;
        NextAttemptAt = now;
        return true;
    }
}

/// <summary>One try at delivering a notification, and how it went.</summary>
[NotAudited]
public sealed class DeliveryAttempt
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid NotificationId { get; init; }
    public DateTimeOffset At { get; init; }
    public DeliveryStatus Status { get; init; }
    public string? Error { get; init; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("ntf_notifications");
        b.Property(n => n.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Address).HasMaxLength(256);
        b.Property(n => n.Subject).HasMaxLength(200);
        b.Property(n => n.Body).HasMaxLength(4000);
        b.Property(n => n.DedupKey).HasMaxLength(200);
        b.Property(n => n.LastError).HasMaxLength(500);
        b.HasIndex(n => n.DedupKey).IsUnique();
        b.HasIndex(n => new { n.Status, n.NextAttemptAt });
        b.HasIndex(n => new { n.RecipientUserId, n.Channel, n.ReadAt });
        b.HasMany(n => n.AttemptLog).WithOne().HasForeignKey(a => a.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DeliveryAttempt> b)
    {
        b.ToTable("ntf_attempts");
        // Attempts are created with their id and reached through the notification: a set id must mean "new".
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Error).HasMaxLength(500);
    }
}
