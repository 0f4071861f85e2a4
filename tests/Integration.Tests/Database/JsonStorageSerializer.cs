using System.Text.Json;
using Orleans.Storage;

namespace Platform.Integration.Tests.Database;

/// <summary>Plain JSON, enough to round-trip <see cref="SittingRecord"/> through the real provider.</summary>
internal sealed class JsonStorageSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(input));

    public T? Deserialize<T>(BinaryData input) => JsonSerializer.Deserialize<T>(input.ToMemory().Span);
}
