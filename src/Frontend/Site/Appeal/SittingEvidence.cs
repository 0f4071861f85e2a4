namespace Platform.Frontend.Site.Appeal;

/// <summary>
/// The evidence of a sitting for the appeal commission (P20-P22): its log as a timeline, the verification of its hash
/// chain (recomputed by the sitting from PostgreSQL on every read), the chain's final hash, and the ticket with the
/// candidate's answers and the key.
/// </summary>
/// <param name="SittingId">The sitting.</param>
/// <param name="Timeline">Every record, by sequence.</param>
/// <param name="Intact">The chain verifies from the first record to the last.</param>
/// <param name="BrokenAt">The first record that does not verify; null when intact.</param>
/// <param name="FinalHash">The hash of the last record: what the protocol anchors.</param>
/// <param name="Ticket">The ticket redrawn from the seed the log recorded (P9), with the answers the log recorded.</param>
/// <param name="TicketMatches">The redrawn ticket has the size the log recorded and the score the log recorded.</param>
/// <param name="Scored">The theory result the log recorded (correct, total), if it was scored.</param>
/// <param name="Act">The end of the chain the signed violation act printed (P14), and whether the log still has it there.</param>
public sealed record SittingEvidence(
    string SittingId,
    IReadOnlyList<TimelineEntry> Timeline,
    bool Intact,
    long? BrokenAt,
    string FinalHash,
    IReadOnlyList<TicketRow> Ticket,
    bool TicketMatches,
    (int Correct, int Total)? Scored,
    ActAnchor? Act);
