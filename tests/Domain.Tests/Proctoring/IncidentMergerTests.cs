using Platform.Domain.Proctoring;

namespace Platform.Domain.Tests.Proctoring;

/// <summary>SPEC §5: detections of the same kind and item within the gap are one incident.</summary>
public sealed class IncidentMergerTests
{
    private static readonly DateTimeOffset _t0 = new(2025, 4, 8, 10, 0, 0, TimeSpan.FromHours(5));
    private static readonly TimeSpan _gap = TimeSpan.FromSeconds(10);

    private static Detection Item(string id, double seconds, ProhibitedItem item) =>
        new(id, ProctoringKind.ProhibitedItem, _t0.AddSeconds(seconds), item);

    private static IReadOnlyList<Incident> Merge(params Detection[] detections) =>
        IncidentMerger.Merge(detections, _gap, AllowedItems.None, new HashSet<string>());

    [Fact]
    public void DifferentItemsAreSeparateIncidentsEvenWhenInterleaved()
    {
        var incidents = Merge(
            Item("p1", 0, ProhibitedItem.MobilePhone), Item("w1", 1, ProhibitedItem.SmartWatch),
            Item("p2", 2, ProhibitedItem.MobilePhone), Item("w2", 3, ProhibitedItem.SmartWatch));

        Assert.Equal([("p1", 2), ("w1", 2)], incidents.Select(i => (i.Id, i.DetectionIds.Count)));
    }

    [Fact]
    public void AGapOfExactlyTheWindowStillJoinsAndOneTickMoreSplits()
    {
        Assert.Single(Merge(Item("a", 0, ProhibitedItem.Pager), Item("b", 10, ProhibitedItem.Pager)));

        var split = IncidentMerger.Merge(
            [Item("a", 0, ProhibitedItem.Pager), new Detection("b", ProctoringKind.ProhibitedItem, _t0 + _gap + TimeSpan.FromTicks(1), ProhibitedItem.Pager)],
            _gap,
            AllowedItems.None,
            new HashSet<string>());
        Assert.Equal(2, split.Count);
    }

    [Fact]
    public void AnIncidentSpansItsFirstAndLastDetectionWhateverTheInputOrder()
    {
        var incident = Assert.Single(Merge(
            Item("c", 8, ProhibitedItem.Laptop), Item("a", 0, ProhibitedItem.Laptop), Item("b", 4, ProhibitedItem.Laptop)));

        Assert.Equal(("a", _t0, _t0.AddSeconds(8)), (incident.Id, incident.Start, incident.End));
        Assert.Equal(["a", "b", "c"], incident.DetectionIds);
    }
}
