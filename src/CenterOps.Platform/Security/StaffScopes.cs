using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Platform.Security;

/// <summary>
/// The signed-in user of a scope that has no HTTP request of its own (a Blazor circuit's unit of work).
/// </summary>
public sealed class StaffPrincipal
{
    public ClaimsPrincipal? User { get; set; }
    public string? RemoteAddress { get; set; }
}

/// <summary>
/// Opens a fresh DI scope (own DbContext, own audit trail) acting as the signed-in user of the staff console.
/// Each button press is one unit of work, as one API request is.
/// </summary>
public sealed class StaffScopes(IServiceScopeFactory scopes, AuthenticationStateProvider auth, IHttpContextAccessor http)
{
    public async Task<AsyncServiceScope> BeginAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        var scope = scopes.CreateAsyncScope();
        var principal = scope.ServiceProvider.GetRequiredService<StaffPrincipal>();
        principal.User = state.User;
        principal.RemoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return scope;
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = await BeginAsync();
        return await work(scope.ServiceProvider);
    }
}
