namespace Platform.Grains.Sittings;

/// <summary>An answer the server acknowledged: the option and the sequence it was saved with.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SavedAnswer")]
public sealed record SavedAnswer([property: Id(0)] string QuestionId, [property: Id(1)] string OptionId, [property: Id(2)] long Sequence);
