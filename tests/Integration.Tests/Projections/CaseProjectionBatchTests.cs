using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Database;
using Platform.Silo.Projections;

namespace Platform.Integration.Tests.Projections;

/// <summary>Issue 16: the case projection's upserts of many cases share one statement, each keeping its version guard.</summary>
public sealed class CaseProjectionBatchTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 17, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ManyCasesWrittenAtOnceShareAFewStatementsAndTheNewestVersionOfEachStands()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var projection = new CaseProjection(database.DataSource,
            Options.Create(new CaseProjectionOptions { Linger = TimeSpan.FromMilliseconds(200), Writers = 1 }), NullLogger<CaseProjection>.Instance);
        await projection.StartAsync(CancellationToken.None);

        // Case 0 comes twice in the same burst, its newer version first; the older must not take it back.
        var writes = Enumerable.Range(0, 100).Select(i => projection.WriteAsync(View(i, version: 3), At))
            .Append(projection.WriteAsync(View(0, version: 2, ApplicationState.ContractConcluded), At))
            .ToArray();
        await Task.WhenAll(writes);
        await projection.StopAsync(CancellationToken.None);

        Assert.Equal(100L, await database.ScalarAsync<long>("select count(*) from case_projection where version = 3 and state = 'awaitingProtocol'"));
        Assert.InRange(await database.ScalarAsync<long>("select count(distinct xmin::text) from case_projection"), 1, 5);
    }

    private static CaseView View(int number, int version, ApplicationState state = ApplicationState.AwaitingProtocol) =>
        new($"case-{number:D4}", "0001", $"cand-{number:D4}", "P-001", 4, ApplicationChannel.Online, state, 1, [], null, [], [], null, version);
}
