using Platform.Grains.Documents;

namespace Platform.Grains.Candidates;

/// <summary>
/// One notice to e-mail: the document of the personal file (its PDF is attached), the address the candidate gave
/// (App.1) and the language the mail and the PDF are written in. The candidate is their key, never their IIN.
/// </summary>
public sealed record NoticeMail(string CandidateKey, string Recipient, DocumentLanguage Language, IssuedDocument Document);
