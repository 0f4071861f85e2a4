namespace Platform.Frontend.Sittings;

/// <summary>
/// Carries a live grain's news to a SignalR group without ever making the grain observer wait (SPEC §5). An Orleans
/// client runs an observer's calls one at a time, each awaited, so a forwarder that awaited its SignalR send fell
/// behind a burst; and one-way notifications may arrive out of order, so the last one heard is not always the newest
/// (docs/benchmarks.md, "The operator's national picture"). Here each piece of news is kept by its key (a center, a
/// sitting) with the highest revision among those not yet sent, and one pump sends what is waiting, in a loop, until
/// nothing waits: a burst of thousands of changes to fifty centers becomes a few rounds of at most fifty messages.
/// The pages keep the highest revision of each key too, so a message older than one already sent changes nothing.
/// </summary>
public sealed partial class NewestSender<T>(Func<T, string> keyOf, Func<T, long> revisionOf, Func<T, Task> send, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, T> _waiting = new(StringComparer.Ordinal);
    private bool _pumping;

    /// <summary>Keeps <paramref name="news"/> unless newer news of its key already waits; starts the pump if it is idle.</summary>
    public void Post(T news)
    {
        lock (_gate)
        {
            var key = keyOf(news);
            if (_waiting.TryGetValue(key, out var waiting) && revisionOf(waiting) >= revisionOf(news))
            {
                return;
            }

            _waiting[key] = news;
            if (_pumping)
            {
                return;
            }

            _pumping = true;
        }

        _ = Task.Run(PumpAsync);
    }

    private async Task PumpAsync()
    {
        while (TakeWaiting() is { } round)
        {
            foreach (var news in round)
            {
                try
                {
                    await send(news);
                }
                catch (Exception failure) when (failure is not OutOfMemoryException)
                {
                    // The page reads the whole picture again when it (re)joins; the next news of this key is sent.
                    LogSendFailed(logger, failure, keyOf(news));
                }
            }
        }
    }

    private List<T>? TakeWaiting()
    {
        lock (_gate)
        {
            if (_waiting.Count == 0)
            {
                _pumping = false;
                return null;
            }

            List<T> round = [.. _waiting.Values];
            _waiting.Clear();
            return round;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live change of {Key} could not be sent to its SignalR group")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string key);
}
