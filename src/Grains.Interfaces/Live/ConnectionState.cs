namespace Platform.Grains.Live;

/// <summary>How the candidate's proctoring client is connected, as the live dashboard shows it (P2.8, P11).</summary>
[GenerateSerializer, Alias("Platform.Grains.Live.ConnectionState")]
public enum ConnectionState
{
    /// <summary>No heartbeat received yet (offline sittings always).</summary>
    Unknown,

    /// <summary>A heartbeat arrived recently.</summary>
    Connected,

    /// <summary>Heartbeats stopped, or the proctoring reported the connection lost.</summary>
    Lost,
}
