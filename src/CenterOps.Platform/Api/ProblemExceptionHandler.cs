using System.Text.Json;
using CenterOps.Platform.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace CenterOps.Platform.Api;

/// <summary>
/// Turns what escapes a handler into problem+json: unreadable input is 400 with the field that was wrong,
/// a stale or duplicate write is 409, anything else is a 500 with a trace id and never a stack trace.
/// </summary>
internal sealed class ProblemExceptionHandler(
    IProblemDetailsService problems,
    IStringLocalizer<SharedResource> text,
    ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        ProblemDetails problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [FieldName(json.Path)] = [text["Validation.Unreadable"]] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = text["Problem.Validation"],
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = text["Problem.BadRequest"],
                Detail = bad.Message,
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = text["Problem.StaleEdit"],
                Type = "https://centerops.dev/problems/stale-edit",
            },
            DbUpdateException db when db.IsUniqueViolation() => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = text["Problem.Duplicate"],
                Type = "https://centerops.dev/problems/duplicate",
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = text["Problem.Unexpected"],
            },
        };
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
        }
        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    // "$.yearsOfExperience" → "yearsOfExperience"; the root of a body that is not JSON at all → "body".
    static string FieldName(string? path)
    {
        var p = (path ?? "$").TrimStart('$').TrimStart('.');
        return p.Length == 0 ? "body" : p;
    }
}
