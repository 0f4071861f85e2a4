namespace Platform.Grains.Centers;

/// <summary>A recognition center as its accreditation and its documents name it.</summary>
/// <param name="Number">The accreditation number: 4 digits (App.2, level 5).</param>
/// <param name="HeadName">The head of the center as printed on certificates (App.2).</param>
/// <param name="Programs">The qualification programs the center runs.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Centers.CenterProfile")]
public sealed record CenterProfile(
    [property: Id(0)] string Number,
    [property: Id(1)] string NameKk,
    [property: Id(2)] string NameRu,
    [property: Id(3)] string AddressKk,
    [property: Id(4)] string AddressRu,
    [property: Id(5)] string HeadName,
    [property: Id(6)] IReadOnlyList<string> Programs);
