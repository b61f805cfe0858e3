using System.Globalization;
using System.Net;
using System.Text;
using TorchSharp;

namespace AttnTutorial.Models;

/// <summary>
/// A module's parameters as a table: name, shape and count per tensor, and the total. A notebook cell that
/// ends with one shows it as HTML.
/// Introduced in chapter 04.
/// </summary>
public sealed class ModelSummary
{
    private ModelSummary(string name, IReadOnlyList<(string Name, long[] Shape, long Count)> rows)
    {
        Name = name;
        Rows = rows;
    }

    /// <summary>The module's name.</summary>
    public string Name { get; }

    /// <summary>One row per parameter tensor, in registration order.</summary>
    public IReadOnlyList<(string Name, long[] Shape, long Count)> Rows { get; }

    /// <summary>Total number of parameters.</summary>
    public long Total => Rows.Sum(r => r.Count);

    /// <summary>Summarises <paramref name="module"/>'s parameters.</summary>
    public static ModelSummary Of(torch.nn.Module module) =>
        new(module.GetName(), module.named_parameters().Select(p => (p.name, p.parameter.shape, p.parameter.numel())).ToArray());

    /// <summary>An HTML table (what a notebook shows).</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<table><caption>{WebUtility.HtmlEncode(Name)}</caption><thead><tr><th>parameter</th><th>shape</th><th style=\"text-align:right\">count</th></tr></thead><tbody>");
        foreach (var (name, shape, count) in Rows)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{WebUtility.HtmlEncode(name)}</code></td><td>{Shape(shape)}</td><td style=\"text-align:right\">{count:N0}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"</tbody><tfoot><tr><th>total</th><th></th><th style=\"text-align:right\">{Total:N0}</th></tr></tfoot></table>");
        return html.ToString();
    }

    /// <summary>The same table as aligned text.</summary>
    public override string ToString()
    {
        int width = Math.Max(9, Rows.Count == 0 ? 0 : Rows.Max(r => r.Name.Length));
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{Name}");
        foreach (var (name, shape, count) in Rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name.PadRight(width)}  {Shape(shape),-12} {count,10:N0}");
        return text.Append(CultureInfo.InvariantCulture, $"  {"total".PadRight(width)}  {"",-12} {Total,10:N0}").ToString();
    }

    private static string Shape(long[] shape) => "(" + string.Join(", ", shape) + ")";
}
