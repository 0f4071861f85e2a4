using Npgsql;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Admin;

/// <summary>One person working at a center in one role, as the identity provider knows them (their token's subject).</summary>
public sealed record StaffMember(string Subject, string Role, string DisplayName, DateTimeOffset AddedAt);

/// <summary>
/// The staff of a center (issue 15), table <c>center_staff</c> (migration 0015): administrators record who works at a
/// center in which role, mapped to the identity provider's subject; heads of center read it. It authorizes nothing:
/// the roles and the center a person acts with still come from their token's claims.
/// </summary>
public sealed class CenterStaff(NpgsqlDataSource data)
{
    /// <summary>The roles a person may hold at a center (SPEC §1).</summary>
    public static readonly IReadOnlyList<string> Roles =
        [Grains.Procedure.Roles.HeadOfCenter, Grains.Procedure.Roles.Registrar, Grains.Procedure.Roles.CommissionMember, Grains.Procedure.Roles.AppealCommissionMember];

    public async Task<IReadOnlyList<StaffMember>> ListAsync(string center, CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("""
            select subject, role, display_name, added_at from center_staff
            where center_number = @center
            order by array_position(array['head', 'registrar', 'commission-member', 'appeal-commission-member'], role), display_name, subject
            """);
        command.Parameters.AddWithValue("center", center);
        var staff = new List<StaffMember>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            staff.Add(new StaffMember(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return staff;
    }

    /// <summary>Records a person in a role at the center; recording them again renames them.</summary>
    public async Task AddAsync(string center, StaffMember member, string addedBy, CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("""
            insert into center_staff (center_number, subject, role, display_name, added_by) values (@center, @subject, @role, @name, @by)
            on conflict (center_number, subject, role) do update set display_name = excluded.display_name
            """);
        command.Parameters.AddWithValue("center", center);
        command.Parameters.AddWithValue("subject", member.Subject);
        command.Parameters.AddWithValue("role", member.Role);
        command.Parameters.AddWithValue("name", member.DisplayName);
        command.Parameters.AddWithValue("by", addedBy);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveAsync(string center, string subject, string role, CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("delete from center_staff where center_number = @center and subject = @subject and role = @role");
        command.Parameters.AddWithValue("center", center);
        command.Parameters.AddWithValue("subject", subject);
        command.Parameters.AddWithValue("role", role);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
