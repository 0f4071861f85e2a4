namespace Platform.Grains.Commissions;

/// <summary>A present member's vote: passed or not (examination), or an appeal outcome (appeal).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Commissions.Vote")]
public sealed record Vote([property: Id(0)] string Subject, [property: Id(1)] string Choice);
