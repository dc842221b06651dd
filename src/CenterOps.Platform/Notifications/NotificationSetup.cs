using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Platform.Notifications;

internal static class NotificationSetup
{
    /// <summary>Outbox, dispatcher and the four channels; SMS and WeChat record unless configured for an HTTP gateway.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddHttpClient();
        services.AddSingleton<RecordingSink>();
        services.AddScoped<Notifier>();
        services.AddSingleton<INotificationChannel, InAppChannel>();
        services.AddSingleton<INotificationChannel, EmailChannel>();
        foreach (var kind in new[] { Channel.Sms, Channel.WeChat })
        {
            var options = configuration.GetSection($"Notifications:{kind}").Get<GatewayOptions>() ?? new GatewayOptions();
            services.AddSingleton<INotificationChannel>(sp => new GatewayChannel(kind, options,
                sp.GetRequiredService<RecordingSink>(), sp.GetRequiredService<IHttpClientFactory>()));
        }
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        return services;
    }
}
