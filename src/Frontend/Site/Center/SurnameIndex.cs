using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Platform.Frontend.Security.Secrets;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// The registrar's search by surname (issue 14) without a name in any list table: the <c>candidate_surname</c> table
/// (migration 0014) holds, per candidate key, a keyed hash of the normalized surname. The search form posts the surname
/// (never in a URL); the page hashes it and looks the keys up. Equal surnames whatever their case, spacing or ё/е match.
/// </summary>
public sealed class SurnameIndex(NpgsqlDataSource data, PlatformSecrets secrets)
{
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("qrp surname index v1");

    /// <summary>The keyed hash of a surname; a key of its own derived from the IIN hash key, so the two never compare.</summary>
    public byte[] KeyOf(string surname)
    {
        var key = HMACSHA256.HashData(secrets.IinHashKey, Purpose);
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Normalize(surname)));
    }

    public static string Normalize(string surname) =>
        string.Join(' ', surname.Normalize(NormalizationForm.FormC).Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToUpperInvariant().Replace('Ё', 'Е');

    /// <summary>Records (or corrects) the surname of candidates; many at once from an inbox page's names.</summary>
    public async Task RecordAsync(IEnumerable<(string CandidateKey, string Surname)> people, CancellationToken cancellationToken = default)
    {
        var rows = people.Where(p => !string.IsNullOrWhiteSpace(p.Surname)).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = data.CreateCommand("""
            insert into candidate_surname (candidate_key, surname_key)
            select * from unnest(@keys, @surnames)
            on conflict (candidate_key) do update set surname_key = excluded.surname_key
            where candidate_surname.surname_key <> excluded.surname_key
            """);
        command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(r => r.CandidateKey).ToArray());
        command.Parameters.AddWithValue("surnames", NpgsqlDbType.Array | NpgsqlDbType.Bytea, rows.Select(r => KeyOf(r.Surname)).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
