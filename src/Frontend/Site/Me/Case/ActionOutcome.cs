namespace Platform.Frontend.Site.Me.Case;

/// <summary>
/// The answer to a form of the case page, as the HTTP API would answer the same action: its status (200 done, 400
/// invalid input, 404 not the candidate's case, 409 refused by a rule) and what to tell the person, in the page's
/// language (a refusal names its rule). <paramref name="Field"/> is the input the message is about, if one is.
/// </summary>
public sealed record ActionOutcome(int Status, string Message, string? Field = null)
{
    public bool Accepted => Status is >= 200 and < 300;
}
