using CenterOps.Modules.Care;
using CenterOps.Modules.Clients;
using CenterOps.Modules.Organization;
using CenterOps.Platform;
using CenterOps.Platform.Localization;
using CenterOps.Web;
using CenterOps.Web.Components;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using MudBlazor.Services;
using Scalar.AspNetCore;

var command = HostCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
command.Configure(builder);

builder.Services.AddPlatform(builder.Configuration);
builder.Services.AddOrganization();
builder.Services.AddClients();
builder.Services.AddCare();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddMudServices();
builder.Services.AddOpenApi();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

var app = builder.Build();

if (await command.RunAsync(app))
{
    return;
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization(Cultures.Options());
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapCultureSwitch();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
app.MapOpenApi();
app.MapScalarApiReference();

var api = app.MapGroup("/api");
api.MapGet("/ping", () => "pong").AllowAnonymous().WithName("Ping");
api.MapPlatform();
api.MapOrganization();
api.MapClients();
api.MapCare();

app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies(typeof(PlatformModule).Assembly, typeof(OrganizationModule).Assembly,
        typeof(ClientsModule).Assembly, typeof(CareModule).Assembly);

await app.RunAsync();

/// <summary>The host, visible to the test projects.</summary>
public partial class Program;
