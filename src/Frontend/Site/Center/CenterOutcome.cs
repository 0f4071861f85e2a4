namespace Platform.Frontend.Site.Center;

/// <summary>
/// The answer to a form of the center's pages, as the HTTP API answers the same action: its status (200 done, 400
/// invalid input, 409 refused by a rule or an identity that does not match) and what to tell the registrar in the page's
/// language (a refusal cites its rule). <paramref name="Field"/> is the input the message is about, if one is.
/// </summary>
public sealed record CenterOutcome(int Status, string Message, string? Field = null) : IFormOutcome
{
    public bool Accepted => Status is >= 200 and < 300;

    /// <summary>The key of the text that says what was done, for the redirect after a successful post (<see cref="SeeOther"/>).</summary>
    public string? DoneKey { get; init; }

    public static CenterOutcome Done(string key) => new(StatusCodes.Status200OK, SiteText.Say(key)) { DoneKey = key };

    public static CenterOutcome Invalid(string key, string field) => new(StatusCodes.Status400BadRequest, SiteText.Say(key), field);
}
