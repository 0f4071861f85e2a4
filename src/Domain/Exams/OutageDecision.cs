namespace Platform.Domain.Exams;

/// <summary>What a sitting credits for one outage window (<see cref="OutageCredit.Decide"/>).</summary>
/// <param name="Window">The window as the sitting counts it (within its theory and its clock), or null when nothing of it counts.</param>
/// <param name="Seconds">The seconds newly credited: the part of the window not credited before, within the cap.</param>
/// <param name="Credited">Every stretch credited so far, this window's included, merged and in order.</param>
/// <param name="Capped">The cap cut this credit short: the rest is the commission's to decide (P11).</param>
public sealed record OutageDecision(OutageSpan? Window, int Seconds, IReadOnlyList<OutageSpan> Credited, bool Capped)
{
    public bool Credits => Seconds > 0;
}
