namespace Platform.Frontend.Security.Uploads;

/// <summary>
/// Whose an upload is (issue 11): a candidate's (by candidate key) or a center's (by number, the scans its staff make
/// of a paper application). Only the owner may attach it to a case.
/// </summary>
public sealed record UploadOwner(string Kind, string Key)
{
    public const string CandidateKind = "candidate";
    public const string CenterKind = "center";

    public static UploadOwner Candidate(string candidateKey) => new(CandidateKind, candidateKey);

    public static UploadOwner Center(string centerNumber) => new(CenterKind, centerNumber);

    /// <summary>True when the owner is the case's candidate or the case's center: only then may the case list the upload.</summary>
    public bool Owns(string caseCandidateKey, string caseCenterNumber) =>
        Kind == CandidateKind ? Key == caseCandidateKey : Kind == CenterKind && Key == caseCenterNumber;
}
