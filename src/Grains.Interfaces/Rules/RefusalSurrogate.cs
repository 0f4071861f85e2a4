namespace Platform.Grains.Rules;

/// <summary>
/// How a <see cref="Platform.Domain.Rules.Refusal"/> crosses the wire (the Domain knows nothing of Orleans): the rule by
/// its id, the message key and its arguments. Words travel nowhere; the edge words the refusal in the caller's language.
/// </summary>
/// <param name="Rule">The rule's id, e.g. "P20", "P8, P2.8" or "invalid-input".</param>
/// <param name="Message">The message key, e.g. "AppealWindowClosed".</param>
/// <param name="Arguments">The message's arguments, already written out.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Rules.RefusalSurrogate")]
public readonly record struct RefusalSurrogate(
    [property: Id(0)] string Rule,
    [property: Id(1)] string Message,
    [property: Id(2)] string[] Arguments);
