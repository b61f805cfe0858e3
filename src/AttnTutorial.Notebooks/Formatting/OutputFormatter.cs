using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Formatting;

/// <summary>
/// Turns a value into a Jupyter mime bundle, the way the .NET Interactive C# kernel showed values. In order:
/// <list type="number">
/// <item><c>null</c> → <c>text/plain</c> "&lt;null&gt;".</item>
/// <item>A <see cref="MimeBundle"/> is shown as it is.</item>
/// <item>Plotly.NET charts → <c>application/vnd.plotly.v1+json</c> plus a <c>text/html</c> fallback (no CDN).</item>
/// <item>
/// Objects that produce HTML → <c>text/html</c> plus <c>text/plain</c> (their <c>ToString()</c>). The convention is duck
/// typed, so libraries need not reference this engine: a type "produces HTML" when it has a <b>public instance method
/// <c>string ToHtml()</c> with no parameters</b>. The helper library's metric tables and confusion matrices follow it.
/// </item>
/// <item>TorchSharp tensors → <c>text/plain</c> with shape, dtype and device, then the values.</item>
/// <item>Sequences (any <see cref="IEnumerable"/> but a string) → an HTML table plus a <c>text/plain</c> summary.</item>
/// <item>Everything else → <c>text/plain</c> from <c>ToString()</c>.</item>
/// </list>
/// </summary>
public static class OutputFormatter
{
    public static MimeBundle Format(object? value)
    {
        switch (value)
        {
            case null:
                return MimeBundle.Text("<null>");
            case MimeBundle bundle:
                return bundle;
            case string text:
                return MimeBundle.Text(text);
        }
        if (PlotlyFormatter.IsChart(value)) return PlotlyFormatter.Format(value);
        var toHtml = FindToHtml(value.GetType());
        if (toHtml is not null)
        {
            string html = toHtml.Invoke(value, null) as string ?? "";
            return MimeBundle.HtmlWithText(html, value.ToString() ?? "");
        }
        if (TensorFormatter.IsTensor(value)) return TensorFormatter.Format(value);
        if (value is IEnumerable sequence) return SequenceFormatter.Format(sequence);
        return MimeBundle.Text(value.ToString() ?? "");
    }

    /// <summary>
    /// Formats <paramref name="value"/> as one given mime type: a string is taken as already being in that type
    /// (e.g. <c>display("&lt;b&gt;hi&lt;/b&gt;", "text/html")</c>); anything else is formatted and the one type kept.
    /// </summary>
    /// <exception cref="ArgumentException">The value has no representation of that type.</exception>
    public static MimeBundle Format(object? value, string mimeType)
    {
        if (value is string text) return new MimeBundle([new(mimeType, JsonValue.Create(text))]);
        var bundle = Format(value);
        return bundle.Data.TryGetValue(mimeType, out var node)
            ? new MimeBundle([new(mimeType, node.DeepClone())])
            : throw new ArgumentException(
                $"a {value?.GetType().Name ?? "null"} has no {mimeType} representation (it has {string.Join(", ", bundle.Data.Keys)})", nameof(mimeType));
    }

    private static MethodInfo? FindToHtml(Type type)
    {
        var method = type.GetMethod("ToHtml", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        return method is not null && method.ReturnType == typeof(string) ? method : null;
    }
}
