using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Faults;

/// <summary>Requests of the fault tests: a token taken while everything is up, then plain HTTP whatever happens after.</summary>
public static class FaultRequests
{
    /// <summary>A token of the development issuer for a demo account (asked before anything is broken).</summary>
    public static async Task<string> TokenAsync(RunningFrontend frontend, string account)
    {
        using var response = await frontend.Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<HttpResponseMessage> SendAsync(
        RunningFrontend frontend, HttpMethod method, string url, string token, object? body = null, string? language = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await frontend.Http.SendAsync(request);
    }

    /// <summary>The App.1 identity of the demo account candidate.1 (fictional).</summary>
    public static object CandidateOne() => new
    {
        iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = (string?)null,
        homeAddress = "Алматы", email = "timur@example.kz", mobilePhone = "+7 701 000 0001", workPhone = (string?)null,
        consentToProcessing = true, consentToNskPlacement = true,
    };
}
