using Platform.Domain.Identity;
using Platform.Grains.Candidates;

namespace Platform.Frontend.Cases;

/// <summary>
/// What a candidate's own registration came to: refused for an invalid IIN (<see cref="InvalidIin"/> says why), refused
/// because the IIN is not the signed-in person's (no <see cref="Profile"/>), or registered with its <see cref="Change"/>.
/// </summary>
public sealed record OwnRegistration(IinError InvalidIin, CandidateProfile? Profile, IdentityChange Change);
