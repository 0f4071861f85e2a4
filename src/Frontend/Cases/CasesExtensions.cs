using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Frontend.Cases;

public static class CasesExtensions
{
    /// <summary>The services of the procedure's HTTP API; enums travel as camelCase names.</summary>
    public static WebApplicationBuilder AddCaseServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CandidateRegistrar>();
        builder.Services.AddSingleton<CaseGate>();
        builder.Services.AddSingleton<AttachmentGate>();
        builder.Services.AddSingleton<CaseApplication>();
        builder.Services.AddSingleton<DocumentUploads>();
        builder.Services.AddSingleton<CommissionDesk>();
        builder.Services.AddSingleton<ViolationActs>();
        builder.Services.AddSingleton<CommissionFormation>();
        builder.Services.AddSingleton<DocumentRendering>();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        return builder;
    }

    /// <summary>The procedure of SPEC §2 over HTTP, by role.</summary>
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app) => app
        .MapCandidatesApi()
        .MapCaseActionsApi()
        .MapCenterCasesApi()
        .MapCommissionsApi()
        .MapCaseListApi()
        .MapUploadsApi();
}
