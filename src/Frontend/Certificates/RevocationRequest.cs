using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Certificates;

/// <summary>The body of a revocation: why the certificate no longer stands.</summary>
[ValidatableType]
public sealed record RevocationRequest([Present, Text(Lengths.Prose, Multiline = true)] string Reason);
