namespace Platform.Grains.Documents;

/// <summary>The content of one document of the procedure (SPEC §4); each kind is a sealed record deriving from this one.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.DocumentContent")]
public abstract record DocumentContent
{
    /// <summary>The kind of document this content belongs to.</summary>
    public abstract DocumentKind Kind { get; }

    /// <summary>The recognition center, in kk and ru.</summary>
    public abstract BilingualText CenterName { get; init; }
}
