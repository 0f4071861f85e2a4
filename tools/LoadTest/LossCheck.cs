using System.Text.Json;
using Npgsql;

namespace Platform.LoadTest;

/// <summary>
/// Zero loss, checked in PostgreSQL: every answer the platform acknowledged is an <c>AnswerSaved</c> record of its
/// sitting's event log (question and sequence), every detection and violation of an acknowledged batch a
/// <c>Detection</c> record (its id), every termination a <c>Terminated</c> record (see SittingEvent); every theory the
/// candidate submitted a <c>TheorySubmitted</c> record, and every one in theory at the mass end a <c>TheorySubmitted</c>
/// record "time limit" (the platform's own submission, P9, with its score).
/// </summary>
public static class LossCheck
{
    private const string Query = """
        select sitting_id, kind, payload from sitting_events
        where sitting_id = any($1) and kind in ('AnswerSaved', 'Detection', 'Terminated', 'TheorySubmitted')
        """;

    public static async Task<LossReport> RunAsync(string? connectionString, IReadOnlyCollection<string> sittings, Expectations expected, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new LossReport(0, 0, 0, 0, 0, 0, 0, 0, Error: "no PostgreSQL connection string (--postgres or PLATFORM_POSTGRES)");
        }

        var (answers, detections, terminated, submitted) = await ReadAsync(connectionString, sittings, cancel);
        var answersMissing = expected.Answers.Count(a => !answers.Contains((a.SittingId, a.QuestionId, a.Sequence)));
        var detectionsMissing = expected.Detections.Count(d => !detections.Contains(d));
        var violationsMissing = expected.Violations.Count(v => !detections.Contains(v));
        var terminationsMissing = expected.Terminated.Count(s => !terminated.Contains(s));
        var submissionsMissing = expected.SubmittedByCandidate.Count(s => !submitted.ContainsKey(s))
            + expected.AwaitingTimeLimit.Count(s => submitted.GetValueOrDefault(s) != TimeLimit);
        return new LossReport(expected.Answers.Count, answersMissing, expected.Detections.Count, detectionsMissing,
            expected.Violations.Count, violationsMissing, expected.Terminated.Count, terminationsMissing,
            expected.SubmittedByCandidate.Count + expected.AwaitingTimeLimit.Count, submissionsMissing);
    }

    /// <summary>How a <c>TheorySubmitted</c> record names the platform's own submission at the time limit (its "text").</summary>
    private const string TimeLimit = "time limit";

    private static async Task<(HashSet<(string, string, long)>, HashSet<(string, Guid)>, HashSet<string>, Dictionary<string, string>)> ReadAsync(
        string connectionString, IReadOnlyCollection<string> sittings, CancellationToken cancel)
    {
        var (answers, detections, terminated) = (new HashSet<(string, string, long)>(), new HashSet<(string, Guid)>(), new HashSet<string>());
        var submitted = new Dictionary<string, string>();
        await using var database = NpgsqlDataSource.Create(connectionString);
        await using var command = database.CreateCommand(Query);
        command.Parameters.Add(new NpgsqlParameter { Value = sittings.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            var (sitting, kind) = (reader.GetString(0), reader.GetString(1));
            using var payload = JsonDocument.Parse(reader.GetString(2));
            var root = payload.RootElement;
            if (kind == "AnswerSaved")
            {
                answers.Add((sitting, root.GetProperty("questionId").GetString()!, root.GetProperty("sequence").GetInt64()));
            }
            else if (kind == "Detection" && root.TryGetProperty("detectionId", out var id))
            {
                detections.Add((sitting, id.GetGuid()));
            }
            else if (kind == "Terminated")
            {
                terminated.Add(sitting);
            }
            else if (kind == "TheorySubmitted" && root.TryGetProperty("total", out var total) && total.GetInt32() > 0)
            {
                submitted[sitting] = root.TryGetProperty("text", out var how) ? how.GetString() ?? "" : "";
            }
        }

        return (answers, detections, terminated, submitted);
    }
}
