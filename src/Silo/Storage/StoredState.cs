namespace Platform.Silo.Storage;

/// <summary>A row of <c>grain_state</c> as read or written: the payload (null once cleared, or not read back after a write) and the version.</summary>
internal readonly record struct StoredState(byte[]? Payload, int Version);
