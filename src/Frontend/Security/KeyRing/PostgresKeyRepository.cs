using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Platform.Frontend.Security.KeyRing;

/// <summary>
/// The frontends' Data Protection key ring in PostgreSQL (<c>data_protection_keys</c>, migration 0020), on the frontend's
/// data source: every frontend reads the same elements, so a cookie or a form's token made by one is read by another,
/// with no shared folder. The key manager only reads them all and adds new ones (a key, a revocation); the rows are
/// never changed. Synchronous, as the interface is: the key manager reads at start and about once a day after that.
/// A database that cannot be reached throws its own exception, which the key manager passes on (wrapped in a
/// <see cref="System.Security.Cryptography.CryptographicException"/>) and the site answers 503 (<see cref="Faults.PlatformFaults"/>).
/// </summary>
public sealed class PostgresKeyRepository(NpgsqlDataSource database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = database.CreateCommand("select xml from data_protection_keys order by id");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var command = database.CreateCommand("insert into data_protection_keys (friendly_name, xml) values ($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = friendlyName });
        command.Parameters.Add(new NpgsqlParameter { Value = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
