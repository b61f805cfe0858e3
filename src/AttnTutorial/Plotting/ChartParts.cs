using System.Globalization;
using AttnTutorial.Data;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AttnTutorial.Plotting;

/// <summary>
/// The pieces every chart family shares: the course's colours, and thin C# wrappers over the parts of
/// Plotly.NET 6 that Plotly.NET.CSharp does not cover (titles, shapes, annotations, axes by id).
/// </summary>
/// <remarks>
/// Layout objects are built as Plotly.NET <see cref="DynamicObj.DynamicObj"/>s with plotly.js attribute names
/// (<c>"xref"</c>, <c>"fillcolor"</c>, …), so the plotly.js reference (https://plotly.com/javascript/reference/)
/// documents every key used here.
/// </remarks>
internal static class ChartParts
{
    /// <summary>The signal, as in the seeds.</summary>
    public const string SignalBlue = "#1f77b4";

    /// <summary>Attention weights (dashed), as in the seeds.</summary>
    public const string AttentionRed = "#d62728";

    /// <summary>The true anomaly span, shaded behind the traces.</summary>
    public const string AnomalyFill = "rgba(255, 127, 14, 0.22)";

    /// <summary>Reference lines: chance diagonals, early-stopping markers.</summary>
    public const string ReferenceGrey = "#7f7f7f";

    /// <summary>Colours for further channels or models after the first.</summary>
    public static readonly string[] Palette = ["#1f77b4", "#2ca02c", "#9467bd", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#ff7f0e"];

    /// <summary>An axis range of 0–1 (probabilities, rates, weights).</summary>
    public static double[] UnitRange() => [0.0, 1.0];

    public static Color ColorOf(string cssColor) => Color.fromString(cssColor);

    /// <summary>The last step of every chart: title, pixel size (none: plotly.js fills the page width) and the course's look.</summary>
    public static GenericChart Finish(this GenericChart chart, string title, int? width = null, int? height = null)
    {
        chart = Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart.WithLayoutProperty("template", CourseTemplate()));
        return width is null && height is null ? chart : Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, Optional(width), Optional(height));
    }

    /// <summary>
    /// The look of Plotly.NET's default "plotly" template (blue-grey plot area, white grid), reduced to what these
    /// charts use. Traces are built with <c>UseDefaults: false</c> because serialising the full default template
    /// costs about 0.3 s of CPU per chart, which every notebook display and export would pay.
    /// </summary>
    private static Dictionary<string, object> CourseTemplate()
    {
        Dictionary<string, object> Axis() => new()
        {
            ["gridcolor"] = "white",
            ["linecolor"] = "white",
            ["zerolinecolor"] = "white",
            ["zerolinewidth"] = 2,
            ["ticks"] = string.Empty,
            ["automargin"] = true,
            ["title"] = new Dictionary<string, object> { ["standoff"] = 15 },
        };

        return new()
        {
            ["layout"] = new Dictionary<string, object>
            {
                ["font"] = new Dictionary<string, object> { ["color"] = "#2a3f5f" },
                ["paper_bgcolor"] = "white",
                ["plot_bgcolor"] = "#E5ECF6",
                ["hovermode"] = "closest",
                ["title"] = new Dictionary<string, object> { ["x"] = 0.05 },
                ["colorway"] = Palette,
                ["xaxis"] = Axis(),
                ["yaxis"] = Axis(),
            },
            ["data"] = new Dictionary<string, object>
            {
                ["bar"] = new[] { new Dictionary<string, object> { ["marker"] = new Dictionary<string, object> { ["line"] = new Dictionary<string, object> { ["color"] = "#E5ECF6", ["width"] = 0.5 } } } },
            },
        };
    }

    /// <summary>Binds every trace of <paramref name="chart"/> to the axes x{x} and y{y}.</summary>
    public static GenericChart OnAxes(this GenericChart chart, int x, int y) =>
        Chart.withAxisAnchor(FSharpOption<int>.Some(x), FSharpOption<int>.Some(y)).Invoke(chart);

    /// <summary>Adds shapes after those already in the layout.</summary>
    public static GenericChart WithShapes(this GenericChart chart, IEnumerable<Shape> shapes) =>
        Chart.withShapes(Existing<Shape>(chart, "shapes").Concat(shapes).ToArray(), FSharpOption<bool>.Some(false)).Invoke(chart);

    /// <summary>Adds annotations after those already in the layout.</summary>
    public static GenericChart WithAnnotations(this GenericChart chart, IEnumerable<Annotation> annotations) =>
        Chart.withAnnotations(Existing<Annotation>(chart, "annotations").Concat(annotations).ToArray(), FSharpOption<bool>.Some(false)).Invoke(chart);

    /// <summary>Sets (merges) properties of the x axis with the given id (1 = <c>xaxis</c>).</summary>
    public static GenericChart WithXAxis(this GenericChart chart, int id, params (string Key, object Value)[] properties) =>
        Chart.withXAxis(Build(new LinearAxis(), properties), FSharpOption<StyleParam.SubPlotId>.Some(StyleParam.SubPlotId.NewXAxis(id))).Invoke(chart);

    /// <summary>Sets (merges) properties of the y axis with the given id (1 = <c>yaxis</c>).</summary>
    public static GenericChart WithYAxis(this GenericChart chart, int id, params (string Key, object Value)[] properties) =>
        Chart.withYAxis(Build(new LinearAxis(), properties), FSharpOption<StyleParam.SubPlotId>.Some(StyleParam.SubPlotId.NewYAxis(id))).Invoke(chart);

    /// <summary>Sets a top-level layout property (e.g. <c>barmode</c>).</summary>
    public static GenericChart WithLayoutProperty(this GenericChart chart, string key, object value) =>
        Chart.withLayout(Build(new Layout(), [(key, value)])).Invoke(chart);

    /// <summary>
    /// A horizontal legend above the plot's right end, clear of a right-hand y axis; <paramref name="y"/> is in
    /// paper coordinates (1 = the top of the plot area; grids pass more to clear their panel titles).
    /// </summary>
    public static GenericChart WithLegendAbove(this GenericChart chart, double y = 1.02) =>
        chart.WithLayoutProperty("legend", new Dictionary<string, object>
        {
            ["orientation"] = "h",
            ["x"] = 1.0,
            ["xanchor"] = "right",
            ["y"] = y,
            ["yanchor"] = "bottom",
        });

    /// <summary>Combines traces (or whole charts) into one figure.</summary>
    public static GenericChart Combine(IEnumerable<GenericChart> charts) => CSharpChart.Combine(charts);

    /// <summary>A line trace. Floats stay floats so the figure JSON carries their short form.</summary>
    public static GenericChart Line<TX, TY>(IEnumerable<TX> x, IEnumerable<TY> y, string name, string color, bool dashed = false, bool showLegend = true, double width = 2)
        where TX : IConvertible
        where TY : IConvertible =>
        dashed
            ? CSharpChart.Line<TX, TY, string>(x, y, UseDefaults: false, Name: name, ShowLegend: showLegend, LineColor: ColorOf(color), LineWidth: width, LineDash: StyleParam.DrawingStyle.Dash)
            : CSharpChart.Line<TX, TY, string>(x, y, UseDefaults: false, Name: name, ShowLegend: showLegend, LineColor: ColorOf(color), LineWidth: width);

    /// <summary>Plotly's reference to axis number <paramref name="id"/>: "x", "x2", …</summary>
    public static string AxisRef(char letter, int id) => id == 1 ? letter.ToString() : string.Create(CultureInfo.InvariantCulture, $"{letter}{id}");

    public static Dictionary<string, object> Text(string text) => new() { ["text"] = text };

    /// <summary>
    /// A shaded band over time steps [start, end) of one panel: from start − ½ to end − ½ on the x axis so each
    /// anomalous step's sample sits in the middle of its own slot, and over the panel's full height.
    /// </summary>
    public static Shape AnomalyBand(int start, int end, int xAxis = 1, int yAxis = 1) => Build(new Shape(), [
        ("type", "rect"),
        ("xref", AxisRef('x', xAxis)),
        ("yref", AxisRef('y', yAxis) + " domain"),
        ("x0", start - 0.5),
        ("x1", end - 0.5),
        ("y0", 0.0),
        ("y1", 1.0),
        ("fillcolor", AnomalyFill),
        ("layer", "below"),
        ("line", new Dictionary<string, object> { ["width"] = 0 }),
    ]);

    /// <summary>A full-height dashed vertical line at <paramref name="x"/>.</summary>
    public static Shape VerticalLine(double x, string color, int xAxis = 1, int yAxis = 1) => Build(new Shape(), [
        ("type", "line"),
        ("xref", AxisRef('x', xAxis)),
        ("yref", AxisRef('y', yAxis) + " domain"),
        ("x0", x),
        ("x1", x),
        ("y0", 0.0),
        ("y1", 1.0),
        ("line", new Dictionary<string, object> { ["color"] = color, ["width"] = 2, ["dash"] = "dash" }),
    ]);

    /// <summary>An outlined rectangle in data coordinates.</summary>
    public static Shape Outline(double x0, double x1, double y0, double y1, string color, int xAxis = 1, int yAxis = 1) => Build(new Shape(), [
        ("type", "rect"),
        ("xref", AxisRef('x', xAxis)),
        ("yref", AxisRef('y', yAxis)),
        ("x0", x0),
        ("x1", x1),
        ("y0", y0),
        ("y1", y1),
        ("line", new Dictionary<string, object> { ["color"] = color, ["width"] = 1.5 }),
    ]);

    /// <summary>A caption centred above one panel (a subplot title).</summary>
    public static Annotation PanelTitle(string text, int xAxis, int yAxis) => Build(new Annotation(), [
        ("text", text),
        ("xref", AxisRef('x', xAxis) + " domain"),
        ("yref", AxisRef('y', yAxis) + " domain"),
        ("x", 0.5),
        ("y", 1.0),
        ("xanchor", "center"),
        ("yanchor", "bottom"),
        ("showarrow", false),
    ]);

    /// <summary>A label at a data point with no arrow.</summary>
    public static Annotation Label(string text, object x, object y, string xref = "x", string yref = "y", string? color = null, string xanchor = "center", string background = "rgba(0, 0, 0, 0)") => Build(new Annotation(), [
        ("bgcolor", background),
        ("text", text),
        ("xref", xref),
        ("yref", yref),
        ("x", x),
        ("y", y),
        ("xanchor", xanchor),
        ("showarrow", false),
        ("font", new Dictionary<string, object> { ["color"] = color ?? "#2a3f5f" }),
    ]);

    /// <summary>
    /// Lays out panel <paramref name="panel"/> of <paramref name="grid"/> on axes x{x} / y{y}: titles, domains,
    /// anchors, the shaded anomaly span and a caption above the panel.
    /// </summary>
    public static GenericChart WithPanel(this GenericChart chart, PanelGrid grid, int panel, int x, int y, string xTitle, string yTitle, (int Start, int End)? anomaly = null, string? caption = null)
    {
        chart = chart
            .WithXAxis(x, ("title", Text(xTitle)), ("domain", grid.XDomain(panel)), ("anchor", AxisRef('y', y)))
            .WithYAxis(y, ("title", Text(yTitle)), ("domain", grid.YDomain(panel)), ("anchor", AxisRef('x', x)));
        if (anomaly is { } span)
        {
            chart = chart.WithShapes([AnomalyBand(span.Start, span.End, x, y)]);
        }

        return caption is null ? chart : chart.WithAnnotations([PanelTitle(caption, x, y)]);
    }

    /// <summary>"Normal series" or "Anomalous series (flat, t ∈ [40, 60))".</summary>
    public static string Describe(SeriesSample sample) =>
        sample.AnomalySpan is { } span
            ? $"Anomalous series ({sample.Kind.ToString().ToLowerInvariant()}, t ∈ [{span.Start}, {span.End}))"
            : "Normal series";

    /// <summary>"signal" for one channel, else "channel c", marked "(anomalous)" where the anomaly was injected.</summary>
    public static string[] ChannelNames(SeriesSample sample) =>
        sample.ChannelCount == 1
            ? ["signal"]
            : Enumerable.Range(0, sample.ChannelCount)
                .Select(c => sample.AnomalousChannels.Contains(c) ? $"channel {c} (anomalous)" : $"channel {c}")
                .ToArray();

    /// <summary>Checks a span lies inside a series of <paramref name="length"/> steps.</summary>
    public static void ValidateSpan((int Start, int End)? anomaly, int length, string name)
    {
        if (anomaly is { } span && (span.Start < 0 || span.End <= span.Start || span.End > length))
        {
            throw new ArgumentOutOfRangeException(name, span, $"The anomaly span must satisfy 0 ≤ Start < End ≤ {length}.");
        }
    }

    /// <summary>Formats a number for titles and legends: invariant culture, <paramref name="format"/> digits.</summary>
    public static string Format(double value, string format = "0.000") => value.ToString(format, CultureInfo.InvariantCulture);

    // Plotly.NET's own "append" puts new items first; reading the list keeps them in the order charts add them.
    private static IEnumerable<T> Existing<T>(GenericChart chart, string key)
    {
        var value = GenericChart.getLayout(chart).TryGetPropertyValue(key);
        return FSharpOption<object>.get_IsSome(value) && value.Value is IEnumerable<T> items ? items : [];
    }

    private static Plotly.NET.CSharp.Optional<int> Optional(int? value) => value is { } v ? v : default;

    private static T Build<T>(T target, IEnumerable<(string Key, object Value)> properties)
        where T : DynamicObj.DynamicObj
    {
        foreach (var (key, value) in properties)
        {
            target.SetProperty(key, value);
        }

        return target;
    }
}
