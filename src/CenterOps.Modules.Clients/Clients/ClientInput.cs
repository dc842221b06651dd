using System.Text.Json;
using CenterOps.Modules.Clients.Domain;
using CenterOps.Modules.Clients.Public;
using CenterOps.Platform.Api;
using CenterOps.Platform.Packs;
using Microsoft.Extensions.Localization;

namespace CenterOps.Modules.Clients.Clients;

/// <summary>CRM-1/CRM-2: the fields of a client that reception enters; shared by registering and editing.</summary>
public sealed record ClientInput(
    string? Name,
    string? Phone,
    string? Email,
    Gender? Gender,
    DateOnly? BirthDate,
    int? Age,
    IntakeChannel? Channel,
    string? InitialNeed,
    Dictionary<string, JsonElement>? Intake)
{
    /// <summary>Checks the fields and the intake answers; returns the answers in their stored form.</summary>
    internal Dictionary<string, object> Validate(Validation v, PolicyPack pack, DateOnly today, IStringLocalizer<ClientsResource> text,
        bool consented)
    {
        v.Text("name", Name, 50)
            .Text("phone", Phone, 30)
            .Text("email", Email, 256, required: false)
            .Check(Email is null or "" || Email.Contains('@', StringComparison.Ordinal), "email", "Validation.Email")
            .Required("channel", Channel)
            .Text("initialNeed", InitialNeed, 2000, required: false);
        if (!string.IsNullOrWhiteSpace(Phone) && Phone.Length <= 30 && !PhoneNumber.IsPlausible(PhoneNumber.Normalize(Phone)))
        {
            v.Add("phone", text["Client.PhoneInvalid"]);
        }
        if (Age is not null)
        {
            v.Range("age", Age, 0, 120);
        }
        if (BirthDate is { } b && (b > today || b < today.AddYears(-120)))
        {
            v.Add("birthDate", text["Client.BirthDateInvalid"]);
        }
        if (Gender is { } g && !Enum.IsDefined(g))
        {
            v.Add("gender", v.Message("Validation.UnknownOption"));
        }
        if (Channel is { } c && !Enum.IsDefined(c))
        {
            v.Add("channel", v.Message("Validation.UnknownOption"));
        }
        return IntakeAnswers.Check(pack.IntakeForm, Intake, v, text, consented);
    }

    internal void ApplyTo(Client client, Dictionary<string, object> intake)
    {
        client.Name = Name!.Trim();
        client.Phone = PhoneNumber.Normalize(Phone);
        client.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        client.Gender = Gender ?? Public.Gender.Unspecified;
        client.BirthDate = BirthDate;
        client.Age = BirthDate is null ? Age : null;
        client.Channel = Channel!.Value;
        client.InitialNeed = string.IsNullOrWhiteSpace(InitialNeed) ? null : InitialNeed.Trim();
        client.IntakeJson = IntakeAnswers.Serialize(intake);
    }
}

/// <summary>SEC-2: consent given at the same desk, recorded before the intake details it allows.</summary>
public sealed record ConsentInput(string? ConsentId, ConsentChannel? Channel);
