using Npgsql;
using NpgsqlTypes;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// The operator's statistics, with SQL (SPEC §6: never by scanning grains). From the case projection: applications (the
/// day of the P5 review's start: registration), contracts (the P6 notice's start), appeals (in the month filed: the P22
/// decision's start; decided when met, and then by the outcome the case recorded, P23: upheld, rejected, technical
/// discrepancies — migration 0016). From the sittings tracked live and their event log:
/// sittings opened (P8), theory scored and passed (P15), practical completed and passed (P16, P17). Months in Almaty time.
/// </summary>
public sealed class StatisticsReader(NpgsqlDataSource data)
{
    private const string Query = """
        with stages as (
            select p.center_number as center, p.program_code as program, to_char((d->>'startDay')::date, 'YYYY-MM') as month,
                   d->>'kind' as kind, count(*)::int as n, count(*) filter (where d->>'metAt' is not null)::int as met,
                   count(*) filter (where d->>'metAt' is not null and p.appeal_outcome = 'upheld')::int as upheld,
                   count(*) filter (where d->>'metAt' is not null and p.appeal_outcome = 'rejected')::int as rejected,
                   count(*) filter (where d->>'metAt' is not null and p.appeal_outcome = 'technicalDiscrepancy')::int as resit
            from case_projection p, jsonb_array_elements(p.deadlines) d
            where d->>'kind' in ('completenessReview', 'examNotice', 'appealDecision')
              and (@center::text is null or p.center_number = @center) and (@program::text is null or p.program_code = @program)
            group by 1, 2, 3, 4),
        sittings as (
            select s.center_number as center, p.program_code as program,
                   to_char(e.at at time zone 'UTC' + interval '5 hours', 'YYYY-MM') as month, e.kind,
                   count(*)::int as n, count(*) filter (where (e.payload::jsonb->>'passed')::boolean)::int as met,
                   0 as upheld, 0 as rejected, 0 as resit
            from live_sittings s
            join case_projection p on p.case_id = s.case_id
            join sitting_events e on e.sitting_id = s.sitting_id and e.kind in ('Opened', 'TheorySubmitted', 'PracticalCompleted')
            where (@center::text is null or s.center_number = @center) and (@program::text is null or p.program_code = @program)
            group by 1, 2, 3, 4)
        select center, program, month, kind, n, met, upheld, rejected, resit from stages
        union all
        select center, program, month, kind, n, met, upheld, rejected, resit from sittings
        """;

    public async Task<IReadOnlyList<StatisticsRow>> ReadAsync(string? center, string? program, CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand(Query);
        command.Parameters.AddWithValue("center", NpgsqlDbType.Text, (object?)center ?? DBNull.Value);
        command.Parameters.AddWithValue("program", NpgsqlDbType.Text, (object?)program ?? DBNull.Value);
        var rows = new Dictionary<(string, string, string), StatisticsRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetString(0).Trim(), reader.GetString(1), reader.GetString(2));
            var row = rows.GetValueOrDefault(key) ?? StatisticsRow.Empty(key.Item1, key.Item2, key.Item3);
            var (n, met) = (reader.GetInt32(4), reader.GetInt32(5));
            rows[key] = reader.GetString(3) switch
            {
                "completenessReview" => row with { Applications = row.Applications + n },
                "examNotice" => row with { Contracts = row.Contracts + n },
                "appealDecision" => row with
                {
                    Appeals = row.Appeals + n, AppealsDecided = row.AppealsDecided + met, AppealsUpheld = row.AppealsUpheld + reader.GetInt32(6),
                    AppealsRejected = row.AppealsRejected + reader.GetInt32(7), AppealsResit = row.AppealsResit + reader.GetInt32(8),
                },
                "Opened" => row with { Sittings = row.Sittings + n },
                "TheorySubmitted" => row with { TheoryScored = row.TheoryScored + n, TheoryPassed = row.TheoryPassed + met },
                "PracticalCompleted" => row with { PracticalCompleted = row.PracticalCompleted + n, PracticalPassed = row.PracticalPassed + met },
                _ => row,
            };
        }

        return [.. rows.Values.OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.Center, StringComparer.Ordinal).ThenBy(r => r.Program, StringComparer.Ordinal)];
    }

    /// <summary>The programs that have cases, for the filter.</summary>
    public async Task<IReadOnlyList<string>> ProgramsAsync(CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("select distinct program_code from case_projection order by 1");
        var programs = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            programs.Add(reader.GetString(0));
        }

        return programs;
    }
}
