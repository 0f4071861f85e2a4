namespace Platform.LoadTest;

/// <summary>The echo reference's figures: its latencies once every connection was up, and its server's CPU.</summary>
public sealed record EchoResult(int Connections, double Seconds, LatencyHistogram Answers, LatencyHistogram Events, double ServerCpuPercent);
