using System.Globalization;
using System.Text;

namespace Platform.LoadTest;

/// <summary>
/// The latency plot over the whole live phase: one percentile curve per measure (x: percentile on a log scale of
/// 1/(1-p), y: ms on a log scale).
/// </summary>
public static class SvgPlot
{
    private const int Width = 820;
    private const int Height = 440;
    private const int Left = 70;
    private const int Right = 240;
    private const int Top = 30;
    private const int Bottom = 50;
    private static readonly double[] Percentiles = [0, 50, 75, 90, 95, 98, 99, 99.5, 99.9, 99.99, 100];
    private static readonly string[] Colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"];
    private static readonly double[] Grid = [0.1, 1, 10, 100, 1000, 10000];

    public static string Render(IReadOnlyList<Latency> measures, string title)
    {
        var svg = new StringBuilder();
        svg.Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append(F($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n<text x=\"{Left}\" y=\"18\" font-size=\"14\">{Escape(title)}</text>\n"));
        Axes(svg);
        for (var i = 0; i < measures.Count; i++)
        {
            Curve(svg, measures[i], Colors[i % Colors.Length], i);
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static void Axes(StringBuilder svg)
    {
        foreach (var ms in Grid)
        {
            var y = Y(ms);
            svg.Append(F($"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/><text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{ms} ms</text>\n"));
        }

        foreach (var p in Percentiles.Where(p => p is > 0 and < 100))
        {
            var x = X(p);
            svg.Append(F($"<line x1=\"{x:0.#}\" y1=\"{Top}\" x2=\"{x:0.#}\" y2=\"{Height - Bottom}\" stroke=\"#eee\"/><text x=\"{x:0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">p{p}</text>\n"));
        }

        svg.Append(F($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 10}\" text-anchor=\"middle\">percentile</text>\n"));
    }

    private static void Curve(StringBuilder svg, Latency measure, string color, int index)
    {
        var legendY = Top + 20 + index * 20;
        svg.Append(F($"<rect x=\"{Width - Right + 15}\" y=\"{legendY - 9}\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{Width - Right + 32}\" y=\"{legendY + 2}\">{Escape(measure.Name)} (n={measure.Whole.Count})</text>\n"));
        if (measure.Whole.Count == 0)
        {
            return;
        }

        var points = Percentiles.Where(p => p < 100).Select(p => F($"{X(p):0.#},{Y(measure.Whole.Percentile(p)):0.#}"));
        svg.Append(F($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>\n"));
    }

    /// <summary>x: log10 of 1/(1 - p), from p0 to p99.99.</summary>
    private static double X(double percentile)
    {
        var nines = Math.Log10(1 / Math.Max(1e-4, 1 - percentile / 100));
        return Left + nines / 4 * (Width - Left - Right);
    }

    private static double Y(double milliseconds)
    {
        var decades = Math.Log10(Math.Clamp(milliseconds, 0.1, 10000)) + 1;
        return Height - Bottom - decades / 5 * (Height - Top - Bottom);
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
