using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Platform.Hosting;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// The operator's deadline page, read with SQL from the case projection (SPEC §6: never by scanning grains). Each center
/// obligation (owner "center", not the retention of P22) stands, against the procedure's clock as the inbox judges it:
/// breached (not met and its due instant passed), at risk (not met, from its warning instant), open, met, or met late.
/// </summary>
public sealed class DeadlineReader(NpgsqlDataSource data, IServiceProvider services)
{
    private const string Obligations = """
        with o as (
            select p.center_number as center, p.case_id, d->>'kind' as kind, d->>'rule' as rule, d->>'dueAt' as due_text,
                   ((d->>'dueAt')::timestamptz at time zone 'UTC' + interval '5 hours' - interval '1 millisecond')::date as due_day,
                   case
                       when d->>'metAt' is not null then
                           case when (d->>'metAt')::timestamptz > (d->>'dueAt')::timestamptz then 'metLate' else 'met' end
                       when d->>'status' not in ('open', 'atRisk', 'breached') then 'closed'
                       when d->>'status' = 'breached' or (d->>'dueAt')::timestamptz < @now then 'breached'
                       when d->>'status' = 'atRisk' or (d->>'atRiskFrom')::timestamptz <= @now then 'atRisk'
                       else 'open'
                   end as standing
            from case_projection p, jsonb_array_elements(p.deadlines) d
            where d->>'owner' = 'center' and d->>'kind' <> 'appealProtocolRetention')
        """;

    private const string Counts = """
        select {0}, count(*) filter (where standing = 'atRisk')::int, count(*) filter (where standing = 'breached')::int,
               count(*) filter (where standing in ('breached', 'metLate'))::int
        from o group by {0} order by {0}
        """;

    private const string Trend = """
        select to_char(date_trunc('month', due_day), 'YYYY-MM') as month, count(*)::int,
               count(*) filter (where standing in ('breached', 'metLate'))::int
        from o where due_day >= @since and due_day < @until
        group by 1 order by 1
        """;

    private const string Flagged = """
        select center, case_id, kind, rule, due_text, standing, count(*) over ()
        from o
        where standing in ('atRisk', 'breached')
          and (@center::text is null or center = @center) and (@kind::text is null or kind = @kind)
          and (@standing::text is null or standing = @standing)
        order by due_text::timestamptz, case_id
        limit @limit offset @offset
        """;

    private const string Totals = """
        select count(*) filter (where standing = 'atRisk')::int, count(*) filter (where standing = 'breached')::int from o
        """;

    public TimeProvider Clock => services.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? TimeProvider.System;

    public async Task<DeadlineBoard> ReadAsync(DeadlineFilter filter, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var byCenter = await CountsAsync("center", now, cancellationToken);
        var byKind = await CountsAsync("kind, rule", now, cancellationToken);
        var trend = await TrendAsync(now, cancellationToken);
        var (flagged, total) = await FlaggedAsync(filter, now, cancellationToken);
        return new DeadlineBoard(byCenter, byKind, trend, flagged, total, Math.Max(filter.Page, 1));
    }

    /// <summary>Issue 17: the country's center obligations at risk and breached now (the board's counts summed), for the metrics.</summary>
    public async Task<(int AtRisk, int Breached)> TotalsAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(Obligations + Totals, Clock.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private async Task<List<DeadlineCount>> CountsAsync(string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var byKind = by != "center";
        await using var command = Command(Obligations + string.Format(CultureInfo.InvariantCulture, Counts, by), now);
        var counts = new List<DeadlineCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var at = byKind ? 2 : 1;
            counts.Add(new DeadlineCount(reader.GetString(0), byKind ? reader.GetString(1) : null,
                reader.GetInt32(at), reader.GetInt32(at + 1), reader.GetInt32(at + 2)));
        }

        return counts;
    }

    /// <summary>The twelve months up to the current one (Almaty), each with its count even when nothing was due.</summary>
    private async Task<List<DeadlineMonth>> TrendAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = Domain.Calendar.KazakhstanTime.DateOf(now);
        var until = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var since = until.AddMonths(-12);
        await using var command = Command(Obligations + Trend, now);
        command.Parameters.AddWithValue("since", NpgsqlDbType.Date, since);
        command.Parameters.AddWithValue("until", NpgsqlDbType.Date, until);
        var found = new Dictionary<string, DeadlineMonth>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = new DeadlineMonth(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2));
        }

        return [.. Enumerable.Range(0, 12).Select(i => since.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .Select(month => found.GetValueOrDefault(month) ?? new DeadlineMonth(month, 0, 0))];
    }

    private async Task<(List<FlaggedObligation>, int)> FlaggedAsync(DeadlineFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(Obligations + Flagged, now);
        command.Parameters.AddWithValue("center", NpgsqlDbType.Text, (object?)filter.Center ?? DBNull.Value);
        command.Parameters.AddWithValue("kind", NpgsqlDbType.Text, (object?)filter.Kind ?? DBNull.Value);
        command.Parameters.AddWithValue("standing", NpgsqlDbType.Text, (object?)filter.Standing ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", DeadlineFilter.PageSize);
        command.Parameters.AddWithValue("offset", (Math.Max(filter.Page, 1) - 1) * DeadlineFilter.PageSize);
        var rows = new List<FlaggedObligation>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Read as written, not through timestamptz (see InboxReader: the end of a due day must not round up).
            var due = DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            rows.Add(new FlaggedObligation(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), due, reader.GetString(5)));
            total = (int)reader.GetInt64(6);
        }

        return (rows, total);
    }

    private NpgsqlCommand Command(string sql, DateTimeOffset now)
    {
        var command = data.CreateCommand(sql);
        command.Parameters.AddWithValue("now", NpgsqlDbType.TimestampTz, now.UtcDateTime);
        return command;
    }
}
