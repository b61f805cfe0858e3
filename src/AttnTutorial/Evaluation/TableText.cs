using System.Globalization;
using System.Net;
using System.Text;

namespace AttnTutorial.Evaluation;

/// <summary>Shared formatting for the metric tables: numbers, HTML and aligned text.</summary>
internal static class TableText
{
    /// <summary>Shown for a metric that is undefined (null).</summary>
    public const string NotAvailable = "n/a";

    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : NotAvailable;

    /// <summary>"count (share%)" with the share of <paramref name="total"/> to one decimal; "0 (0.0%)" for an empty total.</summary>
    public static string CountWithShare(int count, int total)
    {
        var share = total == 0 ? 0 : 100.0 * count / total;
        return string.Create(CultureInfo.InvariantCulture, $"{count} ({share:0.0}%)");
    }

    /// <summary>A table whose first column is a row header.</summary>
    public static string Html(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, string cssClass)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"{cssClass}\">\n<thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><th>").Append(WebUtility.HtmlEncode(row[0])).Append("</th>");
            foreach (var cell in row.Skip(1))
            {
                html.Append("<td style=\"text-align:right\">").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>").ToString();
    }

    /// <summary>Columns padded to their widest cell: the first left-aligned, the rest right-aligned.</summary>
    public static string Plain(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        var all = rows.Prepend(headers.ToArray()).ToList();
        var widths = Enumerable.Range(0, headers.Count).Select(c => all.Max(r => r[c].Length)).ToArray();
        var lines = all.Select(r => string.Join("  ", r.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        return string.Join('\n', lines);
    }
}
