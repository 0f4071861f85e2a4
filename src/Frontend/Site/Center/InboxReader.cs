using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Platform.Hosting;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// The registrar's inbox (issue 14), read from the case projection in PostgreSQL (SPEC §6: never by scanning grains):
/// a center's open cases, each with the center's next obligation — the earliest deadline the center owes and has not
/// met (SPEC §2: review P5, notice P6, protocol P17, document P18, failure notice P19, appeal decision P22) — most
/// urgent first, 50 a page. The names of a page's rows come from <see cref="CandidateNames"/>.
/// </summary>
public sealed class InboxReader(NpgsqlDataSource data, IServiceProvider services)
{
    /// <summary>The states a case ends in; every other one is open.</summary>
    public static readonly string[] FinalStates = ["refused", "certificateIssued", "resultFinal", "withdrawn"];

    /// <summary>The steps an open case can be at, in the procedure's order (SPEC §2), for the step filter.</summary>
    public static readonly string[] OpenStates =
    [
        "registered", "remarksSent", "resubmitted", "contractConcluded", "examScheduled", "rescheduled", "inExam", "awaitingProtocol",
        "passed", "notPassed", "failureNotified", "appealFiled", "appealUnderReview", "appealUpheld",
    ];

    private const string Query = """
        select p.case_id, p.candidate_key, p.program_code, p.state, p.channel, n.kind, n.rule, n.due_text, n.at_risk_text, n.status,
               count(*) over ()
        from case_projection p
        left join lateral (
            select d->>'kind' as kind, d->>'rule' as rule, (d->>'dueAt')::timestamptz as due_at, d->>'dueAt' as due_text,
                   -- The due day in Kazakhstan (UTC+5, SPEC §2); less a millisecond, as the end of a day is rounded up to the next.
                   ((d->>'dueAt')::timestamptz at time zone 'UTC' + interval '5 hours' - interval '1 millisecond')::date as due_day,
                   d->>'atRiskFrom' as at_risk_text, d->>'status' as status
            from jsonb_array_elements(p.deadlines) d
            where d->>'owner' = 'center' and d->>'metAt' is null and d->>'status' in ('open', 'atRisk', 'breached')
              and d->>'kind' <> 'appealProtocolRetention'
            order by (d->>'dueAt')::timestamptz
            limit 1) n on true
        where p.center_number = @center and p.state <> all(@final)
          and (@state::text is null or p.state = @state)
          and (@program::text is null or p.program_code = @program)
          and (@channel::text is null or p.channel = @channel)
          and (@case::text is null or starts_with(p.case_id, @case))
          and (@from::date is null or n.due_day >= @from)
          and (@to::date is null or n.due_day <= @to)
          and (@surname::bytea is null or p.candidate_key in (select candidate_key from candidate_surname where surname_key = @surname))
        order by n.due_at nulls last, p.updated_at, p.case_id
        limit @limit offset @offset
        """;

    /// <summary>The procedure's clock when one is registered under <see cref="PlatformClock.Key"/>, the system's otherwise.</summary>
    public TimeProvider Clock => services.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? TimeProvider.System;

    public async Task<InboxPage> ReadAsync(string center, InboxFilter filter, byte[]? surnameKey, CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand(Query);
        command.Parameters.AddWithValue("center", center);
        command.Parameters.AddWithValue("final", FinalStates);
        Text(command, "state", filter.Step);
        Text(command, "program", filter.Program);
        Text(command, "channel", filter.Channel);
        Text(command, "case", CasePrefix(filter.CaseNumber));
        command.Parameters.AddWithValue("from", NpgsqlDbType.Date, (object?)filter.From ?? DBNull.Value);
        command.Parameters.AddWithValue("to", NpgsqlDbType.Date, (object?)filter.To ?? DBNull.Value);
        command.Parameters.AddWithValue("surname", NpgsqlDbType.Bytea, (object?)surnameKey ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", InboxFilter.PageSize);
        command.Parameters.AddWithValue("offset", (Math.Max(filter.Page, 1) - 1) * InboxFilter.PageSize);

        var now = Clock.GetUtcNow();
        var rows = new List<InboxRow>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Read as written, not through timestamptz: PostgreSQL keeps microseconds and would round 23:59:59.9999999,
            // the end of a due day, up to the next day.
            var due = Instant(reader, 7);
            var atRisk = Instant(reader, 8);
            rows.Add(new InboxRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), due, UrgencyOf(due, atRisk, reader.IsDBNull(9) ? null : reader.GetString(9), now)));
            total = (int)reader.GetInt64(10);
        }

        return new InboxPage(rows, total, Math.Max(filter.Page, 1));
    }

    /// <summary>
    /// Judged now against the procedure's clock, so the page is right even before the grain's reminder has marked the
    /// deadline: breached after its due instant, at risk from the grain's warning instant (the end of the working day
    /// before the due day, so "due by the end of the next working day").
    /// </summary>
    public static Urgency UrgencyOf(DateTimeOffset? due, DateTimeOffset? atRiskFrom, string? status, DateTimeOffset now) => due switch
    {
        null => Urgency.None,
        _ when status == "breached" || now > due => Urgency.Breached,
        _ when status == "atRisk" || (atRiskFrom is { } from && now >= from) => Urgency.AtRisk,
        _ => Urgency.Open,
    };

    /// <summary>A case number as typed: the whole id, or its start with or without "case-".</summary>
    public static string? CasePrefix(string? typed)
    {
        var text = typed?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(text) ? null : text.StartsWith("case-", StringComparison.Ordinal) ? text : "case-" + text;
    }

    private static DateTimeOffset? Instant(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);


    private static void Text(NpgsqlCommand command, string name, string? value) =>
        command.Parameters.AddWithValue(name, NpgsqlDbType.Text, string.IsNullOrWhiteSpace(value) ? DBNull.Value : value.Trim());
}
