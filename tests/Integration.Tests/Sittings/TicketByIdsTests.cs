using System.Text;
using System.Text.Json.Nodes;
using Npgsql;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Grains.Programs;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>
/// Issue 16, a smaller sitting state: the state keeps the drawn question ids, the seed and the program version (P9), and
/// the ticket's texts are read from that version; a state written with the texts still loads and keeps them.
/// </summary>
public sealed class TicketByIdsTests
{
    /// <summary>The old state with its 30 questions' texts was 45,150 bytes (docs/benchmarks.md); without them about 8 KB, most of it the practical map.</summary>
    private const int MostBytesWithoutTexts = 16_000;

    [Fact]
    public async Task TheStoredStateKeepsTheDrawnQuestionIdsAndNotTheirTexts()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var sheet = (await sitting.Resume())!;

        var payload = await StoredStateAsync(world);
        var stored = JsonNode.Parse(payload)!;

        Assert.Equal(sheet.Questions.Select(q => q.QuestionId), Values(stored["TicketQuestionIds"]).Select(id => (string)id!));
        Assert.Empty(Values(stored["Ticket"]));
        Assert.Equal(1, (int)stored["ProgramVersion"]!);
        // The questions' texts (an option's text may well occur in the practical map's, which the state still keeps).
        Assert.DoesNotContain(sheet.Questions, q => payload.Contains(q.Text, StringComparison.Ordinal));
        Assert.True(Encoding.UTF8.GetByteCount(payload) < MostBytesWithoutTexts, $"the stored state is {Encoding.UTF8.GetByteCount(payload)} bytes");
    }

    [Fact]
    public async Task AfterARestartTheTicketIsReadFromTheVersionItWasDrawnFromNotFromOneLoadedSince()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var before = (await sitting.Resume())!;
        await AnswerAsync(sitting, correct: 22);

        // Version 2 words every question otherwise.
        var changed = JsonNode.Parse(Accountant.ToJson())!;
        foreach (var question in changed["theory"]!["questions"]!.AsArray())
        {
            question!["ru"]!["text"] = "v2 " + (string)question["ru"]!["text"]!;
        }

        Assert.Equal(2, await world.Grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(Accountant.Code)).Load(changed.ToJsonString(), "admin.0001"));
        await world.RestartSiloAsync();

        var again = world.Grains.GetGrain<IExamSessionGrain>(sitting.GetPrimaryKeyString());
        var after = (await again.Resume())!;
        Assert.Equal(
            before.Questions.Select(q => (q.Number, q.QuestionId, q.Text, string.Join("|", q.Options.Select(o => $"{o.Id}:{o.Text}")))),
            after.Questions.Select(q => (q.Number, q.QuestionId, q.Text, string.Join("|", q.Options.Select(o => $"{o.Id}:{o.Text}")))));
        Assert.Equal(30, after.Answers.Count);

        var submitted = await again.SubmitTheory(new SittingCommand(Guid.NewGuid(), Candidate));
        Assert.Equal((SittingState.PracticalOpen, 22, 30), (submitted.Sitting!.State, submitted.Sitting.Scores!.TheoryCorrect, submitted.Sitting.Scores.TheoryTotal));
    }

    [Fact]
    public async Task AStateWrittenWithTheTicketsTextsStillLoadsAndShowsTheTextsItKept()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Online);
        var sheet = (await sitting.Resume())!;
        await AnswerAsync(sitting, correct: 21);

        // The state as sittings wrote it before: the ticket's texts in it, no question ids.
        await world.StopSiloAsync(0);
        var stored = JsonNode.Parse(await StoredStateAsync(world))!;
        stored["Ticket"] = new JsonObject
        {
            ["$type"] = "System.Collections.Generic.List`1[[Platform.Grains.Sittings.DrawnQuestion, Platform.Grains]], System.Private.CoreLib",
            ["$values"] = new JsonArray([.. sheet.Questions.Select(q => (JsonNode)new JsonObject
            {
                ["$type"] = "Platform.Grains.Sittings.DrawnQuestion, Platform.Grains",
                ["Number"] = q.Number,
                ["QuestionId"] = q.QuestionId,
                ["Topic"] = Accountant.Theory.Questions.Single(b => b.Id == q.QuestionId).Topic,
                ["Text"] = "kept: " + q.Text,
                ["Options"] = new JsonObject
                {
                    ["$type"] = "System.Collections.Generic.List`1[[Platform.Grains.Sittings.CandidateOption, Platform.Grains.Interfaces]], System.Private.CoreLib",
                    ["$values"] = new JsonArray([.. q.Options.Select(o => (JsonNode)new JsonObject
                    {
                        ["$type"] = "Platform.Grains.Sittings.CandidateOption, Platform.Grains.Interfaces",
                        ["Id"] = o.Id,
                        ["Text"] = o.Text,
                    })]),
                },
                ["CorrectOptionId"] = Accountant.Theory.Questions.Single(b => b.Id == q.QuestionId).Correct,
            })]),
        };
        stored.AsObject().Remove("TicketQuestionIds");
        await using (var connection = new NpgsqlConnection(world.Database))
        {
            await connection.OpenAsync();
            await using var write = new NpgsqlCommand("update grain_state set payload = @payload where state_name = 'exam-session'", connection);
            write.Parameters.AddWithValue("payload", Encoding.UTF8.GetBytes(stored.ToJsonString()));
            Assert.Equal(1, await write.ExecuteNonQueryAsync());
        }

        await world.StartSiloAsync(seed: false);
        var again = world.Grains.GetGrain<IExamSessionGrain>(sitting.GetPrimaryKeyString());
        var resumed = (await again.Resume())!;
        Assert.Equal(sheet.Questions.Select(q => "kept: " + q.Text), resumed.Questions.Select(q => q.Text));
        Assert.Equal(30, (await again.Get())!.TicketSize);

        var submitted = await again.SubmitTheory(new SittingCommand(Guid.NewGuid(), Candidate));
        Assert.Equal((SittingState.NotAdmitted, 21, 30), (submitted.Sitting!.State, submitted.Sitting.Scores!.TheoryCorrect, submitted.Sitting.Scores.TheoryTotal));
    }

    /// <summary>A stored list: with its type named (<c>$values</c>) or plain.</summary>
    private static IEnumerable<JsonNode?> Values(JsonNode? list) => list switch
    {
        JsonArray plain => plain,
        JsonObject typed => typed["$values"]!.AsArray(),
        _ => [],
    };

    private static async Task<string> StoredStateAsync(World world)
    {
        await using var connection = new NpgsqlConnection(world.Database);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("select payload from grain_state where state_name = 'exam-session'", connection);
        return Encoding.UTF8.GetString((byte[])(await read.ExecuteScalarAsync())!);
    }
}
