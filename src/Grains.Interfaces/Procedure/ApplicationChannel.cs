namespace Platform.Grains.Procedure;

/// <summary>P4: how the application reached the center.</summary>
public enum ApplicationChannel
{
    /// <summary>Submitted by the candidate through the platform.</summary>
    Online,

    /// <summary>Handed in on paper and registered by the center's staff.</summary>
    Paper,
}
