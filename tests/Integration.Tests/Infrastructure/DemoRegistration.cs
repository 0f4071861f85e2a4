using Platform.Domain.Programs;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Documents;
using Platform.Grains.Programs;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// What a case needs registered, put straight into the grains: center 0001, the demo programs and a test candidate
/// (<see cref="Procedure.Cases.CandidateKey"/> unless a test takes one of its own).
/// </summary>
public static class DemoRegistration
{
    /// <summary>Registers center 0001, loads the demo programs and registers the candidate <paramref name="candidateKey"/>.</summary>
    public static async Task RegisterAsync(IGrainFactory grains, string candidateKey = Procedure.Cases.CandidateKey)
    {
        await grains.GetGrain<ICenterGrain>(CenterKeys.For("0001")).Register(new CenterProfile(
            "0001", "«Біліктілік» тану орталығы", "Центр признания «Квалификация»", "Алматы, Абай д-лы, 1", "Алматы, пр. Абая, 1",
            "Сейтқали Нұрлан", ["accountant-nrk5", "welder-nrk3"]));
        foreach (var program in DemoPrograms.All())
        {
            await grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(program.Code)).Load(program.ToJson());
        }

        await RegisterCandidateAsync(grains, candidateKey);
    }

    /// <summary>Registers a candidate (the same person under another key: a personal file of their own).</summary>
    public static Task RegisterCandidateAsync(IGrainFactory grains, string candidateKey) =>
        grains.GetGrain<ICandidateGrain>(candidateKey).Register(new CandidateIdentity(
            "test-protected", "••••••••1234", new PersonName("Ахметова", "Айгерим", "Серікқызы"), new DateOnly(1990, 5, 17),
            new CandidateContacts("Алматы, Сейфуллин к-сі, 10", "a.akhmetova@example.kz", "+7 701 000 0000", null), true, true));
}
