using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;
using Platform.Integration.Tests.Infrastructure;
using Platform.Silo.Nsk;

namespace Platform.Integration.Tests.Certificates;

/// <summary>P18.2: results reach the NSK platform through the outbox — once, whatever fails on the way.</summary>
[Collection(CertificatePlatformCollection.Name)]
public sealed class NskOutboxTests(CertificatePlatformFixture platform)
{
    private World World => platform.World;

    private INskOutbox Outbox => World.SiloServices.GetRequiredService<INskOutbox>();

    private NskDispatcher Dispatcher => World.SiloServices.GetServices<IHostedService>().OfType<NskDispatcher>().Single();

    [Fact]
    public async Task AResultEnqueuedTwiceIsDeliveredOnce()
    {
        var result = NewResult();

        await Outbox.EnqueueAsync(result);
        await Outbox.EnqueueAsync(result);

        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from nsk_outbox where idempotency_key = $1", result.SerialNumber));
        await DeliveredAsync(result.SerialNumber);
        Assert.Equal(0, await Dispatcher.DispatchRoundAsync(CancellationToken.None)); // nothing left to send
        Assert.Equal(1, World.Nsk.DeliveriesOf(result.SerialNumber));
    }

    [Fact]
    public async Task AnUnreachableRegistryNeverLosesAResultAndItIsDeliveredWhenItIsBack()
    {
        var result = NewResult();
        World.Nsk.Down = true;
        try
        {
            await Outbox.EnqueueAsync(result);

            var error = await World.EventuallyAsync(
                () => World.ScalarAsync<object>("select coalesce(last_error, '') from nsk_outbox where idempotency_key = $1", result.SerialNumber),
                value => value is string { Length: > 0 }, "the failed attempt");
            Assert.Contains("Connection refused", (string)error);
            Assert.Equal(0, World.Nsk.DeliveriesOf(result.SerialNumber));
        }
        finally
        {
            World.Nsk.Down = false;
        }

        // Back, but the backoff has not passed: not retried yet.
        Assert.Equal(0, await Dispatcher.DispatchRoundAsync(CancellationToken.None));
        Assert.Equal(0, World.Nsk.DeliveriesOf(result.SerialNumber));

        World.Clock.Advance(new NskOptions().RetryBase + TimeSpan.FromSeconds(1));
        await DeliveredAsync(result.SerialNumber);
        Assert.Equal(2, await World.ScalarAsync<int>("select attempts from nsk_outbox where idempotency_key = $1", result.SerialNumber));
    }

    [Fact]
    public async Task TheRegistryStandInRecordsAResultOnceUnderItsIdempotencyKey()
    {
        var standIn = new HttpNskRegistry(HttpNskRegistry.CreateClient(new Uri(World.Frontend!.Address, "/api/v1/dev/nsk/").ToString(), TimeSpan.FromSeconds(10)));
        World.Nsk.Forward = standIn;
        try
        {
            var certificate = await platform.IssueAsync();
            await DeliveredAsync(certificate.SerialNumber);
            await standIn.DeliverAsync(certificate.SerialNumber, "{}", CancellationToken.None); // a repeat after a lost answer

            using var response = await World.SendAsync(HttpMethod.Get, "/api/v1/dev/nsk/results", "operator");
            var recorded = Assert.Single((await World.JsonAsync(response)).EnumerateArray(), r => r.GetProperty("key").GetString() == certificate.SerialNumber);
            Assert.Equal(2, recorded.GetProperty("deliveries").GetInt32());
            var payload = recorded.GetProperty("payload");
            Assert.Equal((certificate.SerialNumber, Issuing.Holder), (payload.GetProperty("serialNumber").GetString(), payload.GetProperty("holder").GetProperty("full").GetString()));
            Assert.Equal("recognised", payload.GetProperty("result").GetString());
        }
        finally
        {
            World.Nsk.Forward = null;
        }

        using var unkeyed = await World.SendAsync(HttpMethod.Post, "/api/v1/dev/nsk/results", null, new { serialNumber = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unkeyed.StatusCode);
    }

    [Fact]
    public async Task ARevocationIsSentToTheRegistryOnceUnderItsOwnKeyBesideTheResult()
    {
        var standIn = new HttpNskRegistry(HttpNskRegistry.CreateClient(new Uri(World.Frontend!.Address, "/api/v1/dev/nsk/").ToString(), TimeSpan.FromSeconds(10)));
        World.Nsk.Forward = standIn;
        try
        {
            var certificate = await platform.IssueAsync();
            await DeliveredAsync(certificate.SerialNumber);
            var url = $"/api/v1/certificates/{certificate.SerialNumber}/revocation";
            await World.OkAsync(HttpMethod.Post, url, "head.0001", new { reason = "The diploma submitted was found forged" });
            await World.OkAsync(HttpMethod.Post, url, "head.0001", new { reason = "The diploma submitted was found forged" }); // repeated

            var key = certificate.SerialNumber + "/revoked";
            await DeliveredAsync(key);
            Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from nsk_outbox where idempotency_key = $1", key));
            using var response = await World.SendAsync(HttpMethod.Get, "/api/v1/dev/nsk/results", "operator");
            var records = (await World.JsonAsync(response)).EnumerateArray().ToList();
            var revocation = Assert.Single(records, r => r.GetProperty("key").GetString() == key).GetProperty("payload");
            Assert.Equal(("revoked", certificate.SerialNumber, "The diploma submitted was found forged"),
                (revocation.GetProperty("result").GetString(), revocation.GetProperty("serialNumber").GetString(), revocation.GetProperty("revocationReason").GetString()));
            Assert.True(revocation.TryGetProperty("revokedOn", out _));
            var result = Assert.Single(records, r => r.GetProperty("key").GetString() == certificate.SerialNumber).GetProperty("payload");
            Assert.Equal("recognised", result.GetProperty("result").GetString());
            Assert.False(result.TryGetProperty("revocationReason", out _)); // the result's payload keeps its shape
        }
        finally
        {
            World.Nsk.Forward = null;
        }
    }

    [Fact]
    public async Task TheOperatorSeesTheBacklogAndARegistrarDoesNot()
    {
        var result = NewResult();
        World.Nsk.Down = true;
        try
        {
            await Outbox.EnqueueAsync(result);
            // The attempt is counted when an entry is claimed and its error written after the call failed: wait for the error.
            await World.EventuallyAsync(
                () => World.ScalarAsync<int>("select count(*)::int from nsk_outbox where idempotency_key = $1 and last_error is not null", result.SerialNumber),
                failed => failed > 0, "the failed attempt");

            using var response = await World.SendAsync(HttpMethod.Get, "/api/v1/operator/nsk-outbox", "operator");
            using var administrator = await World.SendAsync(HttpMethod.Get, "/api/v1/operator/nsk-outbox", "administrator");
            using var registrar = await World.SendAsync(HttpMethod.Get, "/api/v1/operator/nsk-outbox", "registrar.0001");

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden), (response.StatusCode, administrator.StatusCode, registrar.StatusCode));
            var backlog = await World.JsonAsync(response);
            Assert.True(backlog.GetProperty("failing").GetInt32() >= 1);
            var item = Assert.Single(backlog.GetProperty("oldest").EnumerateArray(), i => i.GetProperty("serialNumber").GetString() == result.SerialNumber);
            Assert.Contains("Connection refused", item.GetProperty("lastError").GetString());
            Assert.Equal(1, item.GetProperty("attempts").GetInt32());
        }
        finally
        {
            World.Nsk.Down = false;
        }

        World.Clock.Advance(new NskOptions().RetryBase + TimeSpan.FromSeconds(1));
        await DeliveredAsync(result.SerialNumber);
    }

    private Task DeliveredAsync(string serial) => World.EventuallyAsync(
        () => World.ScalarAsync<bool>("select exists (select 1 from nsk_outbox where idempotency_key = $1 and delivered_at is not null)", serial), delivered => delivered, $"delivery of {serial}");

    /// <summary>A result under a serial no case uses (sequence from a GUID), so the shared outbox holds it alone.</summary>
    private static NskResult NewResult()
    {
        var sequence = 10_000_000 + (Math.Abs(Guid.NewGuid().GetHashCode()) % 89_999_999);
        return new NskResult(NskResult.CurrentFormat, $"69202-24111001-5-170326-0001-{sequence:D8}", "recognised",
            new PersonName("Ахметова", "Айгерим"), new BilingualText("Бухгалтер", "Бухгалтер"), 5, "0001",
            new BilingualText("Орталық", "Центр"), new DateOnly(2026, 3, 17), new DateOnly(2031, 3, 17), "case-test");
    }
}
