using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Documents;

namespace Platform.Frontend.Sittings;

/// <summary>P14: the commission members who sign the violation act.</summary>
[ValidatableType]
public sealed record ViolationActRequest([Present, Items(1, Lengths.Members)] IReadOnlyList<SignatoryRequest> Members)
{
    public IReadOnlyList<Signatory> ToSignatories() => [.. Members.Select(member => new Signatory(member.FullName, member.Role!.Value, member.SignedOn))];
}
