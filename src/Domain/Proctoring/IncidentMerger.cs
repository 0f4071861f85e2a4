namespace Platform.Domain.Proctoring;

/// <summary>Merges detections into incidents (SPEC §5: a second violation must be a new incident).</summary>
public static class IncidentMerger
{
    /// <summary>
    /// Groups by kind and item, then splits each group wherever two detections in time order are more than
    /// <paramref name="gap"/> apart. A suspicious incident that contains a confirmed detection becomes a violation.
    /// Order of the input does not matter. Result ordered by start, then id.
    /// </summary>
    public static IReadOnlyList<Incident> Merge(
        IEnumerable<Detection> detections, TimeSpan gap, AllowedItems allowed, IReadOnlySet<string> confirmedIds)
    {
        return detections
            .GroupBy(d => (d.Kind, d.Item))
            .SelectMany(group => Split(group.OrderBy(d => d.At).ThenBy(d => d.Id, StringComparer.Ordinal), gap))
            .Select(run => ToIncident(run, allowed, confirmedIds))
            .OrderBy(i => i.Start)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToArray();
    }

    private static IEnumerable<List<Detection>> Split(IEnumerable<Detection> ordered, TimeSpan gap)
    {
        var run = new List<Detection>();
        foreach (var detection in ordered)
        {
            if (run.Count > 0 && detection.At - run[^1].At > gap)
            {
                yield return run;
                run = [];
            }

            run.Add(detection);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static Incident ToIncident(List<Detection> run, AllowedItems allowed, IReadOnlySet<string> confirmedIds)
    {
        var first = run[0];
        var baseClass = DetectionClassifier.Classify(first, allowed);
        var confirmed = baseClass == DetectionClass.Suspicious && run.Any(d => confirmedIds.Contains(d.Id));
        var finalClass = confirmed ? DetectionClass.Violation : baseClass;
        return new Incident(first.Id, first.Kind, first.Item, first.At, run[^1].At, run.Select(d => d.Id).ToArray(), finalClass, confirmed);
    }
}
