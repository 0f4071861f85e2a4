using Platform.Grains.Candidates;

namespace Platform.Frontend.Cases;

/// <summary>
/// The answer to staff registering a paper App.1: the key to name the person's paper application by, what happened
/// (<c>created</c>, or <c>attachedExisting</c> — an existing person, nothing changed), and that said in words. It never
/// shows an existing person's identity or contacts to the center.
/// </summary>
public sealed record PaperCandidate(string CandidateKey, IdentityChange Outcome, string Note);
