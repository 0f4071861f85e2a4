using System.Text;
using Platform.Frontend.Security;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// <c>GET /operator/statistics.csv?center=&amp;program=</c>: the statistics page's table as CSV (UTF-8, one line per center,
/// program and month), for the national operator and administrators. No personal data: numbers, codes and months.
/// </summary>
public static class StatisticsCsv
{
    public const string Path = "/operator/statistics.csv";

    public static IEndpointRouteBuilder MapOperatorStatisticsCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, GetAsync).RequireAuthorization(Policies.Operator).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetAsync(string? center, string? program, StatisticsReader reader, CancellationToken cancellationToken)
    {
        var rows = await reader.ReadAsync(Blank(center), Blank(program), cancellationToken);
        var csv = new StringBuilder().AppendLine(StatisticsRow.CsvHeader);
        foreach (var row in rows)
        {
            csv.AppendLine(row.ToCsv());
        }

        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "statistics.csv");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
