using CenterOps.Platform.Data;
using CenterOps.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CenterOps.BrowserTests;

/// <summary>A message the centre could not deliver shows up for staff, with every try, and can be sent again.</summary>
public sealed class DeliveryLogJourneyTests(Browser browser) : Journey(browser)
{
    [Fact]
    [Trait("Requirement", "SCHED-2")]
    public async Task A_failed_email_is_shown_with_its_tries_and_sent_again()
    {
        await Pages.Console.SetUpAndSignInAsync(Page);
        await QueueUndeliverableEmailAsync();

        await Page.ClickAsync("[data-test=nav-messages]");
        await Expect(Page.Locator("[data-test=delivery-failed-alert]")).ToContainTextAsync("有 1 条消息发送失败");
        await Page.ClickAsync("[data-test=show-failed]");
        var row = Page.Locator("[data-test=delivery-log] tbody tr").Filter(new() { HasText = "明日预约确认" });
        await Expect(row).ToHaveCountAsync(1); // the in-app copy was delivered; only the email failed
        await Expect(row).ToContainTextAsync("发送失败");
        await Expect(row).ToContainTextAsync("Smtp:Host is not configured");

        await row.ClickAsync();
        await Expect(Page.Locator("[data-test=delivery-details]")).ToContainTextAsync("请于今日18:00前确认明天的预约");
        await Expect(Page.Locator("[data-test=delivery-details]")).ToContainTextAsync("发送失败 · Smtp:Host is not configured");
        await ScreenshotAsync("delivery-log");

        await row.Locator("[data-test=retry]").ClickAsync();
        await Expect(Page.GetByText("已安排重发")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-test=delivery-failed-alert]")).ToHaveCountAsync(0);
        var status = await App.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope().ServiceProvider
            .GetRequiredService<AppDbContext>().Set<Notification>().IgnoreQueryFilters()
            .Where(n => n.Channel == Channel.Email && n.Subject == "明日预约确认").Select(n => n.Status).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(DeliveryStatus.Retrying, status);
    }

    /// <summary>Plays a module sending the administrator an email, and the dispatcher's tries running out (no mail server is set up).</summary>
    async Task QueueUndeliverableEmailAsync()
    {
        await using (var scope = App.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var admin = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == Pages.Console.Email, TestContext.Current.CancellationToken);
            await scope.ServiceProvider.GetRequiredService<Notifier>()
                .ToUserAsync(admin.Id, "明日预约确认", "请于今日18:00前确认明天的预约。", null, TestContext.Current.CancellationToken);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var dispatcher = App.Services.GetRequiredService<NotificationDispatcher>();
        await dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken);
        await using (var scope = App.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var email = await db.Set<Notification>().IgnoreQueryFilters().SingleAsync(n => n.Channel == Channel.Email, TestContext.Current.CancellationToken);
            // The back-off would take 15 minutes; the remaining tries are recorded as the dispatcher records them.
            while (email.Status != DeliveryStatus.Failed)
            {
                email.Record(false, false, "Smtp:Host is not configured", DateTimeOffset.UtcNow);
            }
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
    }
}
