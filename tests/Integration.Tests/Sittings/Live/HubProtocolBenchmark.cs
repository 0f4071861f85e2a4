using System.Buffers;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Frontend.Sittings;
using Platform.Grains.Live;
using Platform.Grains.Sittings;
using Platform.HubProtocol;
using Platform.Integration.Tests.Pages.Center;
using Xunit.Abstractions;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// Issue 16: what one hub message costs the frontend in each protocol, as configured on the server — the bytes on the
/// wire, the time to write or read it and the memory allocated doing so — for the messages of a sitting under load: an
/// answer and its receipt, a proctoring connection's call of 100 streams' heartbeats and its 100 receipts, a dashboard
/// row. Time is the process's CPU time (a busy shared machine stretches wall time, not CPU time), the median of 9
/// rounds of 20,000 small messages or 400 calls of 100 streams, after a warm-up. Figures to docs/benchmarks.md.
/// </summary>
public sealed class HubProtocolBenchmark(ITestOutputHelper output)
{
    private const int Rounds = 9;
    private const int Small = 20_000;
    private const int Large = 400;
    private const int Streams = 100;

    private static readonly ArrayBufferWriter<byte> Buffer = new(64 * 1024);

    private static readonly DateTimeOffset At = new(2026, 3, 17, 10, 12, 5, 250, TimeSpan.Zero);

    [BenchmarkFact]
    public void OneHubMessageInEachProtocol()
    {
        var services = new ServiceCollection();
        services.AddSignalR().AddHubProtocols();
        var protocols = services.BuildServiceProvider().GetServices<IHubProtocol>().ToList();

        var receipt = new AnswerReceipt("q-17", "c", 3, true, 17, TimeSpan.FromSeconds(2_465.25));
        var events = Enumerable.Range(0, Streams)
            .Select(i => (IReadOnlyList<ProctoringEvent>)[new ProctoringEvent(Guid.NewGuid(), $"sitting-{Guid.NewGuid():N}-1", At, ProctoringKind.Heartbeat, 1)])
            .ToArray();
        var receipts = events.Select(batch => new StreamReceipt(batch[0].SittingId, new IngestReceipt(0, 0, 1, 0, ViolationOutcome.Clear, SittingState.TheoryOpen), null)).ToArray();
        var row = new LiveSitting($"sitting-{Guid.NewGuid():N}-1", $"case-{Guid.NewGuid():N}", $"cand-{Guid.NewGuid():N}", ExamMode.Online,
            SittingState.TheoryOpen, 17, 40, TimeSpan.FromSeconds(2_465.25), At.AddMinutes(45), 0, 1, 0, null, ConnectionState.Connected, At, 1_234);

        output.WriteLine("| message | protocol | bytes | CPU to write or read (µs) | allocated (bytes) |");
        output.WriteLine("|---|---|---:|---:|---:|");
        foreach (var protocol in protocols)
        {
            var answer = protocol.GetMessageBytes(new InvocationMessage("1", nameof(SittingHub.SaveAnswer), ["q-17", "c", 3L]));
            Report("SaveAnswer call, read", protocol, answer.Length, Small, () => Parse(protocol, answer, new Binder([typeof(string), typeof(string), typeof(long)])));
            Report("AnswerReceipt, written", protocol, Write(protocol, CompletionMessage.WithResult("1", receipt)), Small, () => Write(protocol, CompletionMessage.WithResult("1", receipt)));
            var ingest = protocol.GetMessageBytes(new InvocationMessage("2", nameof(ProctoringHub.IngestStreams), [events]));
            Report($"IngestStreams call of {Streams} heartbeats, read", protocol, ingest.Length, Large,
                () => Parse(protocol, ingest, new Binder([typeof(IReadOnlyList<IReadOnlyList<ProctoringEvent>>)])));
            Report($"{Streams} StreamReceipts, written", protocol, Write(protocol, CompletionMessage.WithResult("2", receipts)), Large, () => Write(protocol, CompletionMessage.WithResult("2", receipts)));
            Report("SittingChanged row, written", protocol, Write(protocol, new InvocationMessage(CenterHub.SittingChangedMessage, [row])), Small,
                () => Write(protocol, new InvocationMessage(CenterHub.SittingChangedMessage, [row])));
        }
    }

    private void Report(string message, IHubProtocol protocol, int bytes, int perRound, Action run)
    {
        for (var i = 0; i < perRound / 10; i++)
        {
            run();
        }

        var process = Process.GetCurrentProcess();
        var times = new List<double>();
        var allocated = new List<long>();
        for (var round = 0; round < Rounds; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            for (var i = 0; i < perRound; i++)
            {
                run();
            }

            process.Refresh();
            times.Add((process.TotalProcessorTime - cpu).TotalMicroseconds / perRound);
            allocated.Add((GC.GetAllocatedBytesForCurrentThread() - before) / perRound);
        }

        times.Sort();
        allocated.Sort();
        output.WriteLine($"| {message} | {protocol.Name} | {bytes:N0} | {times[Rounds / 2]:F2} | {allocated[Rounds / 2]:N0} |");
    }

    /// <summary>Written into one reused buffer, as SignalR writes into its pipe (the buffer is not the protocol's cost).</summary>
    private static int Write(IHubProtocol protocol, HubMessage message)
    {
        Buffer.ResetWrittenCount();
        protocol.WriteMessage(message, Buffer);
        return Buffer.WrittenCount;
    }

    private static void Parse(IHubProtocol protocol, ReadOnlyMemory<byte> frame, IInvocationBinder binder)
    {
        var input = new ReadOnlySequence<byte>(frame);
        if (!protocol.TryParseMessage(ref input, binder, out var message) || message is not InvocationMessage { Arguments.Length: > 0 })
        {
            throw new InvalidOperationException($"{protocol.Name} did not read the call back.");
        }
    }

    /// <summary>The hub method's parameter types, as SignalR's binder gives them to the protocol.</summary>
    private sealed class Binder(Type[] parameters) : IInvocationBinder
    {
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => parameters;

        public Type GetReturnType(string invocationId) => typeof(object);

        public Type GetStreamItemType(string streamId) => typeof(object);
    }
}
