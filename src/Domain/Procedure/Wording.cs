namespace Platform.Domain.Procedure;

/// <summary>
/// What a rule says, in the three languages of the platform: English (the code's language and the default),
/// Russian and Kazakh (the candidate's languages, in the register of the Rules).
/// </summary>
/// <param name="En">In English.</param>
/// <param name="Ru">In Russian.</param>
/// <param name="Kk">In Kazakh.</param>
public sealed record Wording(string En, string Ru, string Kk)
{
    /// <summary>The same text in every language (names, numbers, or a text that has no translation yet).</summary>
    public static Wording Same(string text) => new(text, text, text);

    /// <summary>The text in <paramref name="language"/> ("kk", "ru"; English otherwise).</summary>
    public string In(string? language) => language switch
    {
        "kk" => Kk,
        "ru" => Ru,
        _ => En,
    };

    /// <summary>This text followed by <paramref name="more"/>, joined in every language by <paramref name="separator"/>.</summary>
    public Wording Then(Wording more, string separator = "; ") =>
        new(En + separator + more.En, Ru + separator + more.Ru, Kk + separator + more.Kk);

    /// <inheritdoc/>
    public override string ToString() => En;
}
