namespace Platform.Grains.Documents;

/// <summary>The head of the recognition center signing a document (the motivated refusal of P5, the contract).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.HeadSignature")]
public sealed record HeadSignature([property: Id(0)] string FullName, [property: Id(1)] DateOnly SignedOn);
