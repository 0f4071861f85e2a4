namespace Platform.Frontend.Site.Commission;

/// <summary>
/// A staff form's command id: a Guid made when the form is rendered and posted back with it, handed to the API's
/// services as the request's <c>Idempotency-Key</c> (the header they read the command id from), so a double submit or a
/// reload of the answer is the one command the grains take once — with the API's own checks of the key.
/// </summary>
public static class FormCommand
{
    public const string Field = "commandId";

    public static void Carry(HttpContext context, Guid? commandId) =>
        context.Request.Headers["Idempotency-Key"] = (commandId is { } id && id != Guid.Empty ? id : Guid.NewGuid()).ToString();
}
