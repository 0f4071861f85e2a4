using CsCheck;
using Platform.Domain.Exams;

namespace Platform.Domain.Tests.Exams;

/// <summary>
/// Issue 17, P11's spirit: the theory time a platform outage took is given back to the second, placed on the sitting's
/// clock, once, only the new part of an overlapping window, never more than 30 minutes in all.
/// </summary>
public sealed class OutageCreditTests
{
    private static readonly DateTimeOffset Opened = new(2026, 3, 17, 5, 0, 0, TimeSpan.Zero);

    private static OutageSpan At(double fromSeconds, double toSeconds) => new(Opened.AddSeconds(fromSeconds), Opened.AddSeconds(toSeconds));

    /// <summary>The window sent when it ended, the frontend's clock the sitting's unless <paramref name="nowSeconds"/> says otherwise.</summary>
    private static OutageDecision Decide(IReadOnlyList<OutageSpan> credited, OutageSpan seen, double? nowSeconds = null, int creditedSeconds = 0) =>
        OutageCredit.Decide(credited, seen, Opened, nowSeconds is { } now ? Opened.AddSeconds(now) : seen.End, creditedSeconds);

    [Fact]
    public void AFifteenSecondOutageCostsFifteenSecondsNotAMinute()
    {
        var decision = Decide([], At(600, 615));

        Assert.Equal((15, false), (decision.Seconds, decision.Capped));
        Assert.Equal(At(600, 615), decision.Window);
        Assert.Equal(new[] { At(600, 615) }, decision.Credited);
    }

    [Fact]
    public void APartOfASecondIsRoundedUpInTheCandidatesFavour()
    {
        var decision = Decide([], At(600.4, 615.2));

        Assert.Equal((At(600.4, 615.2), 15), (decision.Window, decision.Seconds));
    }

    [Fact]
    public void TheSameWindowSentAgainCreditsNothing()
    {
        var first = Decide([], At(600, 615));
        var again = Decide(first.Credited, At(600, 615), creditedSeconds: first.Seconds);

        Assert.Equal(0, again.Seconds);
        Assert.False(again.Credits);
        Assert.Equal(first.Credited, again.Credited);
    }

    [Fact]
    public void AnOverlappingWindowCreditsOnlyItsNewPart()
    {
        var first = Decide([], At(600, 615));

        Assert.Equal(5, Decide(first.Credited, At(610, 620), creditedSeconds: 15).Seconds);
        Assert.Equal(15, Decide(first.Credited, At(590, 620), creditedSeconds: 15).Seconds); // 590-600 and 615-620
        Assert.Equal(0, Decide(first.Credited, At(601, 614), creditedSeconds: 15).Seconds);
        Assert.Equal(new[] { At(590, 620) }, Decide(first.Credited, At(590, 620), creditedSeconds: 15).Credited);
    }

    [Fact]
    public void TheFrontendsClockGivesTheLengthTheSittingsClockThePlace()
    {
        // A frontend's clock an hour ahead of the procedure's (or behind it): the same 15 s, ending at the sitting's now.
        var ahead = Decide([], At(4_200, 4_215), nowSeconds: 615);
        Assert.Equal((At(600, 615), 15), (ahead.Window, ahead.Seconds));
        Assert.Equal(15, Decide([], At(-7_200, -7_185), nowSeconds: 615).Seconds);
    }

    [Fact]
    public void OnlyTheTheorysTimeCounts()
    {
        // Before the theory opened, the outage took nothing of its clock.
        Assert.Equal(30, Decide([], At(-60, 30)).Seconds);
        Assert.Equal(30, Decide([], At(-3_600, 30)).Seconds);
        Assert.Null(Decide([], At(-60, 30), nowSeconds: 0).Window);
        Assert.Equal(0, Decide([], At(615, 600)).Seconds);
        Assert.Equal(0, Decide([], At(600.5, 600.5)).Seconds);
    }

    [Fact]
    public void NoMoreThanThirtyMinutesInAllTheRestIsTheCommissions()
    {
        var forty = Decide([], At(60, 60 + (40 * 60)));
        Assert.Equal((1_800, true), (forty.Seconds, forty.Capped));

        var near = Decide([], At(100, 200), creditedSeconds: 1_750);
        Assert.Equal((50, true), (near.Seconds, near.Capped));
        var over = Decide([], At(100, 200), creditedSeconds: 1_800);
        Assert.Equal((0, true), (over.Seconds, over.Capped));
    }

    [Fact]
    public void WhateverTheWindowsAndTheirOrderTheCreditIsTheirUnionCappedAndResendingAnyAddsNothing()
    {
        var window = Gen.Int[-120, 3_000].SelectMany(start => Gen.Int[0, 600].Select(length => At(start, start + length)));
        window.List[1, 12].Sample(windows =>
        {
            IReadOnlyList<OutageSpan> credited = [];
            var seconds = 0;
            foreach (var seen in windows)
            {
                var decision = Decide(credited, seen, creditedSeconds: seconds);
                credited = decision.Credited;
                seconds += decision.Seconds;
            }

            var union = OutageCredit.Merge(windows.Select(w => new OutageSpan(w.Start < Opened ? Opened : w.Start, w.End)))
                .Sum(s => (int)s.Length.TotalSeconds);
            var resent = windows.Sum(seen => Decide(credited, seen, creditedSeconds: seconds).Seconds);
            return seconds == Math.Min(union, 1_800) && resent == 0;
        });
    }
}
