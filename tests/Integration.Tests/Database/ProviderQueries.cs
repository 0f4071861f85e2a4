using System.Data.Common;
using Npgsql;

namespace Platform.Integration.Tests.Database;

/// <summary>
/// Runs the stored Orleans queries the way the AdoNet providers do: texts loaded with the providers' own
/// SELECT, parameters bound by name, result columns looked up by name case-insensitively (as
/// <see cref="DbDataReader.GetOrdinal"/> does) or by ordinal where Orleans reads column 0.
/// </summary>
internal sealed class ProviderQueries(NpgsqlDataSource dataSource, IReadOnlyDictionary<string, string> texts)
{
    /// <summary>The text Orleans' DbStoredQueries.GetQueriesKey sends, verbatim.</summary>
    public const string OrleansCatalogueQuery = "SELECT QueryKey, QueryText FROM OrleansQuery";

    public IReadOnlyDictionary<string, string> Texts => texts;

    public static async Task<ProviderQueries> LoadAsync(NpgsqlDataSource dataSource)
    {
        var texts = new Dictionary<string, string>();
        await using var command = dataSource.CreateCommand(OrleansCatalogueQuery);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            texts.Add((string)reader["QueryKey"], (string)reader["QueryText"]);
        }

        return new ProviderQueries(dataSource, texts);
    }

    /// <summary>Every row, each a column-name → value map that ignores case like GetOrdinal.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RowsAsync(string key, params QueryParameter[] parameters)
    {
        await using var command = Command(key, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The single row's single column, as Orleans' GetSingleBooleanValue and the clear/delete readers see it.</summary>
    public async Task<object?> SingleValueAsync(string key, params QueryParameter[] parameters)
    {
        var rows = await RowsAsync(key, parameters);
        var row = Assert.Single(rows);
        return Assert.Single(row).Value;
    }

    public async Task<bool> BooleanAsync(string key, params QueryParameter[] parameters) =>
        Convert.ToBoolean(await SingleValueAsync(key, parameters));

    public async Task<int> ExecuteAsync(string key, params QueryParameter[] parameters)
    {
        await using var command = Command(key, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    private NpgsqlCommand Command(string key, QueryParameter[] parameters)
    {
        var command = dataSource.CreateCommand(texts[key]);
        foreach (var parameter in parameters)
        {
            var bound = command.CreateParameter();
            bound.ParameterName = parameter.Name;
            bound.Value = parameter.Value ?? DBNull.Value;
            bound.DbType = parameter.Type;
            command.Parameters.Add(bound);
        }

        return command;
    }
}
