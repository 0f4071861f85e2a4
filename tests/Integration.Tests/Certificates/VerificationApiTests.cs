using System.Net;
using Platform.Documents.Signing;
using Platform.Grains.Documents;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Certificates;

/// <summary>Public verification over HTTP (issue 4, App.2): by serial number, anonymous; the published key; revocation.</summary>
[Collection(CertificatePlatformCollection.Name)]
public sealed class VerificationApiTests(CertificatePlatformFixture platform)
{
    private World World => platform.World;

    [Fact]
    public async Task AnyoneVerifiesAnIssuedCertificateByItsSerialNumber()
    {
        var certificate = await platform.IssueAsync();

        using var response = await World.SendAsync(HttpMethod.Get, $"/api/v1/certificates/{certificate.SerialNumber}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await World.JsonAsync(response);
        Assert.Equal(certificate.SerialNumber, body.GetProperty("serialNumber").GetString());
        Assert.Equal(Issuing.Holder, body.GetProperty("holder").GetString());
        Assert.Equal(("Бухгалтер", 5, "0001"), (body.GetProperty("profession").GetProperty("ru").GetString(), body.GetProperty("nrkLevel").GetInt32(), body.GetProperty("centerNumber").GetString()));
        Assert.Equal("Центр признания «Квалификация»", body.GetProperty("center").GetProperty("ru").GetString());
        Assert.Equal((certificate.IssuedOn.ToString("yyyy-MM-dd"), certificate.ValidUntil.ToString("yyyy-MM-dd")), (body.GetProperty("issuedOn").GetString(), body.GetProperty("validUntil").GetString()));
        Assert.Equal("valid", body.GetProperty("status").GetString());
        Assert.DoesNotContain("1234", body.ToString()); // nothing of the IIN, not even masked
    }

    [Theory]
    [InlineData("kk", "3-деңгей")]
    [InlineData("ru", "уровень 3")]
    [InlineData("en", "level 3")]
    public async Task AMalformedSerialIsABadRequestNamingTheWrongLevelInTheReadersLanguage(string language, string level)
    {
        using var response = await World.SendAsync(HttpMethod.Get, "/api/v1/certificates/69202-24111001-9-170326-0001-00000001", null, language: language);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await World.JsonAsync(response);
        Assert.Contains(level, problem.GetProperty("detail").GetString());
        Assert.Equal(language, problem.GetProperty("language").GetString());
    }

    [Fact]
    public async Task AnUnknownSerialIsNotFound()
    {
        using var response = await World.SendAsync(HttpMethod.Get, "/api/v1/certificates/69202-24111001-5-170326-0001-99999999", null, language: "ru");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Документ не найден", (await World.JsonAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ThePublishedKeyChecksTheQrSignatureOfflineAsJwkAndAsPem()
    {
        var certificate = await platform.IssueAsync();

        using var jwk = await World.SendAsync(HttpMethod.Get, "/.well-known/certificate-signing-key", null);
        using var pem = await World.SendAsync(HttpMethod.Get, "/.well-known/certificate-signing-key.pem", null);

        Assert.Equal("application/jwk+json", jwk.Content.Headers.ContentType?.MediaType);
        using var fromJwk = CertificateVerifier.FromJwk(await jwk.Content.ReadAsStringAsync());
        using var fromPem = CertificateVerifier.FromPublicKeyPem(await pem.Content.ReadAsStringAsync());
        var qr = CertificateQrPayload.Build(certificate);
        var printed = certificate with { Signature = "" };
        Assert.True(fromJwk.VerifyQrPayload(qr, printed));
        Assert.True(fromPem.VerifyQrPayload(qr, printed));
        Assert.False(fromJwk.VerifyQrPayload(qr, printed with { Holder = new PersonName("Басқа", "Адам") }));
    }

    [Fact]
    public async Task TheHeadOfTheIssuingCenterRevokesItsCertificateAndNoOtherStaffCan()
    {
        var certificate = await platform.IssueAsync();
        var url = $"/api/v1/certificates/{certificate.SerialNumber}/revocation";
        var body = new { reason = "The diploma submitted was found forged" };

        using var otherHead = await World.SendAsync(HttpMethod.Post, url, "head.0002", body);
        using var registrar = await World.SendAsync(HttpMethod.Post, url, "registrar.0001", body);
        using var operatorCall = await World.SendAsync(HttpMethod.Post, url, "operator", body);
        using var blank = await World.SendAsync(HttpMethod.Post, url, "head.0001", new { reason = " " });
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest),
            (otherHead.StatusCode, registrar.StatusCode, operatorCall.StatusCode, blank.StatusCode));

        using var revoked = await World.SendAsync(HttpMethod.Post, url, "head.0001", body);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        using var verified = await World.SendAsync(HttpMethod.Get, $"/api/v1/certificates/{certificate.SerialNumber}", null);
        var answer = await World.JsonAsync(verified);
        Assert.Equal(("revoked", body.reason), (answer.GetProperty("status").GetString(), answer.GetProperty("revocationReason").GetString()));
        Assert.Equal(certificate.IssuedOn.ToString("yyyy-MM-dd"), answer.GetProperty("revokedOn").GetString());
    }

    [Fact]
    public async Task AnAdministratorRevokesAnyCertificate()
    {
        var certificate = await platform.IssueAsync();

        using var response = await World.SendAsync(HttpMethod.Post, $"/api/v1/admin/certificates/{certificate.SerialNumber}/revocation", "administrator",
            new { reason = "Issued by mistake" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("revoked", (await World.JsonAsync(response)).GetProperty("status").GetString());
    }
}
