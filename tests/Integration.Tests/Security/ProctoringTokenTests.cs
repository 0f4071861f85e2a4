using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Platform.Frontend.Security.Proctoring;
using Platform.Frontend.Security.Secrets;

namespace Platform.Integration.Tests.Security;

/// <summary>Issue 6: proctoring tokens are one per sitting, short-lived, signed, bound to the sitting, used once.</summary>
[Collection(SecurityCollection.Name)]
public sealed class ProctoringTokenTests(SecurityFixture platform) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 4, 0, 0, TimeSpan.Zero));
    private NpgsqlDataSource _database = null!;
    private readonly string _sitting = "sitting-" + Guid.NewGuid().ToString("N");

    public Task InitializeAsync()
    {
        _database = NpgsqlDataSource.Create(platform.Database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ATokenOpensTheStreamOfItsSittingOnceAndIsThenRefusedAsReplayed()
    {
        var tokens = Tokens();
        var token = tokens.Issue(_sitting, "cand-a");

        var first = await tokens.OpenStreamAsync(token.Value, _sitting);
        var second = await tokens.OpenStreamAsync(token.Value, _sitting);

        Assert.Equal(ProctoringTokenOutcome.Accepted, first.Outcome);
        Assert.Equal(new ProctoringGrant(token.Id, _sitting, "cand-a", token.ExpiresAt), first.Grant);
        Assert.Equal(ProctoringTokenOutcome.Replayed, second.Outcome);
    }

    [Fact]
    public async Task AReplayIsRefusedOnAnotherFrontendOfTheClusterToo()
    {
        var token = Tokens().Issue(_sitting, "cand-a");

        Assert.True((await Tokens().OpenStreamAsync(token.Value, _sitting)).Accepted);
        Assert.Equal(ProctoringTokenOutcome.Replayed, (await Tokens().OpenStreamAsync(token.Value, _sitting)).Outcome);
    }

    [Fact]
    public async Task EachTokenHasItsOwnIdSoTwoTokensOfOneSittingOpenTwoStreams()
    {
        var tokens = Tokens();
        var first = tokens.Issue(_sitting, "cand-a");
        var second = tokens.Issue(_sitting, "cand-a");

        Assert.NotEqual(first.Id, second.Id);
        Assert.True((await tokens.OpenStreamAsync(first.Value, _sitting)).Accepted);
        Assert.True((await tokens.OpenStreamAsync(second.Value, _sitting)).Accepted);
    }

    [Fact]
    public async Task ATokenOpensItsStreamUntilItsLifetimeEndsAndIsExpiredThen()
    {
        var tokens = Tokens();
        var early = tokens.Issue(_sitting, "cand-a");
        var late = tokens.Issue(_sitting, "cand-a");

        _time.Advance(TimeSpan.FromMinutes(3) - TimeSpan.FromSeconds(1));
        Assert.True((await tokens.OpenStreamAsync(early.Value, _sitting)).Accepted);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ProctoringTokenOutcome.Expired, (await tokens.OpenStreamAsync(late.Value, _sitting)).Outcome);
    }

    [Fact]
    public async Task ATokenWhoseClaimsWereAlteredIsRefusedAsForged()
    {
        var tokens = Tokens();
        var parts = tokens.Issue("sitting-of-someone-else", "cand-a").Value.Split('.');
        var claims = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]))
            .Replace("sitting-of-someone-else", _sitting, StringComparison.Ordinal);
        var altered = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims))}.{parts[2]}";

        Assert.Equal(ProctoringTokenOutcome.Forged, (await tokens.OpenStreamAsync(altered, _sitting)).Outcome);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsRefusedAsForged()
    {
        var forger = Tokens(OtherSecrets());
        var token = forger.Issue(_sitting, "cand-a");

        Assert.Equal(ProctoringTokenOutcome.Forged, (await Tokens().OpenStreamAsync(token.Value, _sitting)).Outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("pt1.e30.@@@")]
    [InlineData("jwt.e30.e30")]
    public async Task SomethingThatIsNoTokenIsRefusedAsMalformed(string value)
    {
        Assert.Equal(ProctoringTokenOutcome.Malformed, (await Tokens().OpenStreamAsync(value, _sitting)).Outcome);
    }

    [Fact]
    public async Task ATokenForAnotherSittingOpensNoStreamAndIsNotUsedUp()
    {
        var tokens = Tokens();
        var token = tokens.Issue(_sitting, "cand-a");

        Assert.Equal(ProctoringTokenOutcome.WrongSitting, (await tokens.OpenStreamAsync(token.Value, "sitting-other")).Outcome);
        Assert.True((await tokens.OpenStreamAsync(token.Value, _sitting)).Accepted);
    }

    [Fact]
    public async Task AnEventForAnotherSittingIsRefusedOnAnOpenStream()
    {
        var tokens = Tokens();
        var stream = (await tokens.OpenStreamAsync(tokens.Issue(_sitting, "cand-a").Value, _sitting)).Grant!;

        Assert.Equal(ProctoringTokenOutcome.Accepted, ProctoringTokens.CheckEvent(stream, _sitting));
        Assert.Equal(ProctoringTokenOutcome.WrongSitting, ProctoringTokens.CheckEvent(stream, "sitting-other"));
    }

    private ProctoringTokens Tokens(PlatformSecrets? secrets = null) => new(
        secrets ?? platform.Services.GetRequiredService<PlatformSecrets>(),
        new PostgresProctoringTokenLedger(_database),
        _time,
        Options.Create(new ProctoringTokenOptions { TokenLifetime = TimeSpan.FromMinutes(3) }));

    private static PlatformSecrets OtherSecrets() => PlatformSecrets.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        [SecretNames.IinEncryptionKeyId] = "k",
        [$"{SecretNames.IinEncryptionKeys}:k"] = NewKey(),
        [SecretNames.IinHashKey] = NewKey(),
        [SecretNames.ProctoringTokenKey] = NewKey(),
    }).Build());

    internal static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
