using System.Globalization;
using System.Text.Json;
using Platform.Domain.Calendar;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Site.Appeal;

/// <summary>
/// The sitting log's records worded for the appeal commission in the page language: what happened (P8-P16), the
/// detections (P2.8, P12), the warning and its delivery (P13), the confirmations of suspicious events (SPEC §5), the
/// termination or removal (P13), the violation act (P14) and the outage time the platform gave back (issue 17, P11).
/// The payload is read by its JSON names, as exported.
/// </summary>
public static class LogWording
{
    private static readonly HashSet<string> Known =
    [
        "Opened", "CheckedIn", "IdentityVerified", "RoomScanCompleted", "TheoryOpened", "AnswerSaved", "ExtraTimeGranted",
        "TheorySubmitted", "StepMarked", "PracticalCompleted", "Detection", "ViolationConfirmed", "WarningIssued",
        "WarningDelivered", "Terminated", "Removed", "TechnicalFailure", "ViolationActSigned", "OutageCredited",
    ];

    public static TimelineEntry Entry(SittingLogRecord record, JsonElement payload, IReadOnlyDictionary<string, int> numbers,
        IReadOnlyDictionary<string, string> detections, long? brokenAt)
    {
        var what = SiteText.Say(Known.Contains(record.Kind) ? "Appeal.Log." + record.Kind : "Appeal.Log.Other");
        var tone = record.Kind switch
        {
            "WarningIssued" or "WarningDelivered" => "warning",
            "ViolationConfirmed" => "confirmation",
            "Terminated" or "Removed" => "termination",
            "Detection" => "detection",
            _ => "",
        };
        return new TimelineEntry(record.Sequence, record.At, what, Detail(record.Kind, payload, numbers, detections), tone, record.Hash,
            brokenAt is { } broken && record.Sequence >= broken);
    }

    /// <summary>A detection as people read it: the kind, the item if any, the instant the stream observed it.</summary>
    public static string Detection(JsonElement payload)
    {
        var kind = EvidenceReader.Text(payload, "detection");
        var item = EvidenceReader.Text(payload, "item");
        var text = kind is null ? "" : SiteText.Say("Appeal.Detection." + kind);
        return item is null ? text : $"{text}: {SiteText.Say("Appeal.Item." + item)}";
    }

    private static string Detail(string kind, JsonElement p, IReadOnlyDictionary<string, int> numbers, IReadOnlyDictionary<string, string> detections)
    {
        string? Text(string name) => EvidenceReader.Text(p, name);
        string By() => Text("by") is { } by ? SiteText.Say("Appeal.Log.By", by) : "";
        return kind switch
        {
            "Opened" => Join(Text("text"), p.TryGetProperty("programVersion", out _) ? SiteText.Say("Appeal.Log.ProgramVersion", Number(p, "programVersion")) : null, By()),
            "CheckedIn" => Join(Text("text"), By()),
            "TheoryOpened" => Join(SiteText.Say("Appeal.Log.Questions", Number(p, "total")), By()),
            "AnswerSaved" => SiteText.Say("Appeal.Log.Answer",
                numbers.TryGetValue(Text("questionId") ?? "", out var number) ? number.ToString(CultureInfo.CurrentCulture) : Text("questionId"), Text("optionId")),
            "ExtraTimeGranted" => Join(SiteText.Say("Appeal.Log.Minutes", Number(p, "minutes")), Text("text"), By()),
            "TheorySubmitted" => Join(SiteText.Say("Appeal.Log.Score", Number(p, "correct"), Number(p, "total")),
                SiteText.Say(Text("text") == "time limit" ? "Appeal.Log.ByTimeLimit" : "Appeal.Log.BySubmission")),
            "StepMarked" => Join(Text("stepId"), SiteText.Say(p.TryGetProperty("performedPerMap", out var done) && done.ValueKind == JsonValueKind.True
                ? "Appeal.Log.Performed" : "Appeal.Log.NotPerformed"), Text("comment")),
            "Detection" => Join(Detection(p), Observed(p), Confidence(p)),
            "WarningIssued" or "Terminated" or "Removed" => Join(Detection(p), Observed(p), Text("rule")),
            "WarningDelivered" => Observed(p),
            "ViolationConfirmed" => Join(detections.GetValueOrDefault(Text("detectionId") ?? "") ?? Text("detectionId"), By()),
            "TechnicalFailure" or "PracticalCompleted" => By(),
            "ViolationActSigned" => Join(Text("text"), By()),
            "OutageCredited" => Join(SiteText.Say("Appeal.Log.OutageWindow", Number(p, "seconds"), Moment(p, "from"), Moment(p, "to")),
                p.TryGetProperty("capped", out var capped) && capped.ValueKind == JsonValueKind.True ? SiteText.Say("Appeal.Log.OutageCapped") : null),
            _ => "",
        };
    }

    private static string Observed(JsonElement p) =>
        p.TryGetProperty("observedAt", out var at) && at.TryGetDateTimeOffset(out var instant)
            ? SiteText.Say("Appeal.Log.Observed", Instant(instant)) : "";

    private static string Moment(JsonElement p, string name) =>
        p.TryGetProperty(name, out var at) && at.TryGetDateTimeOffset(out var instant) ? Instant(instant) : "—";

    /// <summary>Almaty time to the second: detections and warnings come seconds apart.</summary>
    public static string Instant(DateTimeOffset at) =>
        $"{SiteFormat.Date(at)}, {TimeZoneInfo.ConvertTime(at, KazakhstanTime.Zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture)}";

    private static string Confidence(JsonElement p) =>
        p.TryGetProperty("confidence", out var c) && c.TryGetDouble(out var value)
            ? SiteText.Say("Appeal.Log.Confidence", (value * 100).ToString("0", CultureInfo.CurrentCulture)) : "";

    private static string Number(JsonElement p, string name) =>
        p.TryGetProperty(name, out var n) && n.ValueKind == JsonValueKind.Number ? n.GetRawText() : "—";

    private static string Join(params string?[] parts) => string.Join("; ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
}
