using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Platform.Hosting.Telemetry;
using Platform.Silo.Telemetry;

namespace Platform.Integration.Tests.Operations;

/// <summary>
/// Issue 17: outside Development both processes write one JSON object a line to the console, with the correlation id
/// of the scope it was written in; Development keeps the readable lines.
/// </summary>
public sealed class JsonLogTests
{
    private const string CorrelationId = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void OutsideDevelopmentTheSiloWritesJsonLinesWithTheCorrelationId(string environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.AddSiloTelemetry();
        using var host = builder.Build();

        AssertJsonLineWithCorrelation(host.Services);
    }

    [Fact]
    public async Task OutsideDevelopmentTheFrontendWritesJsonLinesWithTheCorrelationId()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        PlatformTelemetry.AddJsonLogsOutsideDevelopment(builder);
        await using var app = builder.Build();

        AssertJsonLineWithCorrelation(app.Services);
    }

    [Fact]
    public async Task InDevelopmentTheLinesStayReadable()
    {
        var silo = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        PlatformTelemetry.AddJsonLogsOutsideDevelopment(silo);
        using var siloHost = silo.Build();
        var frontend = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        PlatformTelemetry.AddJsonLogsOutsideDevelopment(frontend);
        await using var app = frontend.Build();

        Assert.NotEqual(ConsoleFormatterNames.Json, siloHost.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        Assert.NotEqual(ConsoleFormatterNames.Json, app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    /// <summary>Writes a line through the console's configured formatter inside a correlation scope, and reads it back.</summary>
    private static void AssertJsonLineWithCorrelation(IServiceProvider services)
    {
        var name = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName;
        Assert.Equal(ConsoleFormatterNames.Json, name);
        var formatter = services.GetServices<ConsoleFormatter>().Single(candidate => candidate.Name == name);
        var scopes = new LoggerExternalScopeProvider();
        using var writer = new StringWriter();
        using (Correlation.BeginScope(new ScopeLogger(scopes), CorrelationId))
        {
            formatter.Write(new LogEntry<string>(LogLevel.Information, "Platform.Test", new EventId(7), "state", null, (_, _) => "A grain answered"), scopes, writer);
        }

        using var line = JsonDocument.Parse(writer.ToString());
        var root = line.RootElement;
        Assert.Equal("A grain answered", root.GetProperty("Message").GetString());
        Assert.Equal("Platform.Test", root.GetProperty("Category").GetString());
        Assert.EndsWith("Z", root.GetProperty("Timestamp").GetString(), StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("Scopes").EnumerateArray(),
            scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(Correlation.ScopeName, out var id) && id.GetString() == CorrelationId);
    }

    /// <summary>A logger whose scopes go to one scope provider, as the logger factory's do.</summary>
    private sealed class ScopeLogger(IExternalScopeProvider scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
