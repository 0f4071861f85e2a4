namespace Platform.HubProtocol;

/// <summary>The round-trip ("O") form of an instant with the fraction of a second shortened as System.Text.Json does.</summary>
internal static class TimeText
{
    /// <summary>
    /// Drops the trailing zeros of the seven-digit fraction that starts at <paramref name="dot"/> (and the dot when
    /// nothing is left), keeping what follows it ("Z" or the offset).
    /// </summary>
    public static ReadOnlySpan<char> TrimFraction(Span<char> text, int dot)
    {
        if (text.Length <= dot || text[dot] != '.')
        {
            return text;
        }

        var end = dot + 8;
        var keep = end;
        while (keep > dot + 1 && text[keep - 1] == '0')
        {
            keep--;
        }

        if (keep == dot + 1)
        {
            keep = dot;
        }

        var tail = text[end..];
        tail.CopyTo(text[keep..]);
        return text[..(keep + tail.Length)];
    }
}
