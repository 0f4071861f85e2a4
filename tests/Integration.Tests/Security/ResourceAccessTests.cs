using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 6: center staff act only on their own center's cases, a candidate only on their own file, a commission
/// member only in their commissions (another's is 404, as if it did not exist); the operator reads all and changes
/// nothing (403).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ResourceAccessTests(SecurityFixture platform)
{
    [Theory]
    [InlineData("registrar.0001", HttpStatusCode.OK)]
    [InlineData("head.0001", HttpStatusCode.OK)]
    [InlineData("commission.0001.a", HttpStatusCode.OK)]
    [InlineData("operator", HttpStatusCode.OK)]
    [InlineData("registrar.0002", HttpStatusCode.NotFound)]
    [InlineData("head.0002", HttpStatusCode.NotFound)]
    public async Task ACaseOfCenter0001IsReadOnlyByItsOwnCenterAndTheOperator(string account, HttpStatusCode expected)
    {
        using var response = await platform.SendAsync(HttpMethod.Get, "/api/v1/test/centers/0001/cases/case-1", account);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("registrar.0001", HttpStatusCode.OK)]
    [InlineData("head.0001", HttpStatusCode.OK)]
    [InlineData("registrar.0002", HttpStatusCode.NotFound)]
    [InlineData("head.0002", HttpStatusCode.NotFound)]
    [InlineData("operator", HttpStatusCode.Forbidden)]
    [InlineData("commission.0001.a", HttpStatusCode.Forbidden)]
    public async Task ACaseOfCenter0001IsChangedOnlyByItsOwnStaff(string account, HttpStatusCode expected)
    {
        using var response = await platform.SendAsync(HttpMethod.Put, "/api/v1/test/centers/0001/cases/case-2", account);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task AnotherCentersCaseIsAnsweredExactlyLikeACaseThatDoesNotExist()
    {
        using var response = await platform.SendAsync(HttpMethod.Get, "/api/v1/test/centers/0001/cases/case-1", "registrar.0002");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("0001", problem.GetRawText());
    }

    [Fact]
    public async Task TheOperatorIsRefusedAChangeEvenWhereThePolicyWouldLetThemIn()
    {
        using var byOperator = await platform.SendAsync(HttpMethod.Post, "/api/v1/test/centers/0001/cases/case-3/notes", "operator");
        using var byRegistrar = await platform.SendAsync(HttpMethod.Post, "/api/v1/test/centers/0001/cases/case-3/notes", "registrar.0001");

        Assert.Equal(HttpStatusCode.Forbidden, byOperator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byRegistrar.StatusCode);
    }

    [Fact]
    public async Task ACandidateSeesOnlyTheirOwnPersonalFile()
    {
        var own = await CandidateKeyAsync("candidate.1");
        var other = await CandidateKeyAsync("candidate.2");

        using var ownFile = await platform.SendAsync(HttpMethod.Get, $"/api/v1/test/candidates/{own}/file", "candidate.1");
        using var otherFile = await platform.SendAsync(HttpMethod.Get, $"/api/v1/test/candidates/{other}/file", "candidate.1");
        using var byStaff = await platform.SendAsync(HttpMethod.Get, $"/api/v1/test/candidates/{own}/file", "registrar.0002");

        Assert.Equal(HttpStatusCode.OK, ownFile.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherFile.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStaff.StatusCode);
    }

    [Theory]
    [InlineData("commission.0001.a", "com-0001-a", HttpStatusCode.OK)]
    [InlineData("commission.0001.b", "com-0001-b", HttpStatusCode.OK)]
    [InlineData("commission.0001.a", "com-0001-b", HttpStatusCode.NotFound)]
    [InlineData("appeal.0001", "appeal-0001-a", HttpStatusCode.Forbidden)]
    [InlineData("registrar.0001", "com-0001-a", HttpStatusCode.Forbidden)]
    public async Task ACommissionMemberActsOnlyInTheirCommissions(string account, string commission, HttpStatusCode expected)
    {
        using var response = await platform.SendAsync(HttpMethod.Get, $"/api/v1/test/commissions/{commission}", account);

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<string> CandidateKeyAsync(string account)
    {
        using var response = await platform.Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidateKey").GetString()!;
    }
}
