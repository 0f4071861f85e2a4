using System.Text.Json;

namespace Platform.Frontend.Security.Development;

/// <summary>
/// The demo accounts, read once from <c>Security/demo-accounts.json</c> next to the assembly or in the content root;
/// with <see cref="SyntheticCandidates.Setting"/> also the load test's synthetic candidates (Development only).
/// </summary>
public sealed class DemoAccounts
{
    public const string RelativePath = "Security/demo-accounts.json";

    private readonly Dictionary<string, DemoAccount> _byName;
    private readonly bool _synthetic;

    public DemoAccounts(IHostEnvironment environment, IConfiguration? configuration = null)
    {
        _synthetic = configuration?.GetValue(SyntheticCandidates.Setting, false) == true;
        if (_synthetic && !environment.IsDevelopment())
        {
            throw new InvalidOperationException($"{SyntheticCandidates.Setting} is for the Development environment only.");
        }

        var path = new[] { AppContext.BaseDirectory, environment.ContentRootPath }
            .Select(root => Path.Combine(root, RelativePath))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{RelativePath} not found next to the assembly or in the content root.");
        var file = JsonSerializer.Deserialize<AccountsFile>(File.ReadAllText(path), JsonSerializerOptions.Web)!;
        _byName = file.Accounts.ToDictionary(account => account.Name, StringComparer.Ordinal);
    }

    public IEnumerable<DemoAccount> All => _byName.Values;

    public DemoAccount? Find(string? name) =>
        name is null ? null
        : _byName.TryGetValue(name, out var account) ? account
        : _synthetic ? SyntheticCandidates.Find(name)
        : null;

    private sealed record AccountsFile(IReadOnlyList<DemoAccount> Accounts);
}
