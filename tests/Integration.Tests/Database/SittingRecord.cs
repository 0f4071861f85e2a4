namespace Platform.Integration.Tests.Database;

/// <summary>A grain state for the storage round-trip.</summary>
public sealed class SittingRecord
{
    public int Candidates { get; set; }
}
