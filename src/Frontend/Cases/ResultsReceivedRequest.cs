using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P20: the day the results were handed over on paper.</summary>
[ValidatableType]
public sealed record ResultsReceivedRequest([Present] DateOnly? ReceivedOn);
