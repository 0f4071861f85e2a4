namespace Platform.Grains.Documents;

/// <summary>A name that the documents print in the language of the document (center names, professions): Kazakh and Russian.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.BilingualText")]
public sealed record BilingualText([property: Id(0)] string Kk, [property: Id(1)] string Ru)
{
    /// <summary>The text in the given language.</summary>
    public string In(DocumentLanguage language) => language == DocumentLanguage.Kk ? Kk : Ru;
}
