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
}
