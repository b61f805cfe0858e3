using System.Text.Json;
using Plotly.NET;

namespace AttnTutorial.Tests.Plotting;

/// <summary>A chart's figure JSON (<c>GenericChart.toFigureJson</c>) with the lookups the chart tests need.</summary>
internal sealed class FigureJson
{
    private FigureJson(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public JsonElement Layout => Root.GetProperty("layout");

    public IReadOnlyList<JsonElement> Traces => [.. Root.GetProperty("data").EnumerateArray()];

    public IReadOnlyList<JsonElement> Shapes => Array("shapes");

    public IReadOnlyList<JsonElement> Annotations => Array("annotations");

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public static FigureJson Of(GenericChart chart)
    {
        using var document = JsonDocument.Parse(GenericChart.toFigureJson(chart));
        return new FigureJson(document.RootElement.Clone());
    }

    /// <summary>A layout axis by plotly name: "xaxis", "yaxis2", …</summary>
    public JsonElement Axis(string name) => Layout.GetProperty(name);

    public string AxisTitle(string name) => Axis(name).GetProperty("title").GetProperty("text").GetString()!;

    public IReadOnlyList<JsonElement> TracesNamed(string name) =>
        [.. Traces.Where(t => t.TryGetProperty("name", out var n) && n.GetString() == name)];

    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    private List<JsonElement> Array(string key) =>
        Layout.TryGetProperty(key, out var items) ? [.. items.EnumerateArray()] : [];
}
