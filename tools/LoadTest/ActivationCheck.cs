using System.Text.Json;
using Npgsql;

namespace Platform.LoadTest;

/// <summary>
/// Issue 17, "no sitting active twice", checked where two activations of one sitting would leave their mark: its
/// event log in PostgreSQL (<c>sitting_events</c>, SittingEventLog). One activation writes each sitting's log as one
/// chain: seq 1, 2, 3… without a gap, each record's <c>prev_hash</c> the hash of the one before (32 zero bytes first);
/// it stores an answer only with a higher sequence than the one it holds for that question, and ignores a detection id
/// it has seen. Two activations, each with its own state, would show as a chain that forks or skips (the key
/// (sitting_id, seq) refuses the second writer of a seq, so the stale one's records cannot interleave unseen), as one
/// answer (question, sequence) stored twice or a question's sequences going back, or as one detection id stored twice.
/// The same pass sums the outage time each sitting credited (<c>OutageCredited</c>, P11).
/// </summary>
public static class ActivationCheck
{
    private const string Query = """
        select sitting_id, seq, kind, payload, prev_hash, hash from sitting_events
        where sitting_id = any($1) order by sitting_id, seq
        """;

    public static async Task<ActivationReport> RunAsync(string? connectionString, IReadOnlyCollection<string> sittings, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new ActivationReport(0, 0, 0, 0, 0, 0, "no PostgreSQL connection string");
        }

        var (records, breaks, duplicateAnswers, backwards, duplicateDetections) = (0, 0, 0, 0, 0);
        string? sitting = null;
        var (seq, hash) = (0L, new byte[32]);
        var answers = new Dictionary<string, long>(StringComparer.Ordinal);
        var detections = new HashSet<Guid>();
        var credited = new Dictionary<string, int>(StringComparer.Ordinal);
        var capped = new HashSet<string>(StringComparer.Ordinal);
        await using var database = NpgsqlDataSource.Create(connectionString);
        await using var command = database.CreateCommand(Query);
        command.Parameters.Add(new NpgsqlParameter { Value = sittings.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            records++;
            if (reader.GetString(0) != sitting)
            {
                (sitting, seq, hash) = (reader.GetString(0), 0L, new byte[32]);
                answers.Clear();
                detections.Clear();
            }

            var (thisSeq, kind, prevHash) = (reader.GetInt64(1), reader.GetString(2), (byte[])reader[4]);
            if (thisSeq != seq + 1 || !prevHash.AsSpan().SequenceEqual(hash))
            {
                breaks++;
            }

            (seq, hash) = (thisSeq, (byte[])reader[5]);
            using var payload = JsonDocument.Parse(reader.GetString(3));
            var root = payload.RootElement;
            if (kind == "AnswerSaved")
            {
                var (question, sequence) = (root.GetProperty("questionId").GetString()!, root.GetProperty("sequence").GetInt64());
                if (answers.TryGetValue(question, out var held))
                {
                    duplicateAnswers += sequence == held ? 1 : 0;
                    backwards += sequence < held ? 1 : 0;
                }

                answers[question] = Math.Max(held, sequence);
            }
            else if (kind == "Detection" && root.TryGetProperty("detectionId", out var id) && !detections.Add(id.GetGuid()))
            {
                duplicateDetections++;
            }
            else if (kind == "OutageCredited")
            {
                // The time the platform gave back (P11), as the sitting decided it on its own clock.
                var credit = reader.GetString(0);
                credited[credit] = credited.GetValueOrDefault(credit) + root.GetProperty("seconds").GetInt32();
                if (root.GetProperty("capped").GetBoolean())
                {
                    capped.Add(credit);
                }
            }
        }

        return new ActivationReport(sittings.Count, records, breaks, duplicateAnswers, backwards, duplicateDetections,
            CreditedSeconds: [.. credited.Values.Order()], CappedSittings: capped.Count);
    }
}
