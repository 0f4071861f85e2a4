using System.Diagnostics;
using Platform.Domain.Exams;
using Platform.Domain.Proctoring;
using Platform.Domain.Programs;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

public sealed class EventLogTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheEventLogChainVerifiesAndAnAlteredRowBreaksIt()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var question = (await sitting.Resume())!.Questions[0];
        await sitting.SaveAnswer(new SaveAnswer(question.QuestionId, question.Options[0].Id, 1));
        await sitting.Ingest([Suspicious(sitting, world.Clock.GetUtcNow())]);

        var export = await sitting.ExportEventLog();
        Assert.True(export.Intact, export.Problem);
        Assert.Equal(
            ["Opened", "CheckedIn", "IdentityVerified", "RoomScanCompleted", "TheoryOpened", "AnswerSaved", "Detection"],
            export.Records.Select(r => r.Kind));
        Assert.Equal(export.Records.Count, (await sitting.Get())!.LoggedEvents);
        Assert.DoesNotContain(export.Records, r => r.Payload.Contains("Ахметова"));

        // The table refuses changes; someone who can switch its trigger off still cannot make the chain verify.
        var id = sitting.GetPrimaryKeyString();
        await Assert.ThrowsAnyAsync<Npgsql.PostgresException>(() => world.ExecuteAsync($"delete from sitting_events where sitting_id = '{id}'"));
        await world.ExecuteAsync($"""
            alter table sitting_events disable trigger sitting_events_append_only;
            update sitting_events set payload = replace(payload, '"optionId":"{question.Options[0].Id}"', '"optionId":"{question.Options[1].Id}"')
             where sitting_id = '{id}' and seq = 6;
            """);

        var tampered = await sitting.ExportEventLog();
        Assert.False(tampered.Intact);
        Assert.Equal(6, tampered.BrokenAt);
        Assert.Contains("altered", tampered.Problem);
    }

    [Fact]
    public async Task TwoHundredSittingsStreamingAtOnceAreAllDurableInSharedBatches()
    {
        const int sittings = 200, rounds = 5, detectionsPerRound = 4;
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var cases = new List<(string Case, string Candidate)>();
        foreach (var index in Enumerable.Range(0, sittings))
        {
            var candidate = $"cand-load{index:D4}aaaaaaaaaaaaaaaaaaaaaa";
            await world.RegisterCandidateAsync(candidate);
            cases.Add((await ScheduledCaseAsync(world, ExamMode.Offline, "ru", candidate, toExamDay: false), candidate));
        }

        world.Clock.SetUtcNow(ExamStart.AddMinutes(-30));
        var opened = new List<IExamSessionGrain>();
        foreach (var (caseId, candidate) in cases)
        {
            var sitting = await OpenedAsync(world, caseId, ExamMode.Offline, ExamLanguage.Ru, candidate);
            await sitting.CheckIn(CheckIn(ExamMode.Offline));
            Assert.True((await sitting.OpenTheory(new SittingCommand(Guid.NewGuid(), Secretary))).Accepted);
            opened.Add(sitting);
        }

        var before = await world.ScalarAsync<long>("select count(*) from sitting_events");
        var statsBefore = world.EventLog.Statistics;
        var clock = Stopwatch.StartNew();
        var receipts = await Task.WhenAll(opened.Select(async sitting =>
        {
            var questions = (await sitting.Resume())!.Questions;
            var logged = 0;
            for (var round = 0; round < rounds; round++)
            {
                var at = world.Clock.GetUtcNow().AddSeconds(round * 30);
                var events = Enumerable.Range(0, detectionsPerRound)
                    .Select(i => Suspicious(sitting, at.AddSeconds(i), ProctoringKind.HeadTurnedAway))
                    .Append(Suspicious(sitting, at, ProctoringKind.Heartbeat))
                    .ToArray();
                logged += (await sitting.Ingest(events)).Logged;
                logged += (await sitting.SaveAnswer(new SaveAnswer(questions[round].QuestionId, questions[round].Options[0].Id, 1))).Saved ? 1 : 0;
            }

            return logged;
        }));
        clock.Stop();

        var expected = sittings * rounds * (detectionsPerRound + 1);
        Assert.All(receipts, logged => Assert.Equal(rounds * (detectionsPerRound + 1), logged));
        Assert.Equal(expected, await world.ScalarAsync<long>("select count(*) from sitting_events") - before);
        var stats = world.EventLog.Statistics;
        var (batches, appends, records) = (stats.Batches - statsBefore.Batches, stats.Appends - statsBefore.Appends, stats.Records - statsBefore.Records);
        output.WriteLine($"{sittings} sittings, {records} records in {appends} appends, {batches} batches ({(double)records / batches:F1} records per batch, largest {stats.LargestBatch}), {clock.ElapsedMilliseconds} ms, {records * 1000.0 / clock.ElapsedMilliseconds:F0} records/s");
        Assert.True(batches < appends, $"{appends} appends were written in {batches} batches: nothing was shared");
        Assert.True((await opened[0].ExportEventLog()).Intact);
    }
}
