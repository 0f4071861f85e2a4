using System.Net;
using System.Text;
using System.Text.Json;

namespace Platform.Integration.Tests.Validation;

/// <summary>
/// Issue 11, "bad input never breaks a case": every request is checked at the edge by the framework; a bad one is a 400
/// ProblemDetails whose <c>errors</c> name each invalid member by its JSON path, in the caller's language — never a 500.
/// </summary>
public sealed class RequestValidationTests(ValidationWorld platform) : IClassFixture<ValidationWorld>
{
    private const string Registrar = "registrar.0001";

    public static TheoryData<string, string, string, string, string> NullRequiredMembers => new()
    {
        { "POST", "/api/v1/cases", "candidate.1", """{"centerNumber":null,"programCode":"accountant-nrk5","nrkLevel":5,"personalDataConsent":true,"examLanguage":"ru"}""", "centerNumber" },
        { "POST", "/api/v1/centers/0001/cases/case-00000000000000000000000000000001/remarks", Registrar, """{"remarks":null}""", "remarks" },
        { "PUT", "/api/v1/centers/0001/commissions/com-0001-x", "head.0001", """{"kind":"examination","members":null}""", "members" },
        { "POST", "/api/v1/commissions/com-0001-a/cases/case-00000000000000000000000000000001/protocol", "commission.0001.a", """{"votes":null}""", "votes" },
        { "POST", "/api/v1/centers/0001/cases/case-00000000000000000000000000000001/failure-notice", Registrar, """{"recommendations":null}""", "recommendations" },
        { "POST", "/api/v1/centers/0001/cases/case-00000000000000000000000000000001/appeal-registration", Registrar, """{"appealCommissionId":null}""", "appealCommissionId" },
        { "POST", "/api/v1/centers/0001/cases/case-00000000000000000000000000000001/exam-notice", Registrar, """{"startsAt":null,"place":"Алматы","online":false}""", "startsAt" },
        { "POST", "/api/v1/centers/0001/cases/case-00000000000000000000000000000001/results-received", Registrar, """{"receivedOn":null}""", "receivedOn" },
        { "POST", "/api/v1/cases", "candidate.1", """{"centerNumber":"0001","programCode":"accountant-nrk5","nrkLevel":5,"personalDataConsent":true,"examLanguage":"ru","attachments":[{"kind":null,"title":"Diploma"}]}""", "attachments[0].kind" },
    };

    [Theory]
    [MemberData(nameof(NullRequiredMembers))]
    public async Task ANullRequiredMemberIsA400NamingItInRussian(string method, string url, string account, string body, string member)
    {
        var errors = await BadRequestAsync(method, url, account, body, "ru");

        Assert.Equal(["Это поле обязательно."], errors[member]);
    }

    [Fact]
    public async Task ANullInAListIsA400NamingTheList()
    {
        var errors = await BadRequestAsync("POST", "/api/v1/cases", "candidate.1",
            """{"centerNumber":"0001","programCode":"accountant-nrk5","nrkLevel":5,"personalDataConsent":true,"examLanguage":"ru","attachments":[null]}""", "ru");

        Assert.Equal(["Элемент 1 списка пуст."], errors["attachments"]);
    }

    [Fact]
    public async Task AnEmptyBodyNamesEveryRequiredMemberAtOnce()
    {
        var errors = await BadRequestAsync("POST", "/api/v1/cases", "candidate.1", "{}", "en");

        Assert.Superset(new HashSet<string> { "centerNumber", "programCode", "nrkLevel" }, errors.Keys.ToHashSet());
    }

    [Fact]
    public async Task AMillionCharacterAddressIsRefusedInKazakhWithItsLimit()
    {
        var body = JsonSerializer.Serialize(Identity(homeAddress: new string('a', 1_000_000)));

        var errors = await BadRequestAsync("PUT", "/api/v1/candidates/me", "candidate.1", body, "kk");

        Assert.Equal(["Ең көбі 300 таңба."], errors["homeAddress"]);
    }

    [Theory]
    [InlineData("Иванов\u202E", "Control characters and text-direction overrides are not allowed.")]
    [InlineData("Ива\u0000нов", "Control characters and text-direction overrides are not allowed.")]
    [InlineData("\u200B\u200B", "The value has no visible character.")]
    [InlineData("\u3164", "The value has no visible character.")]
    public async Task ControlCharactersBidiOverridesAndInvisibleNamesAreRefused(string surname, string message)
    {
        var errors = await BadRequestAsync("PUT", "/api/v1/candidates/me", "candidate.1", JsonSerializer.Serialize(Identity(surname: surname)), "en");

        Assert.Equal([message], errors["surname"]);
    }

    [Theory]
    [InlineData("email", "timur@", "Not a valid e-mail address.")]
    [InlineData("email", "Timur <timur@example.kz>", "Not a valid e-mail address.")]
    [InlineData("email", "timur@localhost", "Not a valid e-mail address.")]
    [InlineData("mobilePhone", "call me", "Not a valid phone number: 10 to 15 digits, with an optional leading +, spaces, hyphens and brackets.")]
    [InlineData("mobilePhone", "+7 701", "Not a valid phone number: 10 to 15 digits, with an optional leading +, spaces, hyphens and brackets.")]
    public async Task EmailAndPhoneAreChecked(string member, string value, string message)
    {
        var identity = Identity();
        identity[member] = value;

        var errors = await BadRequestAsync("PUT", "/api/v1/candidates/me", "candidate.1", JsonSerializer.Serialize(identity), "en");

        Assert.Equal([message], errors[member]);
    }

    [Theory]
    [InlineData("""{"centerNumber":"0001","programCode":"accountant-nrk5","nrkLevel":"five","personalDataConsent":true,"examLanguage":"ru"}""", "nrkLevel")]
    [InlineData("""{"centerNumber":"0001","programCode":"accountant-nrk5","nrkLevel":5,"personalDataConsent":true,"examLanguage":"ru","attachments":[{"kind":3,"title":"Diploma"}]}""", "attachments[0].kind")]
    [InlineData("""{"centerNumber":"0001","programCode":"accountant-nrk5","nrkLevel":5,"personalDataConsent":"yes"}""", "personalDataConsent")]
    public async Task AValueOfTheWrongTypeIsNamedByItsPath(string body, string member)
    {
        var errors = await BadRequestAsync("POST", "/api/v1/cases", "candidate.1", body, "en");

        Assert.Equal(["Missing, null or of the wrong type."], errors[member]);
    }

    [Theory]
    [InlineData("""{"centerNumber":"1","programCode":"accountant-nrk5","nrkLevel":5,"personalDataConsent":true,"examLanguage":"ru"}""", "centerNumber")]
    [InlineData("""{"centerNumber":"0001","programCode":"../etc","nrkLevel":5,"personalDataConsent":true,"examLanguage":"ru"}""", "programCode")]
    [InlineData("""{"centerNumber":"0001","programCode":"accountant-nrk5","nrkLevel":9,"personalDataConsent":true,"examLanguage":"ru"}""", "nrkLevel")]
    [InlineData("""{"centerNumber":"0001","programCode":"accountant-nrk5","nrkLevel":5,"personalDataConsent":true,"examLanguage":"ru","attachments":[{"kind":"education","title":"Diploma","storedAs":"../../../../etc/passwd"}]}""", "attachments[0].storedAs")]
    public async Task IdentifiersAreCheckedByTheirFormat(string body, string member)
    {
        var errors = await BadRequestAsync("POST", "/api/v1/cases", "candidate.1", body, "en");

        Assert.True(errors.ContainsKey(member), $"no error for {member}: {string.Join(", ", errors.Keys)}");
    }

    [Fact]
    public async Task ANameTypedDecomposedIsStoredComposed()
    {
        var decomposed = "Семе\u0308нов";
        using var response = await platform.World.SendAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity(surname: decomposed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var profile = await platform.World.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", "candidate.1");

        Assert.Equal("Семёнов", profile.GetProperty("identity").GetProperty("name").GetProperty("surname").GetString());
    }

    private async Task<Dictionary<string, string[]>> BadRequestAsync(string method, string url, string account, string body, string language)
    {
        using var response = await platform.World.SendContentAsync(new HttpMethod(method), url, account,
            new StringContent(body, Encoding.UTF8, "application/json"), language);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {url}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(language, problem.GetProperty("language").GetString());
        return problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(member => member.Name, member => member.Value.EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    private static Dictionary<string, object?> Identity(string surname = "Демокандидатов", string homeAddress = "Алматы, Сейфуллин к-сі, 10") => new()
    {
        ["iin"] = "900515300018", ["surname"] = surname, ["givenName"] = "Тимур", ["patronymic"] = "Ержанұлы",
        ["homeAddress"] = homeAddress, ["email"] = "timur@example.kz", ["mobilePhone"] = "+7 701 000 0001",
        ["workPhone"] = null, ["consentToProcessing"] = true, ["consentToNskPlacement"] = true,
    };
}
