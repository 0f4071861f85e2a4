namespace Platform.Grains.Documents;

/// <summary>A person's full name as printed: surname, given name and the patronymic if any (App.1, App.2).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.PersonName")]
public sealed record PersonName(
    [property: Id(0)] string Surname,
    [property: Id(1)] string GivenName,
    [property: Id(2)] string? Patronymic = null)
{
    /// <summary>"Surname GivenName Patronymic", the patronymic left out when there is none.</summary>
    public string Full => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <inheritdoc/>
    public override string ToString() => Full;
}
