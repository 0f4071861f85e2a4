using Platform.Grains.Procedure;

namespace Platform.Grains.Procedure;

/// <summary>Where a case grain writes its projection for lists and reports (SPEC §6); the silo implements it on PostgreSQL.</summary>
public interface ICaseProjection
{
    /// <summary>Writes the case as it now stands; an older version than the stored one changes nothing.</summary>
    Task WriteAsync(CaseView view, DateTimeOffset at, CancellationToken cancellationToken = default);
}
