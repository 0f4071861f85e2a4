using System.Collections;
using System.Reflection;
using System.Text.Json;
using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Domain.Proctoring;
using Platform.Domain.Rules;
using Platform.Frontend.Sittings;
using Platform.Grains.Live;
using Platform.Grains.Sittings;
using Platform.HubProtocol;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// Issue 16: the hubs speak JSON and MessagePack, and a page reads a message the same whichever carried it. Every type
/// the three hubs send or take is written by the server's two protocols as it is configured, the MessagePack payload
/// turned back into JSON and compared with the JSON payload; and read back from MessagePack as a client or the hub
/// reads it (enums, instants, time spans, dictionaries keyed by an enum, records, nulls, the refusal's own shape).
/// </summary>
public sealed class HubShapeTests
{
    private static readonly DateTimeOffset Almaty = new(2026, 3, 17, 10, 0, 0, TimeSpan.FromHours(5));
    private static readonly DateTimeOffset Fraction = new DateTimeOffset(2026, 3, 17, 4, 41, 5, TimeSpan.Zero).AddTicks(2_500_000);
    private static readonly DateTimeOffset Ticks = Almaty.AddTicks(1_234_567);

    private static readonly SittingWarning Warning = new("e-1", ProctoringKind.ProhibitedItem, ProhibitedItem.MobilePhone, Almaty, Fraction, null);

    private static readonly LiveSitting Row = new("s-1", "case-1", "cand-1", ExamMode.Online, SittingState.TheoryOpen, 3, 40,
        new TimeSpan(0, 0, 41, 5, 250), Ticks, 1, 2, 0, null, ConnectionState.Connected, Fraction, 17);

    private static readonly LiveSitting EndedRow = Row with
    {
        State = SittingState.Terminated, Deadline = null, LastHeartbeatAt = null, Ended = "P13", TimeLeft = TimeSpan.Zero,
        Connection = ConnectionState.Unknown, Revision = 9_007_199_254_740_000,
    };

    private static readonly CenterCounts Counts = new("0001",
        new Dictionary<SittingState, int> { [SittingState.TheoryOpen] = 100, [SittingState.CheckedIn] = 40, [SittingState.TechnicalFailure] = 1 }, 3, 12, 1);

    private static readonly IngestReceipt Receipt = new(1, 0, 1, 0, ViolationOutcome.WarningDue, SittingState.TheoryOpen);

    private static readonly ProctoringEvent Detection = new(Guid.Parse("4b1f2c7e-9a51-4d3b-8f7e-2a6c1d9e0b35"), "s-1", Fraction,
        ProctoringKind.ProhibitedItem, 0.93, ProhibitedItem.SmartWatch, TimeSpan.FromSeconds(95.5), null);

    private static readonly ProctoringEvent Heartbeat = new(Guid.Parse("0e6b2a41-5c7d-4f19-a3b8-7d2e9c1f4a60"), "s-1", Almaty, ProctoringKind.Heartbeat, 1, Value: 41.5);

    /// <summary>One value of every type the hubs send or take, the nullable members both null and not.</summary>
    public static readonly TheoryData<string, object> Messages = new()
    {
        { "JoinCenter → CenterPicture", new CenterPicture("0001", [Row, EndedRow], Almaty) },
        { "JoinNational → NationalCounts", new NationalCounts([Counts, Counts with { Center = "0002", ByState = new Dictionary<SittingState, int>() }], Fraction) },
        { "SittingChanged(LiveSitting)", Row },
        { "CountsChanged(CenterCounts)", Counts },
        {
            "Resume → TheorySheet", new TheorySheet("s-1", SittingState.TheoryOpen, ExamLanguage.Kk,
                [new CandidateQuestion(1, "q-1", "Бухгалтерлік есеп «теңгемен»?", [new CandidateOption("a", "Иә"), new CandidateOption("b", "Жоқ \"\\/")])],
                [new SavedAnswer("q-1", "a", 3)], Ticks, TimeSpan.FromMinutes(90), Warning)
        },
        { "Resume → TheorySheet before opening", new TheorySheet("s-1", SittingState.CheckedIn, ExamLanguage.Ru, [], [], null, TimeSpan.Zero, null) },
        { "SaveAnswer → AnswerReceipt", new AnswerReceipt("q-1", "a", 3, true, 1, TimeSpan.FromSeconds(2_465.5)) },
        { "SaveAnswer → AnswerReceipt refused", new AnswerReceipt("q-1", null, 0, false, 0, TimeSpan.Zero, Refusal.Of(Rule.Of("P9"), "TheoryOver", new DateOnly(2026, 3, 17))) },
        { "Status → ExamStatus", new ExamStatus(SittingState.TheoryOpen, true, false, 2_465.25, 15, 42) },
        { "Warning(SittingWarning)", Warning },
        { "StateChanged(state)", SittingState.TheorySubmitted },
        { "OpenStream → ProctoringStream", new ProctoringStream("s-1", Fraction) },
        { "Ingest(events)", new[] { Detection, Heartbeat } },
        { "Ingest → IngestReceipt", Receipt },
        { "IngestStreams(batches)", new[] { new[] { Detection }, new[] { Heartbeat } } },
        { "IngestStreams → StreamReceipt[]", new[] { new StreamReceipt("s-1", Receipt, null), new StreamReceipt("s-2", null, "The proctoring token is refused: WrongSitting.") } },
    };

    private static readonly (IHubProtocol Json, IHubProtocol MessagePack, JsonSerializerOptions JsonPayload, MessagePackSerializerOptions MessagePackPayload) Server = Configured();

    [Theory]
    [MemberData(nameof(Messages))]
    public void MessagePackCarriesWhatJsonCarries(string message, object value)
    {
        var json = JsonArgument(Server.Json, value);
        var messagePack = MessagePackArgument(Server.MessagePack, value);

        Assert.True(JsonElement.DeepEquals(json, messagePack), $"{message}:\nJSON        {json}\nMessagePack {messagePack}");
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void WhatMessagePackCarriesIsReadBackWhole(string message, object value)
    {
        var type = value.GetType();
        var read = MessagePackSerializer.Deserialize(type, MessagePackSerializer.Serialize(type, value, Server.MessagePackPayload), Server.MessagePackPayload);

        Assert.Equal(JsonSerializer.Serialize(value, type, Server.JsonPayload), JsonSerializer.Serialize(read, type, Server.JsonPayload));
        Assert.NotNull(message);
    }

    [Fact]
    public void EveryValueOfEveryEnumTravelsAsItsCamelCaseName()
    {
        foreach (var type in Closure(MessageTypes()).Where(t => t.IsEnum))
        {
            foreach (var value in Enum.GetValues(type))
            {
                var json = JsonSerializer.SerializeToElement(value, type, Server.JsonPayload);
                var messagePack = MessagePackSerializer.Deserialize<object>(MessagePackSerializer.Serialize(type, value, Server.MessagePackPayload));
                Assert.Equal(json.GetString(), messagePack);
                Assert.Equal(value, MessagePackSerializer.Deserialize(type, MessagePackSerializer.Serialize(type, value, Server.MessagePackPayload), Server.MessagePackPayload));
            }
        }
    }

    [Fact]
    public void TheSamplesCoverEveryTypeTheHubsSendOrTake()
    {
        var sampled = Closure(Messages.Select(row => row[1].GetType()));
        var missing = Closure(MessageTypes()).Where(t => !t.IsEnum && !sampled.Contains(t)).Select(t => t.Name).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void AnUnknownNameIsSkippedAndAnyCaseIsRead()
    {
        var map = new Dictionary<string, object?>
        {
            ["SITTINGID"] = "s-1", ["tokenExpiresAt"] = "2026-03-17T10:00:00+05:00", ["comment"] = new[] { 1, 2 },
        };
        var stream = MessagePackSerializer.Deserialize<ProctoringStream>(MessagePackSerializer.Serialize(map), Server.MessagePackPayload);

        Assert.Equal(new ProctoringStream("s-1", Almaty), stream);
    }

    /// <summary>The types of the hubs' methods (arguments and answers) and of what the forwarders push.</summary>
    private static IEnumerable<Type> MessageTypes()
    {
        var methods = new[] { typeof(CenterHub), typeof(SittingHub), typeof(ProctoringHub) }
            .SelectMany(hub => hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => !method.IsSpecialName && method.Name != nameof(Hub.OnDisconnectedAsync) && method.Name != nameof(Hub.OnConnectedAsync));
        foreach (var method in methods)
        {
            yield return method.ReturnType;
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }

        // SittingForwarder, CenterForwarder, NationalForwarder.
        yield return typeof(SittingWarning);
        yield return typeof(SittingState);
        yield return typeof(LiveSitting);
        yield return typeof(CenterCounts);
    }

    /// <summary>The records and enums reachable from <paramref name="roots"/> through properties, lists, dictionaries and tasks.</summary>
    private static HashSet<Type> Closure(IEnumerable<Type> roots)
    {
        var found = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (Nullable.GetUnderlyingType(type) is { } inner)
            {
                queue.Enqueue(inner);
            }
            else if (type.IsArray)
            {
                queue.Enqueue(type.GetElementType()!);
            }
            else if (type.IsGenericType && (typeof(IEnumerable).IsAssignableFrom(type) || typeof(Task).IsAssignableFrom(type)))
            {
                type.GetGenericArguments().ToList().ForEach(queue.Enqueue);
            }
            else if ((type.IsEnum || (type.IsClass && type != typeof(string) && type != typeof(Task) && type.Namespace!.StartsWith("Platform", StringComparison.Ordinal)))
                     && found.Add(type) && !type.IsEnum)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    queue.Enqueue(property.PropertyType);
                }
            }
        }

        return found;
    }

    private static (IHubProtocol, IHubProtocol, JsonSerializerOptions, MessagePackSerializerOptions) Configured()
    {
        var services = new ServiceCollection();
        services.AddSignalR().AddHubProtocols();
        var provider = services.BuildServiceProvider();
        var protocols = provider.GetServices<IHubProtocol>().ToList();
        return (protocols.Single(p => p.Name == HubProtocols.Json), protocols.Single(p => p.Name == HubProtocols.MessagePack),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<JsonHubProtocolOptions>>().Value.PayloadSerializerOptions,
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MessagePackHubProtocolOptions>>().Value.SerializerOptions);
    }

    private static InvocationMessage Invocation(object value) => new("Message", [value]);

    /// <summary>The first argument of an invocation as the JSON protocol frames it (a text message ended by 0x1E).</summary>
    private static JsonElement JsonArgument(IHubProtocol json, object value)
    {
        var frame = json.GetMessageBytes(Invocation(value));
        using var document = JsonDocument.Parse(frame[..^1]);
        return document.RootElement.GetProperty("arguments")[0].Clone();
    }

    /// <summary>
    /// The first argument of an invocation as the MessagePack protocol frames it (a length prefix, then
    /// [type, headers, invocation id, target, arguments, stream ids]), turned into JSON by MessagePack's own converter.
    /// </summary>
    private static JsonElement MessagePackArgument(IHubProtocol messagePack, object value)
    {
        var frame = messagePack.GetMessageBytes(Invocation(value));
        var prefix = 0;
        while ((frame.Span[prefix++] & 0x80) != 0)
        {
        }

        var reader = new MessagePackReader(frame[prefix..]);
        Assert.Equal(6, reader.ReadArrayHeader());
        Assert.Equal(HubProtocolConstants.InvocationMessageType, reader.ReadInt32());
        reader.Skip();
        reader.Skip();
        reader.Skip();
        Assert.Equal(1, reader.ReadArrayHeader());
        using var text = new StringWriter();
        MessagePackSerializer.ConvertToJson(ref reader, text);
        using var document = JsonDocument.Parse(text.ToString());
        return document.RootElement.Clone();
    }
}
