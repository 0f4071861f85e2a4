using System.Net;
using System.Text.RegularExpressions;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Pages.Me;

/// <summary>The identity form as plain HTTP, as a browser without script posts it: a refusal is a 400 page naming the field.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class IdentityFormHttpTests(PlatformFixture platform)
{
    [Fact]
    public async Task AnInvalidIinPostedIsA400PageNamingTheField()
    {
        var (account, iin) = MeSteps.NewCandidate();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        using var client = new HttpClient(handler) { BaseAddress = platform.Frontend.Address, Timeout = TimeSpan.FromSeconds(20) };
        await client.GetAsync($"/language/ru?returnUrl=%2F");
        var form = await client.GetStringAsync($"/api/v1/dev/sign-in?account={account}&returnUrl=%2Fme%2Fidentity");
        var token = AntiforgeryToken().Match(form).Groups["token"].Value;

        using var response = await client.PostAsync("/me/identity", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "identity", ["Form.Iin"] = iin[..11] + (iin[11] == '9' ? '0' : (char)(iin[11] + 1)),
            ["Form.Surname"] = "Сынақова", ["Form.GivenName"] = "Әсел", ["Form.HomeAddress"] = "Алматы", ["Form.Email"] = "asel@example.kz",
            ["Form.MobilePhone"] = "+7 701 000 0000", ["Form.ConsentToProcessing"] = "true",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Последняя (контрольная) цифра не совпадает: проверьте номер.", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
