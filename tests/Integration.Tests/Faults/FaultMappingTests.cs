using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Platform.Frontend.Faults;
using Platform.Grains.Faults;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using Platform.Silo.Faults;

namespace Platform.Integration.Tests.Faults;

/// <summary>Issue 11: which exception is a fault (503, Retry-After) and which is a bug (500), on both sides of the boundary.</summary>
public sealed class FaultMappingTests
{
    public static TheoryData<string, Exception, bool> FrontendExceptions => new()
    {
        { "storage behind a silo", new PlatformUnavailableException(), true },
        { "silo gone", new SiloUnavailableException(), true },
        // Orleans alone creates it (its constructors are internal): "Forwarding failed", "Silo stopping".
        { "forwarding failed", (Exception)RuntimeHelpers.GetUninitializedObject(typeof(OrleansMessageRejectionException)), true },
        { "no gateway", new Orleans.Runtime.Messaging.ConnectionFailedException("no gateway"), true },
        { "grain call timed out", new TimeoutException(), true },
        { "own read: server unreachable", new NpgsqlException("Failed to connect", new SocketException()), true },
        { "own read: server shutting down", new PostgresException("terminating connection", "FATAL", "FATAL", "57P01"), true },
        { "own read: statement refused", new PostgresException("syntax error", "ERROR", "ERROR", "42601"), false },
        { "a bug", new NullReferenceException(), false },
        { "another bug", new InvalidOperationException(), false },
        { "a write conflict", new Orleans.Storage.InconsistentStateException("etag"), false },
        { "some other Orleans error", new OrleansException("unexpected"), false },
        // Issue 17: Data Protection wraps its key ring's read (PostgreSQL) in a CryptographicException; the requests that
        // waited on another's read get an InvalidOperationException around that read's AggregateException.
        { "key ring: server unreachable", new CryptographicException("An error occurred during a cryptographic operation.", new NpgsqlException("Failed to connect", new SocketException())), true },
        { "key ring: read failed on another request", new CryptographicException("failed", new InvalidOperationException("refresh failed", new AggregateException(new NpgsqlException("Failed to connect", new SocketException())))), true },
        { "key ring: statement refused", new CryptographicException("failed", new PostgresException("relation does not exist", "ERROR", "ERROR", "42P01")), false },
        { "a tampered cookie", new CryptographicException("The payload was invalid."), false },
        { "a key the ring lacks", new CryptographicException("The key was not found in the key ring.", new InvalidOperationException()), false },
    };

    [Theory]
    [MemberData(nameof(FrontendExceptions))]
    public void TheFrontendCountsOnlyTheListedFaults(string what, Exception exception, bool fault) =>
        Assert.True(PlatformFaults.IsFault(exception) == fault, $"{what}: {exception.GetType().Name} should {(fault ? "" : "not ")}be a fault");

    /// <summary>Issue 17: which faults renew the live subscriptions at once (a silo lost), which do not (PostgreSQL down).</summary>
    public static TheoryData<string, Exception, bool> MovingFaults => new()
    {
        { "silo gone", new SiloUnavailableException(), true },
        { "forwarding failed", (Exception)RuntimeHelpers.GetUninitializedObject(typeof(OrleansMessageRejectionException)), true },
        { "no gateway", new Orleans.Runtime.Messaging.ConnectionFailedException("no gateway"), true },
        { "a silo cut off: no answer in time", new TimeoutException(), true },
        { "storage behind a silo", new PlatformUnavailableException(), false },
        { "own read: server unreachable", new NpgsqlException("Failed to connect", new SocketException()), false },
        { "key ring: server unreachable", new CryptographicException("failed", new NpgsqlException("Failed to connect", new SocketException())), false },
    };

    [Theory]
    [MemberData(nameof(MovingFaults))]
    public void OnlyALostSiloRenewsTheLiveSubscriptions(string what, Exception exception, bool moves)
    {
        Assert.True(PlatformFaults.IsFault(exception), $"{what} is a fault");
        Assert.True(PlatformFaults.MayHaveMovedAGrain(exception) == moves, $"{what}: {exception.GetType().Name} should {(moves ? "" : "not ")}renew the subscriptions");
    }

    [Fact]
    public void TheSiloLetsNoDriverExceptionCrossTheGrainBoundary()
    {
        // Orleans' storage bridge wraps the driver's exception; the filter sees the wrapper.
        var wrapped = new OrleansException("Error from storage provider", new PostgresException("terminating connection", "FATAL", "FATAL", "57P01"));
        var unavailable = Assert.IsType<PlatformUnavailableException>(StorageFaults.Translate(wrapped));
        Assert.Null(unavailable.InnerException);
        Assert.IsType<PlatformUnavailableException>(StorageFaults.Translate(new NpgsqlException("Exception while reading from stream", new EndOfStreamException())));
        Assert.IsType<PlatformUnavailableException>(StorageFaults.Translate(new TimeoutException()));

        // A statement the database refused is a bug: a plain 500 for the caller, its SQLSTATE only, nothing of the driver.
        var refused = Assert.IsType<InvalidOperationException>(StorageFaults.Translate(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
        Assert.Null(refused.InnerException);
        Assert.Contains("23505", refused.Message);

        // Left alone: what Orleans already serializes and is no fault (a conflict), a bug, the platform's own fault.
        Assert.Null(StorageFaults.Translate(new Orleans.Storage.InconsistentStateException("etag")));
        Assert.Null(StorageFaults.Translate(new NullReferenceException()));
        Assert.Null(StorageFaults.Translate(new PlatformUnavailableException()));
    }

    [Fact]
    public async Task OverHttpAFaultIs503WithRetryAfterAReadIsTriedAgainAndABugStaysA500InTheLog()
    {
        var logs = new CapturedLogs();
        var tries = new Dictionary<string, int>();
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        using var silo = await PlatformHosts.StartSiloAsync(database, "faults-mapping");
        await using var frontend = await PlatformHosts.StartFrontendAsync(database, "faults-mapping", services: logs.AddTo, map: app =>
        {
            int Count(string key)
            {
                lock (tries)
                {
                    return tries[key] = tries.GetValueOrDefault(key) + 1;
                }
            }

            app.MapGet("/test/faults/flaky-read", () => Count("flaky-read") < 3 ? throw new SiloUnavailableException() : Results.Ok("read")).AllowAnonymous();
            app.MapGet("/test/faults/down-read", () => { Count("down-read"); throw new PlatformUnavailableException(); }).AllowAnonymous();
            app.MapPost("/test/faults/command", () => { Count("command"); throw new SiloUnavailableException(); }).AllowAnonymous();
            app.MapGet("/test/faults/bug", () => { Count("bug"); throw new NullReferenceException(); }).AllowAnonymous();
        });

        using (var flaky = await frontend.Http.GetAsync("/test/faults/flaky-read"))
        {
            Assert.Equal(HttpStatusCode.OK, flaky.StatusCode);
        }

        using (var down = await frontend.Http.GetAsync("/test/faults/down-read"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(PlatformFaults.RetryAfterSeconds), down.Headers.RetryAfter?.Delta);
        }

        using (var command = await frontend.Http.PostAsync("/test/faults/command", null))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, command.StatusCode);
            Assert.NotNull(command.Headers.RetryAfter);
        }

        using (var kk = new HttpRequestMessage(HttpMethod.Post, "/test/faults/command"))
        {
            kk.Headers.AcceptLanguage.ParseAdd("kk");
            using var answer = await frontend.Http.SendAsync(kk);
            Assert.Contains("Қызмет уақытша қолжетімсіз", await answer.Content.ReadAsStringAsync());
        }

        using (var bug = await frontend.Http.GetAsync("/test/faults/bug"))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, bug.StatusCode);
            Assert.Null(bug.Headers.RetryAfter);
        }

        // Reads: three tries at most; commands and bugs: once.
        Assert.Equal((3, 3, 2, 1), (tries["flaky-read"], tries["down-read"], tries["command"], tries["bug"]));
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Error ", StringComparison.Ordinal) && entry.Contains(nameof(NullReferenceException)));
        await silo.StopAsync();
    }
}
