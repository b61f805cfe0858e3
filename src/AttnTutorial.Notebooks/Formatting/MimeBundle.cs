using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Formatting;

/// <summary>
/// A Jupyter mime bundle: one representation of a value per mime type. Text types hold a JSON string; JSON types
/// (<c>application/json</c>, <c>application/vnd.plotly.v1+json</c>) hold the JSON itself, as Jupyter stores them.
/// </summary>
public sealed class MimeBundle
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Plotly = "application/vnd.plotly.v1+json";

    private readonly Dictionary<string, JsonNode> _data;

    public MimeBundle(IEnumerable<KeyValuePair<string, JsonNode>> data)
    {
        _data = new Dictionary<string, JsonNode>(data, StringComparer.Ordinal);
        if (_data.Count == 0) throw new ArgumentException("a mime bundle needs at least one representation", nameof(data));
    }

    /// <summary>Representations by mime type. Nodes are owned by the bundle; clone before attaching them elsewhere.</summary>
    public IReadOnlyDictionary<string, JsonNode> Data => _data;

    public static MimeBundle Text(string text) => new([new(PlainText, JsonValue.Create(text))]);

    public static MimeBundle HtmlWithText(string html, string text) =>
        new([new(Html, JsonValue.Create(html)), new(PlainText, JsonValue.Create(text))]);

    /// <summary>The representation for a text mime type, or null when the bundle has none.</summary>
    public string? GetText(string mimeType) =>
        _data.TryGetValue(mimeType, out var node) && node is JsonValue v && v.TryGetValue(out string? text) ? text : null;

    public bool Has(string mimeType) => _data.ContainsKey(mimeType);

    /// <summary>The bundle as a Jupyter <c>data</c> object (a fresh copy).</summary>
    public JsonObject ToJson()
    {
        var obj = new JsonObject();
        foreach (var (mime, node) in _data.OrderBy(p => p.Key, StringComparer.Ordinal)) obj[mime] = node.DeepClone();
        return obj;
    }
}
