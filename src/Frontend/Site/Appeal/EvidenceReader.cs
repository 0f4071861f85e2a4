using System.Text.Json;
using Platform.Domain.Programs;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Site.Appeal;

/// <summary>
/// Reads the evidence of the sitting an appeal contests (P20-P22): the sitting's event log with its hash chain
/// verified by the sitting from PostgreSQL (as <c>GET /api/v1/sittings/{id}/event-log</c> exports it), worded as a
/// timeline; and the ticket, drawn again from the seed the log recorded (the draw is deterministic, P9) with the
/// answers the log recorded, checked against the size and score the log recorded.
/// </summary>
public sealed class EvidenceReader(IGrainFactory grains)
{
    /// <summary>The sitting of the case's latest attempt that has one (an offline exam has none: null).</summary>
    public async Task<SittingEvidence?> ReadAsync(CaseView view)
    {
        for (var attempt = Math.Max(view.Attempt, 1); attempt >= 1; attempt--)
        {
            var sitting = grains.GetGrain<IExamSessionGrain>(SittingKeys.For(view.CaseId, attempt));
            if (await sitting.Get() is { CaseId: var caseId } seen && caseId == view.CaseId)
            {
                return await EvidenceAsync(sitting, seen, view.ProgramCode);
            }
        }

        return null;
    }

    private async Task<SittingEvidence> EvidenceAsync(IExamSessionGrain sitting, SittingView seen, string programCode)
    {
        var export = await sitting.ExportEventLog();
        var facts = export.Records.Select(r => (Record: r, Payload: Parse(r.Payload))).ToList();
        var (ticket, matches, scored) = await TicketAsync(facts, seen, programCode);
        var numbers = ticket.ToDictionary(q => q.QuestionId, q => q.Number);
        var detections = facts.Where(f => f.Record.Kind == "Detection")
            .ToDictionary(f => Text(f.Payload, "detectionId") ?? "", f => LogWording.Detection(f.Payload));
        var timeline = facts.Select(f => LogWording.Entry(f.Record, f.Payload, numbers, detections, export.BrokenAt)).ToList();
        var final = export.Records.Count == 0 ? new string('0', 64) : export.Records[^1].Hash;
        var act = seen.ViolationAct is { LogEntries: { } entries, LogHash: { } hash }
            ? new ActAnchor(entries, hash, export.Records.FirstOrDefault(r => r.Sequence == entries)?.Hash == hash)
            : null;
        return new SittingEvidence(export.SittingId, timeline, export.Intact, export.BrokenAt, final, ticket, matches, scored, act);
    }

    /// <summary>The ticket of the seed the log's TheoryOpened recorded, with the latest answer to each question.</summary>
    private async Task<(IReadOnlyList<TicketRow>, bool, (int, int)?)> TicketAsync(
        IReadOnlyList<(SittingLogRecord Record, JsonElement Payload)> facts, SittingView seen, string programCode)
    {
        var opened = facts.FirstOrDefault(f => f.Record.Kind == "TheoryOpened").Payload;
        var submitted = facts.LastOrDefault(f => f.Record.Kind == "TheorySubmitted").Payload;
        (int, int)? scored = submitted.ValueKind == JsonValueKind.Object
            ? (submitted.GetProperty("correct").GetInt32(), submitted.GetProperty("total").GetInt32())
            : null;
        if (opened.ValueKind != JsonValueKind.Object
            || await ProgramOfAsync(programCode, seen.ProgramVersion) is not { } json)
        {
            return ([], false, scored);
        }

        var drawn = TicketDrawer.Draw(QualificationProgram.Parse(json), seen.Language, opened.GetProperty("seed").GetInt64());
        var answers = new Dictionary<string, (string Option, long Sequence)>(StringComparer.Ordinal);
        foreach (var (_, answer) in facts.Where(f => f.Record.Kind == "AnswerSaved"))
        {
            var (question, option, sequence) = (Text(answer, "questionId")!, Text(answer, "optionId")!, answer.GetProperty("sequence").GetInt64());
            if (!answers.TryGetValue(question, out var kept) || kept.Sequence < sequence)
            {
                answers[question] = (option, sequence); // a higher sequence replaces a lower one, as the sitting keeps them
            }
        }

        var rows = drawn.Questions.Select(q => new TicketRow(q.Number, q.QuestionId, q.Text, [.. q.Options.Select(o => (o.Id, o.Text))],
            q.CorrectOptionId, answers.TryGetValue(q.QuestionId, out var a) ? a.Option : null)).ToList();
        var matches = drawn.Size == opened.GetProperty("total").GetInt32()
            && answers.Keys.All(id => drawn.Find(id) is not null)
            && (scored is not { } s || s == (rows.Count(r => r.Correct), rows.Count));
        return (rows, matches, scored);
    }

    /// <summary>
    /// SPEC §5: the ticket is drawn again from the version the sitting was drawn from, not from a later upload (a sitting
    /// opened before versions were kept, or whose version is gone, reads the current one).
    /// </summary>
    private async Task<string?> ProgramOfAsync(string programCode, int? version)
    {
        var program = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(programCode));
        return (await program.GetDocument(version) ?? await program.GetDocument(null))?.Json;
    }

    private static JsonElement Parse(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.Clone();
    }

    internal static string? Text(JsonElement payload, string name) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
