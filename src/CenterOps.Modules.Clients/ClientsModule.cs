using CenterOps.Modules.Clients.Clients;
using CenterOps.Modules.Clients.Corporate;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Modules.Clients;

/// <summary>The only wiring of the Clients module (CRM-1..3, SEC-2 consent): its model, its gate for other modules, its endpoints.</summary>
public static class ClientsModule
{
    public static IServiceCollection AddClients(this IServiceCollection services)
    {
        services.AddSingleton(new ModelAssembly(typeof(ClientsModule).Assembly));
        services.AddScoped<IClientGate, ClientGate>();
        services.AddScoped<IClientDirectory, ClientDirectory>();
        return services;
    }

    public static void MapClients(this IEndpointRouteBuilder api)
    {
        var crm = api.MapGroup("/crm").WithTags("Clients").RequireAuthorization();
        ListClients.Map(crm);
        GetClient.Map(crm);
        RegisterClient.Map(crm);
        UpdateClient.Map(crm);
        RecordConsent.Map(crm);
        ScreenClient.Map(crm);
        RecordReferral.Map(crm);
        StartService.Map(crm);
        RegisterCorporateClient.Map(crm);
        GetCorporateClient.Map(crm);
        UploadQualification.Map(crm);
        AddParticipant.Map(crm);
    }
}
