using Microsoft.AspNetCore.SignalR.Client;
using Platform.Domain.Programs;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>P9: the exam is held in the language the candidate chose; the sitting's ticket is drawn in it.</summary>
public sealed class ExamLanguageLiveTests
{
    [Fact]
    public async Task TheTicketIsDrawnInTheLanguageTheCandidateChangedToBeforeTheNotice()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var caseId = await AppliedInRussianThenChangedToKazakhAsync(world);
        var sittingId = await CaseInTheoryAsync(world, caseId, Candidate);

        var candidate = await world.ConnectAsync("/hubs/sitting", Candidate);
        var sheet = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);

        Assert.Equal(ExamLanguage.Kk, sheet.Language);
        var bank = DemoPrograms.All().Single(p => p.Code == "accountant-nrk5").Theory.Questions.ToDictionary(q => q.Id);
        Assert.NotEmpty(sheet.Questions);
        Assert.All(sheet.Questions, q => Assert.Equal(bank[q.QuestionId].Kk.Text, q.Text));
        Assert.All(sheet.Questions, q => Assert.NotEqual(bank[q.QuestionId].Ru.Text, q.Text));
    }

    /// <summary>candidate.1 applies in Russian, changes to Kazakh, then the registrar concludes and sends the online notice for 17 Mar.</summary>
    private static async Task<string> AppliedInRussianThenChangedToKazakhAsync(World world)
    {
        var caseId = await ScheduledAsync(world, language: "ru", examMorning: false, noticeSent: false);
        await world.OkAsync(HttpMethod.Put, $"/api/v1/cases/{caseId}/exam-language", Candidate, new { language = "kk" });
        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/exam-notice", Registrar,
            new { startsAt = Procedure.Cases.Almaty(2026, 3, 17), place = "Online", online = true });
        world.Clock.SetUtcNow(Procedure.Cases.Almaty(2026, 3, 17, 9, 30));
        return caseId;
    }
}
