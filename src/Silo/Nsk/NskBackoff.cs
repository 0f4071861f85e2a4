namespace Platform.Silo.Nsk;

/// <summary>Exponential backoff of NSK deliveries: the base after the first failure, doubling, capped.</summary>
public static class NskBackoff
{
    public static TimeSpan After(int failedAttempts, TimeSpan retryBase, TimeSpan retryMax)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = retryBase * Math.Pow(2, doublings);
        return delay < retryMax ? delay : retryMax;
    }
}
