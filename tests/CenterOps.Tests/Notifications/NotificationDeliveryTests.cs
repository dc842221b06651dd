using System.Net;
using CenterOps.Platform.Data;
using CenterOps.Platform.Notifications;
using CenterOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CenterOps.Tests.Notifications;

/// <summary>
/// SCHED-2: a message queued with a business change is delivered by the dispatcher through a real SMTP server, and
/// its delivery log says so; a failing server is retried with back-off and the failure is visible.
/// </summary>
public sealed class NotificationDeliveryTests : IAsyncLifetime
{
    SmtpListener _smtp = new();
    readonly TestApp _app = new();

    public async ValueTask InitializeAsync()
    {
        _app.With("Smtp:Host", "127.0.0.1").With("Smtp:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Smtp:Security", "None").With("Smtp:From", "CenterOps <no-reply@centre.test>");
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    async Task<Guid> QueueToAsync(string email)
    {
        var user = await _app.CreateUserAsync(email, "staff", _app.CentreId);
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Notifier>().ToUserAsync(user.Id, "预约已提交", "请在2小时内匹配咨询师。", $"test:{email}", default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        return user.Id;
    }

    Task<List<Notification>> MessagesAsync(Guid user) => _app.WithDbAsync(db => db.Set<Notification>().IgnoreQueryFilters()
        .Include(n => n.AttemptLog).Where(n => n.RecipientUserId == user).OrderBy(n => n.Channel).ToListAsync());

    Task<int> DispatchAsync() => _app.Services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync(default);

    [Fact]
    [Trait("Requirement", "SCHED-2")]
    [Trait("Requirement", "POL-1")]
    public async Task A_queued_email_reaches_the_smtp_server_and_its_log_row_says_sent()
    {
        var user = await QueueToAsync("counsellor@centre.test");
        await DispatchAsync();

        var mail = Assert.Single(_smtp.Received, m => m.To.Contains("counsellor@centre.test"));
        var parsed = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
        Assert.Equal("预约已提交", parsed.Subject);
        Assert.Contains("请在2小时内匹配咨询师", parsed.TextBody, StringComparison.Ordinal);

        var messages = await MessagesAsync(user);
        var email = messages.Single(m => m.Channel == Channel.Email);
        Assert.Equal(DeliveryStatus.Sent, email.Status);
        Assert.Equal(1, email.Attempts);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(email.AttemptLog).Status);
        Assert.Equal(DeliveryStatus.Delivered, messages.Single(m => m.Channel == Channel.InApp).Status);

        // Dispatching again sends nothing twice.
        await DispatchAsync();
        Assert.Single(_smtp.Received, m => m.To.Contains("counsellor@centre.test"));
    }

    [Fact]
    [Trait("Requirement", "SCHED-2")]
    public async Task A_failing_server_is_retried_with_back_off_and_the_failure_is_visible()
    {
        await _smtp.DisposeAsync(); // the mail server goes away
        var user = await QueueToAsync("cs@centre.test");
        await DispatchAsync();

        var email = (await MessagesAsync(user)).Single(m => m.Channel == Channel.Email);
        Assert.Equal(DeliveryStatus.Retrying, email.Status);
        Assert.NotNull(email.LastError);
        Assert.Equal(_app.Clock.GetUtcNow().AddMinutes(1), email.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        await DispatchAsync(); // not yet due: nothing is tried
        Assert.Equal(1, (await MessagesAsync(user)).Single(m => m.Channel == Channel.Email).Attempts);

        for (var i = 0; i < 4; i++)
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(10));
            await DispatchAsync();
        }
        email = (await MessagesAsync(user)).Single(m => m.Channel == Channel.Email);
        Assert.Equal(DeliveryStatus.Failed, email.Status);
        Assert.Equal(Notification.MaxAttempts, email.AttemptLog.Count);

        var manager = await _app.SignedInAsync("manager");
        var log = await manager.GetJsonAsync("/api/notifications/log?status=Failed");
        Assert.Contains(log.GetProperty("items").EnumerateArray(), i => i.GetProperty("address").GetString() == "cs@centre.test");
        var details = await manager.GetJsonAsync($"/api/notifications/log/{email.Id}");
        Assert.Equal(Notification.MaxAttempts, details.GetProperty("attemptLog").GetArrayLength());
        Assert.All(details.GetProperty("attemptLog").EnumerateArray(), a => Assert.False(string.IsNullOrEmpty(a.GetProperty("error").GetString())));
    }

    [Fact]
    [Trait("Requirement", "SCHED-2")]
    public async Task A_failed_message_sent_again_from_the_log_reaches_the_server_once_it_is_back()
    {
        var port = _smtp.Port;
        await _smtp.DisposeAsync();
        var user = await QueueToAsync("reception@centre.test");
        for (var i = 0; i < Notification.MaxAttempts; i++)
        {
            await DispatchAsync();
            _app.Clock.Advance(TimeSpan.FromMinutes(10));
        }
        var email = (await MessagesAsync(user)).Single(m => m.Channel == Channel.Email);
        Assert.Equal(DeliveryStatus.Failed, email.Status);

        var manager = await _app.SignedInAsync("manager");
        var inApp = (await MessagesAsync(user)).Single(m => m.Channel == Channel.InApp);
        // Only a failed message can be sent again; an unknown one is 404; without the log permission, 403.
        await (await manager.PostAsync($"/api/notifications/log/{inApp.Id}/retry", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await manager.PostAsync($"/api/notifications/log/{Guid.NewGuid()}/retry", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        var staff = await _app.SignedInAsync("staff");
        await (await staff.PostAsync($"/api/notifications/log/{email.Id}/retry", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty(_smtp.Received);

        _smtp = new SmtpListener(port); // the mail server is back
        var retried = await manager.PostOkAsync($"/api/notifications/log/{email.Id}/retry", new { });
        Assert.Equal("Retrying", retried.GetProperty("status").GetString());
        await DispatchAsync();

        Assert.Single(_smtp.Received, m => m.To.Contains("reception@centre.test"));
        email = (await MessagesAsync(user)).Single(m => m.Channel == Channel.Email);
        Assert.Equal(DeliveryStatus.Sent, email.Status);
        Assert.Equal(Notification.MaxAttempts + 1, email.AttemptLog.Count);
        Assert.Equal(DeliveryStatus.Sent, email.AttemptLog.OrderBy(a => a.At).Last().Status);
    }

    [Fact]
    [Trait("Requirement", "SCHED-2")]
    public async Task Sms_goes_to_the_recording_sink_and_in_app_messages_show_in_the_bell()
    {
        var email = $"bell-{Guid.NewGuid():N}@centre.test";
        var user = await _app.CreateUserAsync(email, "manager", _app.CentreId);
        await _app.WithScopeAsync(async sp =>
        {
            var notifier = sp.GetRequiredService<Notifier>();
            await notifier.ToAddressAsync(_app.CentreId, Channel.Sms, "13800001111", "咨询提醒", "您的咨询将于10分钟后开始。", null, default);
            await notifier.ToUserAsync(user.Id, "新的投诉", "请处理。", null, default);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        await DispatchAsync();

        var sink = _app.Services.GetRequiredService<RecordingSink>();
        Assert.Contains(sink.Messages, m => m.Channel == Channel.Sms && m.To == "13800001111" && m.Text.Contains("10分钟", StringComparison.Ordinal));

        var client = _app.NewClient();
        await client.PostOkAsync("/api/account/login", new { email, password = TestApp.Password });
        var mine = await client.GetJsonAsync("/api/notifications/mine");
        Assert.Equal(1, mine.GetProperty("unread").GetInt32());
        Assert.Equal("新的投诉", mine.GetProperty("items").GetProperty("items")[0].GetProperty("subject").GetString());
        await client.PostAsync("/api/notifications/mine/read", null);
        Assert.Equal(0, (await client.GetJsonAsync("/api/notifications/mine")).GetProperty("unread").GetInt32());
    }
}
