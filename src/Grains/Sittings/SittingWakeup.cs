using Platform.Domain.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>
/// The sitting's row in <see cref="ISittingWakeups"/>: while it is open, the earliest instant it may have to act with
/// nobody calling it, the theory's deadline (P9) or else the end of its exam day (P6); none once it is closed. Written
/// after each transition only when that instant changed, so an opening and a submission cost one row write each (the
/// two per-sitting Orleans reminders this replaces cost a registration each and a read and a removal at the end).
/// The sweep may wake the sitting more than once or early: nothing is decided here, the sitting's own checks decide.
/// </summary>
internal sealed class SittingWakeup(SittingPipeline sitting, ISittingWakeups wakeups)
{
    private bool _known;
    private DateTimeOffset? _written;

    private ExamSessionState S => sitting.S;

    /// <summary>The instant the row should hold now (null: the sitting is closed, or not there).</summary>
    public DateTimeOffset? Due =>
        !SittingDayEnd.IsOpen(S) ? null
        : S.Status == SittingState.TheoryOpen && sitting.Theory.Deadline is { } deadline && deadline < SittingDayEnd.EndOf(S) ? deadline
        : SittingDayEnd.EndOf(S);

    /// <summary>
    /// On activation a closed sitting is taken to have no row (a row left by a crash between its closing and the row's
    /// removal is removed when the sweep wakes it); an open one writes its row again on the first follow-up.
    /// </summary>
    public void Activated()
    {
        if (S.Exists && Due is null)
        {
            (_known, _written) = (true, null);
        }
    }

    /// <summary>Writes the row if it changed (or always, <paramref name="again"/>: after the sweep woke the sitting).</summary>
    public async Task KeepAsync(bool again = false)
    {
        if (!S.Exists && !again)
        {
            return;
        }

        var due = Due;
        if (!again && _known && due == _written)
        {
            return;
        }

        await wakeups.SetAsync(sitting.SittingId, due);
        (_known, _written) = (true, due);
    }
}
