using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>One present member's vote.</summary>
[ValidatableType]
public sealed record VoteRequest([Present, Text(Lengths.Subject)] string Subject, [Present, Text(Lengths.Word)] string Choice);
