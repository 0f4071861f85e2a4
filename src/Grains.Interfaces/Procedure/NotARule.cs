namespace Platform.Grains.Procedure;

/// <summary>
/// What a refused command names in place of a rule of the law when it broke none: the frontend answers these as a
/// conflict over the command id or as a bad request, never as a refusal under the Rules.
/// </summary>
public static class NotARule
{
    /// <summary>The command id (the request's Idempotency-Key) was already used by someone else.</summary>
    public const string CommandIdTaken = "command-id-taken";

    /// <summary>The command is missing a part (a null where a value belongs).</summary>
    public const string InvalidInput = "invalid-input";
}
