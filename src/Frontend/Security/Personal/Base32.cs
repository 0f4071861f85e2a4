namespace Platform.Frontend.Security.Personal;

/// <summary>RFC 4648 base32 in lower case without padding: safe in URLs, keys and file names.</summary>
internal static class Base32
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var text = new char[((bytes.Length * 8) + 4) / 5];
        int buffer = 0, bits = 0, position = 0;
        foreach (var value in bytes)
        {
            buffer = (buffer << 8) | value;
            bits += 8;
            while (bits >= 5)
            {
                text[position++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text[position] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(text);
    }

    public static bool IsDigit(char c) => Alphabet.Contains(c, StringComparison.Ordinal);
}
