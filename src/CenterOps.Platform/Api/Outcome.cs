using Microsoft.AspNetCore.Http;

namespace CenterOps.Platform.Api;

/// <summary>
/// What a use case answers, for both its callers: the API maps it to HTTP (200/201, 400 problem+json with field
/// messages, 404, 409), the staff console shows the same messages inline.
/// </summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, IReadOnlyDictionary<string, string[]>? Errors, string? Message)
{
    public bool Ok => Kind == OutcomeKind.Ok;

    public IResult ToHttp(Func<T, IResult>? ok = null) => Kind switch
    {
        OutcomeKind.Ok => ok is null ? Results.Ok(Value) : ok(Value!),
        OutcomeKind.Invalid => Results.ValidationProblem(Errors!, title: Message),
        OutcomeKind.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: Message,
            type: "https://centerops.dev/problems/not-found"),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: Message,
            type: "https://centerops.dev/problems/conflict"),
    };

    public static implicit operator Outcome<T>(T value) => new(OutcomeKind.Ok, value, null, null);
}

public enum OutcomeKind
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
}

public static class Outcome
{
    public static Outcome<T> Invalid<T>(Validation v) => new(OutcomeKind.Invalid, default, v.Errors, v.Message("Problem.Validation"));

    public static Outcome<T> NotFound<T>(string message) => new(OutcomeKind.NotFound, default, null, message);

    public static Outcome<T> Conflict<T>(string message) => new(OutcomeKind.Conflict, default, null, message);
}
