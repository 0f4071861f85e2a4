using System.Text.RegularExpressions;

namespace Platform.Domain.Rules;

/// <summary>
/// A point of the Rules of recognition of professional qualifications (order No. 374) as a person reads it:
/// "P6" is "Пункт 6 Правил признания профессиональных квалификаций" and
/// "Кәсіптік біліктілікті тану қағидаларының 6-тармағы"; "P2.8" is subpoint 8) of point 2; "App.1" is appendix 1.
/// Anything else (e.g. "SPEC §3") has no citation and is shown as it is.
/// </summary>
public static partial class RuleCitation
{
    private const string RulesRuGenitive = "Правил признания профессиональных квалификаций";
    private const string RulesRuDative = "Правилам признания профессиональных квалификаций";
    private const string RulesKkGenitive = "Кәсіптік біліктілікті тану қағидаларының";
    private const string RulesKkDative = "Кәсіптік біліктілікті тану қағидаларына";

    /// <summary>The citation in Russian, or null when the rule is not a point of the Rules.</summary>
    public static string? Ru(string rule)
    {
        if (Appendix(rule) is { } appendix)
        {
            return $"Приложение {appendix} к {RulesRuDative}";
        }

        if (Parts(rule) is not { } parts)
        {
            return null;
        }

        if (parts.All(p => p.Sub is null))
        {
            var points = string.Join(", ", parts.Select(p => p.Point));
            return parts.Count == 1 ? $"Пункт {points} {RulesRuGenitive}" : $"Пункты {points} {RulesRuGenitive}";
        }

        var cited = string.Join(", ", parts.Select(p => p.Sub is null ? $"пункт {p.Point}" : $"подпункт {p.Sub}) пункта {p.Point}"));
        return $"{char.ToUpperInvariant(cited[0])}{cited[1..]} {RulesRuGenitive}";
    }

    /// <summary>The citation in Kazakh, or null when the rule is not a point of the Rules.</summary>
    public static string? Kk(string rule)
    {
        if (Appendix(rule) is { } appendix)
        {
            return $"{RulesKkDative} {appendix}-қосымша";
        }

        if (Parts(rule) is not { } parts)
        {
            return null;
        }

        if (parts.All(p => p.Sub is null))
        {
            var points = string.Join(", ", parts.Select(p => p.Point));
            return parts.Count == 1 ? $"{RulesKkGenitive} {points}-тармағы" : $"{RulesKkGenitive} {points}-тармақтары";
        }

        return $"{RulesKkGenitive} " + string.Join(", ", parts.Select(p => p.Sub is null ? $"{p.Point}-тармағы" : $"{p.Point}-тармағының {p.Sub}) тармақшасы"));
    }

    private static string? Appendix(string rule) => AppendixPattern().Match(rule) is { Success: true } match ? match.Groups[1].Value : null;

    private static List<(string Point, string? Sub)>? Parts(string rule)
    {
        var parts = new List<(string, string?)>();
        foreach (var token in rule.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (PointPattern().Match(token) is not { Success: true } match)
            {
                return null;
            }

            parts.Add((match.Groups[1].Value, match.Groups[2].Success ? match.Groups[2].Value : null));
        }

        return parts.Count > 0 ? parts : null;
    }

    [GeneratedRegex(@"^P(\d+(?:-\d+)?)(?:\.(\d+))?$")]
    private static partial Regex PointPattern();

    [GeneratedRegex(@"^App\.(\d+)$")]
    private static partial Regex AppendixPattern();
}
