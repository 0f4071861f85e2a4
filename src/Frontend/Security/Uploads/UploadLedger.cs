using Npgsql;

namespace Platform.Frontend.Security.Uploads;

/// <summary>
/// The <c>uploads</c> table (migration 0012): who owns each stored upload and which case it is attached to. Attaching
/// is a conditional update, so two requests cannot attach one upload to two cases.
/// </summary>
public sealed class UploadLedger(NpgsqlDataSource database)
{
    public async Task RecordAsync(StoredUpload upload, UploadOwner owner, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand(
            "insert into uploads (id, owner_kind, owner_key, content_type, length) values ($1, $2, $3, $4, $5)");
        command.Parameters.Add(new NpgsqlParameter { Value = upload.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = owner.Kind });
        command.Parameters.Add(new NpgsqlParameter { Value = owner.Key });
        command.Parameters.Add(new NpgsqlParameter { Value = upload.ContentType });
        command.Parameters.Add(new NpgsqlParameter { Value = upload.Length });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The records of the given ids that exist, by id.</summary>
    public async Task<IReadOnlyDictionary<string, UploadRecord>> FindAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand(
            "select id, owner_kind, owner_key, content_type, length, case_id from uploads where id = any($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        var found = new Dictionary<string, UploadRecord>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var record = new UploadRecord(reader.GetString(0), new UploadOwner(reader.GetString(1), reader.GetString(2)),
                reader.GetString(3), reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetString(5));
            found[record.Id] = record;
        }

        return found;
    }

    /// <summary>Attaches the owner's unattached uploads among <paramref name="ids"/> to the case; answers those it attached now.</summary>
    public async Task<IReadOnlyList<string>> AttachAsync(UploadOwner owner, string caseId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand(
            "update uploads set case_id = $1, attached_at = now() where id = any($2) and owner_kind = $3 and owner_key = $4 and case_id is null returning id");
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = owner.Kind });
        command.Parameters.Add(new NpgsqlParameter { Value = owner.Key });
        var attached = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            attached.Add(reader.GetString(0));
        }

        return attached;
    }

    /// <summary>Undoes <see cref="AttachAsync"/> for uploads the case did not take (the action was refused or failed).</summary>
    public async Task DetachAsync(string caseId, IReadOnlyCollection<string> ids)
    {
        await using var command = database.CreateCommand(
            "update uploads set case_id = null, attached_at = null where id = any($1) and case_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
