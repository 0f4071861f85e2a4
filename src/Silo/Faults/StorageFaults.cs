using System.Data.Common;
using Platform.Grains.Faults;

namespace Platform.Silo.Faults;

/// <summary>
/// Which exceptions out of a grain are storage faults, and what crosses the grain boundary instead of them: the driver's
/// exceptions (Npgsql's have no Orleans codec) never leave the silo.
/// </summary>
public static class StorageFaults
{
    /// <summary>
    /// A fault: the database could not be reached or answered in time — a transient <see cref="DbException"/> (a refused
    /// connection, a server shutting down, an exhausted pool) or a <see cref="TimeoutException"/>, thrown directly or
    /// wrapped by Orleans' storage bridge. A conflict (<c>InconsistentStateException</c>) and a refused statement are not.
    /// </summary>
    public static bool IsFault(Exception exception) =>
        Chain(exception).Any(inner => inner is PlatformUnavailableException or TimeoutException or DbException { IsTransient: true });

    /// <summary>
    /// What to throw across the grain boundary instead of <paramref name="exception"/>, or null to let it pass:
    /// a fault becomes <see cref="PlatformUnavailableException"/>; a statement the database refused (a bug) becomes an
    /// <see cref="InvalidOperationException"/> naming only its SQLSTATE — both without the driver's inner exception.
    /// </summary>
    public static Exception? Translate(Exception exception)
    {
        if (exception is PlatformUnavailableException)
        {
            return null;
        }

        if (IsFault(exception))
        {
            return new PlatformUnavailableException();
        }

        return Chain(exception).OfType<DbException>().FirstOrDefault() is { } refused
            ? new InvalidOperationException($"The database refused a statement (SQLSTATE {refused.SqlState ?? "unknown"}); see the silo's log.")
            : null;
    }

    /// <summary>A short description for logs: exception types and SQLSTATE, never the driver's message.</summary>
    public static string Describe(Exception exception) =>
        string.Join(" <- ", Chain(exception).Select(inner => inner is DbException { SqlState: { } state } ? $"{inner.GetType().Name} ({state})" : inner.GetType().Name));

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
