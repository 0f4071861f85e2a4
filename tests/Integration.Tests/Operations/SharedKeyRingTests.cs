using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Platform.Frontend.Security.KeyRing;
using Platform.Integration.Tests.Database;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Operations;

/// <summary>
/// Issue 17, docs/operations.md "The site's sign-in cookies need the frontends to share a key ring": the Data Protection
/// keys live in PostgreSQL (<c>data_protection_keys</c>), so a page user moved by the balancer to another frontend stays
/// signed in, with no shared folder; encrypted with a certificate when one is configured; a database that cannot be
/// reached while the ring is read is a 503, as every fault.
/// </summary>
public sealed class SharedKeyRingTests
{
    private const string Account = "administrator";
    private const string AccountName = "Aruzhan Demoadmin";

    [Fact]
    public async Task ACookieSignedInThroughOneFrontendIsReadByAnotherAndAFrontendStartedLaterCreatesNoKey()
    {
        await using var world = await World.Create().WithFrontend().StartAsync();
        Assert.Equal(1, await KeyCountAsync(world.Database));

        await using var second = await PlatformHosts.StartFrontendAsync(world.Database, world.ClusterId);
        Assert.Equal(1, await KeyCountAsync(world.Database));

        var cookie = await SignInCookieAsync(world.Frontend.Address);
        using (var signedIn = await PageAsync(second.Address, "/", cookie))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
            Assert.Contains(AccountName, await signedIn.Content.ReadAsStringAsync());
        }

        using (var anonymous = await PageAsync(second.Address, "/", cookie: null))
        {
            Assert.DoesNotContain(AccountName, await anonymous.Content.ReadAsStringAsync());
        }

        // The other way round, any payload: what the second protects the first reads.
        var payload = second.Services.GetDataProtector("key-ring-test").Protect("from the second frontend");
        Assert.Equal("from the second frontend", world.Frontend.Services.GetDataProtector("key-ring-test").Unprotect(payload));
        Assert.Equal(1, await KeyCountAsync(world.Database));
    }

    [Fact]
    public async Task WithACertificateTheKeysAreStoredEncryptedAndEveryFrontendHoldingItReadsThem()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (path, password) = WriteCertificate();
        var settings = new Dictionary<string, string?>
        {
            ["Platform:DataProtection:CertificatePath"] = path,
            ["Platform:DataProtection:CertificatePassword"] = password,
        };
        await using var first = KeyRingOf(database.DataSource, settings);
        await using var second = KeyRingOf(database.DataSource, settings);

        var payload = first.GetDataProtector("key-ring-test").Protect("encrypted at rest");
        Assert.Equal("encrypted at rest", second.GetDataProtector("key-ring-test").Unprotect(payload));

        var stored = XElement.Parse(Assert.Single(await StoredXmlAsync(database.DataSource)));
        var xml = stored.ToString();
        Assert.Contains("EncryptedData", xml);
        Assert.DoesNotContain(stored.Descendants(), element => element.Name.LocalName == "masterKey");
        Assert.Empty(first.GetServices<IHostedService>().OfType<UnencryptedKeyRingWarning>());
    }

    /// <summary>
    /// Two frontends that start at once on an empty ring both read it empty and each creates a key (Data Protection has no
    /// lock across processes): both keys are stored, and each frontend reads what the other protected with its own key.
    /// </summary>
    [Fact]
    public async Task TwoFrontendsStartingAtOnceOnAnEmptyRingMayEachCreateAKeyAndEachReadsTheOthers()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var bothRead = new Barrier(2);
        await using var first = KeyRingOf(database.DataSource, gate: bothRead);
        await using var second = KeyRingOf(database.DataSource, gate: bothRead);

        var protecting = new[] { first, second }.Select(keyRing => Task.Factory.StartNew(
            () => keyRing.GetDataProtector("key-ring-test").Protect("started at once"),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        var payloads = await Task.WhenAll(protecting);

        Assert.Equal(2, (await StoredXmlAsync(database.DataSource)).Count);
        Assert.Equal("started at once", second.GetDataProtector("key-ring-test").Unprotect(payloads[0]));
        Assert.Equal("started at once", first.GetDataProtector("key-ring-test").Unprotect(payloads[1]));
    }

    /// <summary>
    /// The site's cookie is read through the key ring; a frontend that has not read the ring yet when PostgreSQL stops
    /// answers 503 (try again), to a page and to the API alike, not a silent sign-out or a 500; once PostgreSQL is back the
    /// same cookie is read again.
    /// </summary>
    [Fact]
    public async Task ACookieThatCannotBeReadWhilePostgresIsDownIsA503AndIsReadOnceItIsBack()
    {
        var postgres = await PostgresCluster.StartPrivateAsync();
        try
        {
            var database = await postgres.CreateDatabaseAsync();
            using var silo = await PlatformHosts.StartSiloAsync(database, "key-ring-outage");
            await using var first = await PlatformHosts.StartFrontendAsync(database, "key-ring-outage",
                settings: new Dictionary<string, string?> { ["Platform:Limits:Login:PermitLimit"] = "100000" });
            var cookie = await SignInCookieAsync(first.Address);
            var (antiforgeryCookie, formToken) = await SignOutFormAsync(first.Address, cookie);

            // Data Protection reads the ring at start (a hosted service of its own); without it this frontend reads the
            // ring at its first request, which is the read that meets the stopped database.
            await using var cold = await PlatformHosts.StartFrontendAsync(database, "key-ring-outage",
                services: services => services.Remove(services.Single(service =>
                    service.ServiceType == typeof(IHostedService)
                    && service.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService")));

            // A cookie read as none would make these a redirect to the sign-in page and a 401.
            await postgres.StopAsync();
            using (var page = await PageAsync(cold.Address, "/me", cookie))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
                Assert.NotNull(page.Headers.RetryAfter);
            }

            using (var api = await PageAsync(cold.Address, "/api/v1/candidates/me", cookie, accept: "application/json"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
                Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            }

            // A form's token is read through the ring too: a 503, not "the form expired" (400). Anonymous, so that only
            // the form's token is read (the sign-out form accepts anyone).
            using (var form = new HttpRequestMessage(HttpMethod.Post, "/sign-out"))
            {
                form.Headers.Accept.ParseAdd("text/html");
                form.Headers.Add("Cookie", antiforgeryCookie);
                form.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = formToken, ["returnUrl"] = "/" });
                using var client = Client(cold.Address);
                using var posted = await client.SendAsync(form);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
            }

            await postgres.StartAgainAsync();
            // The pool may still hold connections of the stopped server: the first reads may fail on them, as 503 too.
            // The portal is a candidate's: the administrator, once the cookie is read, is sent to the sign-in page as
            // denied (no grain is asked, so only the cookie decides); a cookie read as none would not say "denied".
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                using var again = await PageAsync(cold.Address, "/me", cookie);
                if (again.StatusCode == HttpStatusCode.Redirect)
                {
                    Assert.Contains("denied=1", again.Headers.Location?.OriginalString);
                    break;
                }

                Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
                Assert.True(DateTime.UtcNow < deadline, "the cookie was not read within 60 s of PostgreSQL's restart");
            }

            await silo.StopAsync();
        }
        finally
        {
            await postgres.StopAsync();
        }
    }

    /// <summary>The administrator's site cookie, as the development sign-in sets it (every chunk of it), ready for a Cookie header.</summary>
    private static async Task<string> SignInCookieAsync(Uri site)
    {
        using var client = Client(site);
        using var response = await client.GetAsync($"/api/v1/dev/sign-in?account={Account}&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie")
            .Where(header => header.StartsWith("qrp_session", StringComparison.Ordinal))
            .Select(header => header.Split(';')[0])
            .ToList();
        Assert.NotEmpty(cookies);
        return string.Join("; ", cookies);
    }

    /// <summary>The antiforgery cookie and the sign-out form's token of a signed-in page, as a browser would post them.</summary>
    private static async Task<(string Cookie, string FormToken)> SignOutFormAsync(Uri site, string cookie)
    {
        using var page = await PageAsync(site, "/", cookie);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        Assert.True(token.Success, "the signed-in page has no sign-out form with a token");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(header => header.StartsWith("qrp_antiforgery=", StringComparison.Ordinal));
        return (antiforgery.Split(';')[0], WebUtility.HtmlDecode(token.Groups[1].Value));
    }

    private static async Task<HttpResponseMessage> PageAsync(Uri site, string path, string? cookie, string accept = "text/html")
    {
        using var client = Client(site);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request);
    }

    private static HttpClient Client(Uri site) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site };

    private static async Task<long> KeyCountAsync(string database)
    {
        await using var source = NpgsqlDataSource.Create(database);
        await using var command = source.CreateCommand("select count(*) from data_protection_keys");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> StoredXmlAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("select xml from data_protection_keys order by id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>
    /// A frontend's key ring without the rest of the frontend: the platform's Data Protection wiring on the database.
    /// <paramref name="gate"/> holds its first read of the ring until the other frontend's has been made too.
    /// </summary>
    private static ServiceProvider KeyRingOf(NpgsqlDataSource database, IReadOnlyDictionary<string, string?>? settings = null, Barrier? gate = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database);
        services.AddPlatformKeyRing(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        if (gate is not null)
        {
            services.Configure<KeyManagementOptions>(options => options.XmlRepository = new GatedRepository(options.XmlRepository!, gate));
        }

        return services.BuildServiceProvider();
    }

    /// <summary>A self-signed RSA certificate with its private key in a PKCS#12 file of this test process, and its password.</summary>
    private static (string Path, string Password) WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=qrp key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12));
        var directory = Path.Combine(PlatformHosts.TestDataDirectory, "key-ring");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password);
    }

    /// <summary>The repository, its first read held until both frontends have read (so both see the ring empty).</summary>
    private sealed class GatedRepository(IXmlRepository inner, Barrier gate) : IXmlRepository
    {
        private int _reads;

        public IReadOnlyCollection<XElement> GetAllElements()
        {
            var elements = inner.GetAllElements();
            if (Interlocked.Increment(ref _reads) == 1 && !gate.SignalAndWait(TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException("the other frontend never read the key ring");
            }

            return elements;
        }

        public void StoreElement(XElement element, string friendlyName) => inner.StoreElement(element, friendlyName);
    }
}
