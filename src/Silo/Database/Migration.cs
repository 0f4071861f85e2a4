namespace Platform.Silo.Database;

/// <summary>
/// One numbered SQL migration embedded in the silo: <c>Migrations/0003_orleans_persistence.sql</c> is
/// version 3, named <c>0003_orleans_persistence</c>.
/// </summary>
/// <param name="Version">The number the file name starts with; migrations apply in this order.</param>
/// <param name="Name">The file name without <c>.sql</c>.</param>
/// <param name="Sql">The script, run in one transaction.</param>
/// <param name="Checksum">SHA-256 of the script, recorded when applied so later edits are detected.</param>
public sealed record Migration(int Version, string Name, string Sql, string Checksum);
