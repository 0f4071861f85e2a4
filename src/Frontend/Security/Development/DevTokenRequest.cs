using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Security.Development;

/// <summary>The body of <c>POST /api/v1/dev/tokens</c>: the demo account's login name.</summary>
[ValidatableType]
public sealed record DevTokenRequest([Present, Text(Lengths.Word)] string Account);
