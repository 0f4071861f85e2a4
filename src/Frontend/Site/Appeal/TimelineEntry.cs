namespace Platform.Frontend.Site.Appeal;

/// <summary>One record of the sitting's log as the appeal commission reads it (P20-P22), worded in the page language.</summary>
/// <param name="Sequence">The record's number in the chain (1, 2, 3…).</param>
/// <param name="At">When the platform recorded it.</param>
/// <param name="What">What happened, in the page language.</param>
/// <param name="Detail">The facts of it (detection, item, who, result), in the page language; empty when none.</param>
/// <param name="Tone">"warning", "confirmation", "termination", "detection" or "" — what the timeline marks it as.</param>
/// <param name="Hash">The record's hash (lower-case hex).</param>
/// <param name="Broken">The chain does not verify at this record.</param>
public sealed record TimelineEntry(long Sequence, DateTimeOffset At, string What, string Detail, string Tone, string Hash, bool Broken);
