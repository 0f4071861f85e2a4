using Platform.Domain.Programs;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Documents;

namespace Platform.Grains.Procedure;

/// <summary>What a case's documents print besides the case itself: the center, the candidate and the program.</summary>
internal sealed record CaseContext(CenterProfile Center, CandidateIdentity Candidate, QualificationProgram Program)
{
    public BilingualText CenterName => new(Center.NameKk, Center.NameRu);

    public BilingualText Profession => new(Program.Profession.Kk, Program.Profession.Ru);
}
