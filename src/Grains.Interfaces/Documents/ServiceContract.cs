namespace Platform.Grains.Documents;

/// <summary>
/// P5: the contract for the service of recognising a professional qualification, concluded on a complete package.
/// Kept generic: parties, subject (profession and NRK level of the qualification program), price if any, date.
/// </summary>
/// <param name="CenterName">The recognition center (the contractor).</param>
/// <param name="CenterAddress">Its address.</param>
/// <param name="CenterHead">The head of the center, acting for it, and the day of signing.</param>
/// <param name="Candidate">The candidate (the customer).</param>
/// <param name="Profession">The profession of the qualification program.</param>
/// <param name="NrkLevel">The NRK level of the qualification program.</param>
/// <param name="PriceTenge">The price of the service in tenge, or null when it is not charged to the candidate.</param>
/// <param name="ContractNumber">The center's number of the contract.</param>
/// <param name="Place">The city where it is concluded.</param>
/// <param name="ConcludedOn">The day the contract is concluded (it starts the P6 clock).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.ServiceContract")]
public sealed record ServiceContract(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] string CenterAddress,
    [property: Id(2)] HeadSignature CenterHead,
    [property: Id(3)] PersonName Candidate,
    [property: Id(4)] BilingualText Profession,
    [property: Id(5)] int NrkLevel,
    [property: Id(6)] decimal? PriceTenge,
    [property: Id(7)] string ContractNumber,
    [property: Id(8)] string Place,
    [property: Id(9)] DateOnly ConcludedOn) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.ServiceContract;
}
