using Npgsql;

namespace Platform.Integration.Tests.Database;

public sealed class PlatformTablesTests
{
    [Fact]
    public async Task TheAuditLogIsAppendOnly()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await database.ExecuteAsync(
            "insert into audit_log (actor, action, subject, origin, details) values ('admin', 'calendar.load', '2026', '10.0.0.1', '{\"days\": 247}')");

        foreach (var change in new[] { "update audit_log set actor = 'someone else'", "delete from audit_log", "truncate audit_log" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync(change));
            Assert.Equal(PostgresErrorCodes.RestrictViolation, refused.SqlState);
            Assert.Contains("append-only", refused.MessageText);
        }

        Assert.Equal("admin", await database.ScalarAsync<string>("select actor from audit_log"));
    }

    [Fact]
    public async Task AnUploadRowHoldsOnlyANameThePlatformIssuesAndAKnownOwnerKind()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await database.ExecuteAsync(
            "insert into uploads (id, owner_kind, owner_key, content_type, length) values ('0123456789abcdef0123456789abcdef.pdf', 'candidate', 'cand-x', 'application/pdf', 10)");

        foreach (var row in new[] { "('../../../../etc/passwd', 'candidate'", "('0123456789abcdef0123456789abcdef.png', 'someone'" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync(
                $"insert into uploads (id, owner_kind, owner_key, content_type, length) values {row}, 'cand-x', 'image/png', 10)"));
            Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
        }
    }
}
