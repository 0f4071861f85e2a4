using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Collects every log message of the in-process hosts it is added to (silo and frontend), down to Debug: the formatted
/// message, the structured values, the scopes it was written in (issue 17: the correlation id) and the exception, so a test
/// can search them for personal data. Scopes are kept by this capture itself, per async flow, so one capture serves
/// several hosts of the test process.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();
    private readonly AsyncLocal<Scope?> _scope = new();

    public IReadOnlyCollection<string> Entries => _entries;

    /// <summary>Adds this capture to a host's services, at Debug whatever the host's own filters say.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(this);
        services.Configure<LoggerFilterOptions>(options =>
            options.Rules.Add(new LoggerFilterRule(typeof(CapturedLogs).FullName, null, LogLevel.Debug, null)));
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            var scope = new Scope(state, capture._scope.Value, capture._scope);
            capture._scope.Value = scope;
            return scope;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join("; ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
                : "";
            var scopes = new List<string>();
            for (var scope = capture._scope.Value; scope is not null; scope = scope.Parent)
            {
                scopes.Add(scope.State is IEnumerable<KeyValuePair<string, object?>> scopePairs
                    ? string.Join("; ", scopePairs.Select(pair => $"{pair.Key}={pair.Value}"))
                    : scope.State.ToString() ?? "");
            }

            capture._entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {{{string.Join(" | ", scopes)}}} {exception}");
        }
    }

    private sealed class Scope(object state, Scope? parent, AsyncLocal<Scope?> current) : IDisposable
    {
        public object State { get; } = state;

        public Scope? Parent { get; } = parent;

        public void Dispose() => current.Value = Parent;
    }
}
