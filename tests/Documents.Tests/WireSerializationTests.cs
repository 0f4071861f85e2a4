using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

/// <summary>The document contents travel between grains and the frontend: each survives Orleans' serializer intact.</summary>
public sealed class WireSerializationTests
{
    private static readonly Serializer Serializer =
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    public static TheoryData<DocumentKind> Kinds() => new(Enum.GetValues<DocumentKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryDocumentRoundTripsThroughTheOrleansSerializer(DocumentKind kind)
    {
        var document = SampleDocuments.Issue(DocumentCase.All[kind].Content);

        var copy = Serializer.Deserialize<IssuedDocument>(Serializer.SerializeToArray(document));

        Assert.NotNull(copy);
        Assert.Equal(document.Header, copy.Header);
        Assert.IsType(document.Content.GetType(), copy.Content);
        Assert.Equal(Json(document.Content), Json(copy.Content));
    }

    private static string Json(DocumentContent content) => JsonSerializer.Serialize(content, content.GetType());
}
