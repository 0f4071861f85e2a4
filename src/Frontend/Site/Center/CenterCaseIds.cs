using Npgsql;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// The ids of a center's cases in some states, oldest change first, from the case projection (never by scanning grains):
/// what the staff desks list before reading each case.
/// </summary>
public static class CenterCaseIds
{
    public static async Task<List<string>> ListAsync(
        NpgsqlDataSource data, string center, string[] states, int limit, CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("""
            select case_id from case_projection
            where center_number = @center and state = any(@states)
            order by updated_at
            limit @limit
            """);
        command.Parameters.AddWithValue("center", center);
        command.Parameters.AddWithValue("states", states);
        command.Parameters.AddWithValue("limit", limit);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
