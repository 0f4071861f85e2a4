namespace Platform.Frontend.Site.Signing;

/// <summary>P21-1, person by person: a proposed member of an appeal commission, and whether they sat on the case's examination commission.</summary>
public sealed record MemberSeparation(string Subject, string PrintedName, bool SatOnExamination);
