using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Commissions;
using Platform.Grains.Documents;

namespace Platform.Frontend.Cases;

/// <summary>A member of a commission: their identity provider subject, name as printed on documents, and role.</summary>
[ValidatableType]
public sealed record MemberRequest(
    [Present, Text(Lengths.Subject)] string Subject,
    [Present, Text(Lengths.FullName)] string PrintedName,
    [Present] CommissionRole? Role)
{
    public CommissionMember ToMember() => new(Subject, PrintedName, Role!.Value);
}
