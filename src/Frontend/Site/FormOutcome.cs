namespace Platform.Frontend.Site;

/// <summary>
/// What a staff desk's form came to, as the shared notice (<c>Components/Shared/OutcomeNotice</c>) shows it: the status
/// the page answers with (2xx done, 400 invalid input, 409 refused under the Rules), the message in the page's language
/// (a refusal cites its rule), and, when the message is about one input, that input's id.
/// </summary>
public interface IFormOutcome
{
    int Status { get; }

    string? Message { get; }

    /// <summary>The id of the input the message is about, linked from the notice; null when none is.</summary>
    string? Field => null;

    /// <summary>The rule a refusal cites (P5, P17…), if any.</summary>
    string? Rule => null;

    bool IsDone => Status is >= 200 and < 300;

    bool IsRefusal => Status == StatusCodes.Status409Conflict || Rule is not null;
}
