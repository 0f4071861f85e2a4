namespace Platform.Domain.Programs;

/// <summary>
/// The random source of ticket drawing: SplitMix64, written here rather than taken from <see cref="Random"/> so that
/// a seed persisted by a sitting redraws the same ticket on any .NET version (P9, P15).
/// </summary>
internal sealed class TicketRandom(long seed)
{
    private ulong _state = unchecked((ulong)seed);

    /// <summary>A value in 0..<paramref name="bound"/>-1, without modulo bias.</summary>
    public int Next(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)bound);
        ulong value;
        do
        {
            value = NextUInt64();
        }
        while (value >= limit);

        return (int)(value % (ulong)bound);
    }

    /// <summary>The items in a random order (Fisher-Yates).</summary>
    public T[] Shuffle<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        for (var i = array.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (array[i], array[j]) = (array[j], array[i]);
        }

        return array;
    }

    private ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
