using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>The messages of one kind a hub pushes to a connection, awaited with a bound (no sleeps).</summary>
public sealed class Inbox<T>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly Channel<T> _messages = Channel.CreateUnbounded<T>();

    private Inbox()
    {
    }

    public static Inbox<T> Of(HubConnection connection, string method)
    {
        var inbox = new Inbox<T>();
        connection.On<T>(method, message => inbox._messages.Writer.TryWrite(message));
        return inbox;
    }

    /// <summary>An inbox of a message with two arguments, kept as one value.</summary>
    public static Inbox<T> Of<T1, T2>(HubConnection connection, string method, Func<T1, T2, T> combine)
    {
        var inbox = new Inbox<T>();
        connection.On<T1, T2>(method, (a, b) => inbox._messages.Writer.TryWrite(combine(a, b)));
        return inbox;
    }

    /// <summary>The next message that satisfies the predicate (earlier ones are consumed); fails after the bound.</summary>
    public async Task<T> NextAsync(Func<T, bool>? until = null)
    {
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            while (true)
            {
                var message = await _messages.Reader.ReadAsync(timeout.Token);
                if (until is null || until(message))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no {typeof(T).Name} as expected was pushed within {Bound.TotalSeconds} s");
        }
    }

    /// <summary>Whether a message is waiting now.</summary>
    public bool TryTake(out T message) => _messages.Reader.TryRead(out message!);
}
