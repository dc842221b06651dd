using System.Net.Http.Json;
using System.Text.Json;
using CenterOps.Tests.Infrastructure;

namespace CenterOps.Tests.Clients;

/// <summary>Bookings as reception enters them, for the client tests.</summary>
public static class ClientData
{
    static int _phone = 1000;

    /// <summary>A phone number no other test uses.</summary>
    public static string NewPhone() => $"1380013{Interlocked.Increment(ref _phone):D4}";

    public static object Client(string name, string? phone = null, int? age = 30, object? intake = null, string channel = "Website",
        string? initialNeed = "新入职三个月，和团队相处困难") =>
        new { name, phone = phone ?? NewPhone(), gender = "Female", age, channel, initialNeed, intake };

    public static readonly object Consent = new { consentId = "mini-sensitive", channel = "InPerson" };

    public static async Task<JsonElement> RegisterAsync(this HttpClient staff, object client, object? consent = null, bool confirmed = false) =>
        await staff.PostOkAsync("/api/crm/clients", new { client, consent, confirmedDifferentPerson = confirmed });

    public static Task<HttpResponseMessage> TryRegisterAsync(this HttpClient staff, object client, object? consent = null, bool confirmed = false) =>
        staff.PostAsJsonAsync("/api/crm/clients", new { client, consent, confirmedDifferentPerson = confirmed });

    /// <summary>A registered client with consent recorded, ready to be screened.</summary>
    public static async Task<Guid> ConsentedClientAsync(this HttpClient staff, string name, int? age = 30, object? intake = null,
        object? consent = null) =>
        (await staff.RegisterAsync(Client(name, age: age, intake: intake ?? new { career_stage = "new-hire" }), consent ?? Consent)).Id();

    public static Task<HttpResponseMessage> ScreenAsync(this HttpClient staff, Guid client, bool canDescribe = true, bool online = true,
        bool severe = false) =>
        staff.PostAsJsonAsync($"/api/crm/clients/{client}/screenings", new
        {
            answers = new Dictionary<string, bool> { ["can_describe"] = canDescribe, ["online_ability"] = online, ["severe_condition"] = severe },
        });
}
