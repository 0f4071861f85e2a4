using System.Data.Common;
using System.Security.Cryptography;
using Orleans.Runtime.Messaging;
using Platform.Grains.Faults;

namespace Platform.Frontend.Faults;

/// <summary>
/// The exceptions that mean "the platform cannot serve this right now" rather than "the code is wrong": an explicit
/// list, so that a programming error (a <see cref="NullReferenceException"/>, a refused SQL statement) is never passed
/// off as a fault.
/// </summary>
public static class PlatformFaults
{
    /// <summary>Seconds a caller is asked to wait (<c>Retry-After</c>): a failover or a database restart takes a few.</summary>
    public const int RetryAfterSeconds = 5;

    public static bool IsFault(Exception exception) => exception is
        // A silo's PostgreSQL (or grain storage) is unavailable: the silos' fault boundary says so in one type.
        PlatformUnavailableException
        // The silo holding the grain stopped or died, or a message could not be forwarded during a failover
        // (SiloUnavailableException is one of these).
        or OrleansMessageRejectionException
        // The client has no connection to a gateway, or the gateway sheds load.
        or ConnectionFailedException
        or GatewayTooBusyException
        // A grain call without an answer within the response timeout.
        or TimeoutException
        // The frontend's own PostgreSQL reads: unreachable, shutting down, pool exhausted (not a refused statement).
        or DbException { IsTransient: true }
        || (exception is CryptographicException { InnerException: { } cause } && KeyRingUnreadable(cause));

    /// <summary>
    /// A fault after which the grain a call reached may live on another silo: its silo stopped, died or was cut off
    /// (a rejected or unforwarded message, no gateway, no answer in time). The observers a grain held in memory are gone
    /// with it, so the frontend renews its subscriptions (<see cref="Sittings.LiveRenewal.FaultMet"/>). PostgreSQL down
    /// (the silos' storage or the frontend's own reads) moves no grain: renewing every subscription every few seconds
    /// for the length of a database outage would only add calls.
    /// </summary>
    public static bool MayHaveMovedAGrain(Exception exception) => exception is
        OrleansMessageRejectionException or ConnectionFailedException or TimeoutException;

    /// <summary>
    /// Data Protection (the site's cookie, the forms' tokens) could not read its key ring from PostgreSQL: it wraps every
    /// failure in a <see cref="CryptographicException"/>, the database's own as the cause, or, for the requests that
    /// waited on another's read, an <see cref="InvalidOperationException"/> around the <see cref="AggregateException"/>
    /// of that read. A cryptographic failure of any other cause (a tampered cookie) is no fault.
    /// </summary>
    private static bool KeyRingUnreadable(Exception cause) => cause switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsFault),
        InvalidOperationException { InnerException: AggregateException aggregate } => KeyRingUnreadable(aggregate),
        _ => IsFault(cause),
    };
}
