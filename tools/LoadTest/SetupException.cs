using System.Net;

namespace Platform.LoadTest;

/// <summary>A request of the setup the platform refused; the status and the answer are in the message.</summary>
public sealed class SetupException(string message, HttpStatusCode status) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
}
