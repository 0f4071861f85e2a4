using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Cases;

/// <summary>P4: copies of documents uploaded, attached to an application, read by the center and nobody else.</summary>
public sealed class UploadTests
{
    private static ByteArrayContent File(string text, string type) => File(Encoding.ASCII.GetBytes(text), type);

    private static ByteArrayContent File(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    [Fact]
    public async Task AnUploadedCopyIsAttachedAndOnlyTheCaseReadersSeeIt()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", new
        {
            iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = (string?)null, homeAddress = "Алматы",
            email = "t@example.kz", mobilePhone = "+7 701 000 0001", workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
        });
        var diploma = SampleFiles.Pdf();
        using var upload = await world.SendContentAsync(HttpMethod.Post, "/api/v1/candidates/me/uploads", "candidate.1", File(diploma, "application/pdf"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var stored = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage = "ru",
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = stored } },
        })).GetProperty("caseId").GetString();

        using var read = await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}/attachments/{stored}", "registrar.0001");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(diploma, await read.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", read.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("attachment", read.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}/attachments/{stored}", "registrar.0002")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}/attachments/other.pdf", "registrar.0001")).StatusCode);
    }

    [Theory]
    [InlineData("plain text pretending", "application/pdf")]
    [InlineData("%PDF-1.4 but declared an image", "image/png")]
    [InlineData("MZ executable", "application/octet-stream")]
    public async Task AnythingButAnHonestPdfJpegOrPngIsRefused(string body, string type)
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();

        using var refused = await world.SendContentAsync(HttpMethod.Post, "/api/v1/candidates/me/uploads", "candidate.1", File(body, type));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }
}
