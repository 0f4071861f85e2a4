using System.Text.Json;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Frontend.Sittings;
using Platform.Grains.Sittings;
using Platform.LoadTest;

namespace Platform.Integration.Tests.LoadTest;

/// <summary>
/// The load generator talks to /hubs/proctoring over the wire without linking the frontend: what it knows of the hub
/// (its limits, the shape of its answers) must stay what the hub says.
/// </summary>
public sealed class HubProtocolTests
{
    [Fact]
    public void TheGeneratorKnowsTheHubsLimits()
    {
        Assert.Equal(ProctoringHub.MaxStreamsPerConnection, ProctoringHubLimits.MaxStreamsPerConnection);
        Assert.Equal(ProctoringHub.MaxBatchesPerCall, ProctoringHubLimits.MaxBatchesPerCall);
        Assert.Equal(ProctoringHub.MaxMessageBytes, ProctoringHubLimits.MaxMessageBytes);
        Assert.Equal(ProctoringHub.ParallelBatchesPerConnection, ProctoringHubLimits.ParallelBatchesPerConnection);
    }

    [Fact]
    public void TheGeneratorReadsTheHubsStreamReceipts()
    {
        // SignalR's JSON protocol writes with the web defaults (camelCase).
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var receipt = new IngestReceipt(3, 0, 7, 0, ViolationOutcome.Clear, SittingState.TheoryOpen);
        var sent = JsonSerializer.Serialize(new Frontend.Sittings.StreamReceipt[] { new("s-1", receipt, null), new("s-2", null, "refused") }, web);

        var read = JsonSerializer.Deserialize<Platform.LoadTest.StreamReceipt[]>(sent, web)!;

        Assert.Equal("s-1", read[0].SittingId);
        Assert.Equal(receipt, read[0].Receipt);
        Assert.Equal("refused", read[1].Refusal);
        Assert.Null(read[1].Receipt);
    }
}
