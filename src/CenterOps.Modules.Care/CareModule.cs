using CenterOps.Modules.Care.Assessments;
using CenterOps.Platform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CenterOps.Modules.Care;

/// <summary>The only wiring of the Care module (CARE-1, CARE-2 so far): its model and its endpoints.</summary>
public static class CareModule
{
    public static IServiceCollection AddCare(this IServiceCollection services)
    {
        services.AddSingleton(new ModelAssembly(typeof(CareModule).Assembly));
        return services;
    }

    public static void MapCare(this IEndpointRouteBuilder api)
    {
        var care = api.MapGroup("/care").WithTags("Care").RequireAuthorization();
        GetAssessment.Map(care);
        RecordScaleAnswers.Map(care);
        CompleteAssessment.Map(care);
        AssessmentReport.Map(care);
        DeliverAssessmentReport.Map(care);
    }
}
