using CenterOps.Platform.Api;
using CenterOps.Platform.Audit;
using CenterOps.Platform.Caching;
using CenterOps.Platform.Calendar;
using CenterOps.Platform.Data;
using CenterOps.Platform.Notifications;
using CenterOps.Platform.Packs;
using CenterOps.Platform.Rules;
using CenterOps.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Platform;

/// <summary>Wiring of what every module uses: database, audit, API conventions, localisation, packs.</summary>
public static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<StaffPrincipal>();
        services.AddScoped<ICurrentStaff, HttpCurrentStaff>();
        services.AddScoped<StaffScopes>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<Validation>();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();

        var packs = configuration["Packs:Directory"] is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "policy-packs");
        services.AddSingleton(new PackCatalog(packs));
        services.AddScoped<PackStore>();
        // Holiday schedules live beside the packs; a pack folder without them uses the ones shipped with the app.
        var holidays = Path.Combine(packs, "holidays");
        services.AddSingleton(new CalendarProvider(HolidayCalendar.Load(Directory.Exists(holidays)
            ? holidays : Path.Combine(AppContext.BaseDirectory, "policy-packs", "holidays"))));
        services.AddSingleton<Documents.PdfRenderer>();
        services.AddScoped<Rules.Rules>();
        services.AddScoped<Quotas>();
        services.AddSingleton<TimerSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerSweeper>());
        services.AddSingleton<QuotaSettler>();
        services.AddHostedService(sp => sp.GetRequiredService<QuotaSettler>());

        // Sign-in cookies outlive restarts and are shared by every node that mounts the same keys folder.
        services.AddDataProtection()
            .SetApplicationName("CenterOps")
            .PersistKeysToFileSystem(new DirectoryInfo(Database.KeysDirectory(configuration)));

        services.AddStaffSecurity();
        services.AddNotifications(configuration);
        // The options depend on configuration only: build them once, not for every request's context.
        services.AddOutputCache(o => o.AddPolicy(CentreReadCache.PolicyName, new CentreReadCache()));
        services.AddSingleton<CentreReadCacheEviction>();
        services.AddDbContext<AppDbContext>((sp, o) =>
        {
            Database.Configure(o, configuration);
            o.AddInterceptors(sp.GetRequiredService<CentreReadCacheEviction>());
        }, optionsLifetime: ServiceLifetime.Singleton);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    public static void MapPlatform(this IEndpointRouteBuilder api)
    {
        api.MapAccount();
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization();
        VerifyAudit.Map(audit);
        ListAuditEntries.Map(audit);
        var notifications = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();
        MyNotifications.Map(notifications);
        DeliveryLog.Map(notifications);
        DeliveryDetails.Map(notifications);
        RetryDelivery.Map(notifications);
        var packs = api.MapGroup("/packs").WithTags("Policy packs").RequireAuthorization();
        ImportPack.Map(packs);
        ExportPack.Map(packs);
        EditPackRule.Map(packs);
        var compliance = api.MapGroup("/compliance").WithTags("Compliance").RequireAuthorization();
        ComplianceReport.Map(compliance);
        MyDueItems.Map(compliance);
        ComplianceTimers.Map(compliance);
        ComplianceExport.Map(compliance);
        var calendar = api.MapGroup("/calendar").WithTags("Working calendar").RequireAuthorization();
        GetWorkingCalendar.Map(calendar);
        SetBusinessHours.Map(calendar);
        SetCentreDay.Map(calendar);
    }
}
