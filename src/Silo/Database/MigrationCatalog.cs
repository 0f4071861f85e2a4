using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Silo.Database;

/// <summary>The migrations embedded in the silo assembly (<c>Database/Migrations/NNNN_name.sql</c>), in version order.</summary>
public static partial class MigrationCatalog
{
    private const string ResourcePrefix = "Platform.Silo.Migrations.";

    /// <summary>Every embedded migration, ordered by version.</summary>
    public static IReadOnlyList<Migration> Embedded { get; } = Load(typeof(MigrationCatalog).Assembly);

    /// <summary>
    /// SHA-256 of a script, hex. Line endings are normalised first so a checkout with CRLF endings
    /// is not mistaken for an edit.
    /// </summary>
    public static string ChecksumOf(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));

    private static List<Migration> Load(Assembly assembly)
    {
        var migrations = assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(resource => Read(assembly, resource))
            .OrderBy(migration => migration.Version)
            .ToList();

        var duplicate = migrations.GroupBy(migration => migration.Version).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}. Renumber one of them.");
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var name = resource[ResourcePrefix.Length..^".sql".Length];
        var match = FileName().Match(name);
        if (!match.Success)
        {
            throw new InvalidOperationException(
                $"Migration file '{name}.sql' is not named NNNN_description.sql (four digits, an underscore, lower-case words).");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd();
        return new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), name, sql, ChecksumOf(sql));
    }

    [GeneratedRegex("^([0-9]{4})_[a-z0-9_]+$")]
    private static partial Regex FileName();
}
