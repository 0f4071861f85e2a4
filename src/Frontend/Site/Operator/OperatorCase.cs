using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// What the national operator sees of a case (SPEC §1: the operator watches the centers, not the people): its number,
/// center, program, step, history, deadlines and the kinds of its documents — never the candidate's name, IIN, key or
/// the titles they gave their uploads.
/// </summary>
public sealed record OperatorCase(CaseView View, string CenterName, string? Profession, IReadOnlyList<DocumentHeader> Documents);
