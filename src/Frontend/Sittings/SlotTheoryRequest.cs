using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Sittings;

/// <summary>P9, issue 16: the time slot whose theories the desk opens, by its start (the exam notice's start, P6).</summary>
[ValidatableType]
public sealed record SlotTheoryRequest([Present] DateTimeOffset? StartsAt);
