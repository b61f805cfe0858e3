using AttnTutorial.SensorNetworks;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AttnTutorial.Plotting;

/// <summary>
/// Chapter 14's pictures of a sensor network: the sensors on their grid with the true couplings (and, optionally, the
/// edges a model learned), a sensor × sensor matrix beside the true adjacency, and a time × sensor heat map of scores
/// with the labelled cells outlined. Introduced in chapter 14.
/// </summary>
public static class SensorNetworkChart
{
    private const string LearnedTrue = "#2ca02c";
    private const string LearnedFalse = "#ff7f0e";

    // Light fills so the dark sensor numbers stay readable on the markers.
    private const string SensorFill = "#aec7e8";
    private const string HighlightFill = "#ff9896";

    /// <summary>
    /// The network: sensors as numbered points on their grid (row 0 at the top), each true coupling a grey line
    /// labelled with its lag, the <paramref name="highlighted"/> sensors in red. <paramref name="learned"/> edges, when
    /// given, are drawn dashed beside the true ones: green where the coupling is real, orange where it is not.
    /// </summary>
    /// <param name="graph">The true coupling graph.</param>
    /// <param name="highlighted">Sensors to mark, e.g. where an anomaly started; null for none.</param>
    /// <param name="learned">Learned edges as (sensor, neighbour) pairs, e.g. each sensor's top-k; both directions of a pair are drawn once.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Network(SensorGraph graph, IEnumerable<int>? highlighted = null, IEnumerable<(int From, int To)>? learned = null, string title = "The sensor network and its true couplings (lag on each edge)")
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.SensorCount;
        var marked = (highlighted ?? []).ToHashSet();
        var outside = marked.Where(s => s < 0 || s >= n).ToArray();
        if (outside.Length > 0) throw new ArgumentOutOfRangeException(nameof(highlighted), $"sensor {outside[0]} is outside 0..{n - 1}.");
        double X(int s) => graph.Column(s);
        double Y(int s) => -graph.Row(s);

        var traces = new List<GenericChart>();
        var labels = new List<Annotation>();
        bool first = true;
        for (int i = 0; i < n; i++)
        {
            foreach (int j in graph.Neighbours(i).Where(j => j > i))
            {
                traces.Add(ChartParts.Line(new[] { X(i), X(j) }, new[] { Y(i), Y(j) }, "true coupling", ChartParts.ReferenceGrey, showLegend: first, width: 3));
                labels.Add(ChartParts.Label($"lag {graph.Lag(i, j)}", (X(i) + X(j)) / 2, (Y(i) + Y(j)) / 2 + 0.12, color: ChartParts.ReferenceGrey));
                first = false;
            }
        }

        var pairs = (learned ?? []).Select(e => (Math.Min(e.From, e.To), Math.Max(e.From, e.To))).Distinct().ToArray();
        var badPair = pairs.FirstOrDefault(p => p.Item1 < 0 || p.Item2 >= n || p.Item1 == p.Item2);
        if (pairs.Any(p => p.Item1 < 0 || p.Item2 >= n || p.Item1 == p.Item2))
            throw new ArgumentOutOfRangeException(nameof(learned), $"edge ({badPair.Item1}, {badPair.Item2}) is not a pair of different sensors in 0..{n - 1}.");
        bool firstTrue = true, firstFalse = true;
        foreach (var (i, j) in pairs)
        {
            bool real = graph.AreNeighbours(i, j);
            // Shifted a little sideways so a learned edge on a true one stays visible.
            double dx = X(j) - X(i), dy = Y(j) - Y(i), length = Math.Sqrt((dx * dx) + (dy * dy));
            double ox = -dy / length * 0.08, oy = dx / length * 0.08;
            traces.Add(ChartParts.Line(new[] { X(i) + ox, X(j) + ox }, new[] { Y(i) + oy, Y(j) + oy }, real ? "learned, true coupling" : "learned, no coupling",
                real ? LearnedTrue : LearnedFalse, dashed: true, showLegend: real ? firstTrue : firstFalse));
            if (real) firstTrue = false;
            else firstFalse = false;
        }

        traces.Add(Sensors(Enumerable.Range(0, n).Where(s => !marked.Contains(s)), X, Y, "sensor", SensorFill));
        if (marked.Count > 0) traces.Add(Sensors(marked.Order(), X, Y, "highlighted sensor", HighlightFill));

        (string, object)[] Hidden(double low, double high) => [("showgrid", false), ("zeroline", false), ("showticklabels", false), ("range", new[] { low, high })];
        return ChartParts.Combine(traces)
            .Finish(title, 320 + (130 * graph.Columns), 140 + (120 * graph.Rows))
            .WithXAxis(1, Hidden(-0.5, graph.Columns - 0.5))
            .WithYAxis(1, [.. Hidden(-graph.Rows + 0.5, 0.5), ("scaleanchor", "x")])
            // Beside the grid, not above it: a wide legend over a narrow drawing would cover the title.
            .WithLayoutProperty("legend", new Dictionary<string, object> { ["x"] = 1.02, ["xanchor"] = "left", ["y"] = 1.0, ["yanchor"] = "top" })
            .WithAnnotations(labels);
    }

    /// <summary>
    /// A sensor × sensor matrix (e.g. a model's attention between sensors, row i = how sensor i weighs the others) beside
    /// the true adjacency; true couplings are outlined in white on the left panel too.
    /// </summary>
    /// <param name="matrix">N × N values, <c>matrix[i][j]</c>.</param>
    /// <param name="graph">The true coupling graph with N sensors.</param>
    /// <param name="title">Title.</param>
    /// <param name="matrixName">What the left panel shows, e.g. "mean attention α_ij".</param>
    public static GenericChart MatrixBesideGraph(IReadOnlyList<IReadOnlyList<float>> matrix, SensorGraph graph, string title = "Attention between sensors beside the true couplings", string matrixName = "attention α_ij")
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.SensorCount;
        if (matrix.Count != n || matrix.Any(row => row is null || row.Count != n))
            throw new ArgumentException($"matrix must be {n} × {n} (one row and column per sensor of the graph).", nameof(matrix));
        var ids = Enumerable.Range(0, n).ToArray();
        var adjacency = graph.Adjacency().Select(row => row.Select(edge => edge ? 1 : 0).ToArray()).ToArray();
        var grid = new PanelGrid(1, 2, HorizontalGap: 0.14);
        var chart = ChartParts.Combine([
            CSharpChart.Heatmap<float, int, int, string>(matrix, X: ids, Y: ids, UseDefaults: false, Name: matrixName, ColorScale: StyleParam.Colorscale.Viridis).OnAxes(1, 1),
            CSharpChart.Heatmap<int, int, int, string>(adjacency, X: ids, Y: ids, UseDefaults: false, Name: "true coupling", ColorScale: StyleParam.Colorscale.Greys, ShowScale: false, ReverseScale: true).OnAxes(2, 2),
        ]);
        chart = chart
            .WithPanel(grid, 0, 1, 1, "sensor j", "sensor i", caption: matrixName)
            .WithPanel(grid, 1, 2, 2, "sensor j", "sensor i", caption: "true coupling (black = edge)")
            .WithYAxis(1, ("autorange", "reversed"))
            .WithYAxis(2, ("autorange", "reversed"));
        var outlines = new List<Shape>();
        for (int i = 0; i < n; i++)
        {
            foreach (int j in graph.Neighbours(i)) outlines.Add(ChartParts.Outline(j - 0.5, j + 0.5, i - 0.5, i + 0.5, "#ffffff"));
        }
        return chart.WithShapes(outlines).Finish(title, 1000, 500);
    }

    /// <summary>
    /// Scores per sensor and step as a heat map over steps [<paramref name="from"/>, <paramref name="to"/>), one row per
    /// sensor, with every labelled stretch of a sensor outlined in red.
    /// </summary>
    /// <param name="cellScores">Scores per sensor, <c>[sensor][t]</c>, over the whole series.</param>
    /// <param name="labels">Labels per sensor, same shape, e.g. <see cref="SensorNetwork.SensorLabels"/>.</param>
    /// <param name="from">First step shown.</param>
    /// <param name="to">One past the last step shown.</param>
    /// <param name="title">Title.</param>
    public static GenericChart ScoreHeatmap(IReadOnlyList<IReadOnlyList<float>> cellScores, IReadOnlyList<IReadOnlyList<bool>> labels, int from, int to, string title = "Score per sensor and step (labelled cells outlined)")
    {
        ArgumentNullException.ThrowIfNull(cellScores);
        ArgumentNullException.ThrowIfNull(labels);
        if (cellScores.Count == 0) throw new ArgumentException("cellScores has no sensors.", nameof(cellScores));
        int length = cellScores[0].Count;
        if (cellScores.Any(row => row is null || row.Count != length))
            throw new ArgumentException($"every sensor's scores must have {length} steps, as sensor 0's do.", nameof(cellScores));
        if (labels.Count != cellScores.Count || labels.Any(row => row is null || row.Count != length))
            throw new ArgumentException($"labels must be {cellScores.Count} sensors × {length} steps, the shape of cellScores.", nameof(labels));
        if (from < 0 || to > length || from >= to)
            throw new ArgumentOutOfRangeException(nameof(from), $"[{from}, {to}) is not a non-empty range inside [0, {length}).");
        var rows = cellScores.Select(row => row.Skip(from).Take(to - from).ToArray()).ToArray();
        var chart = CSharpChart.Heatmap<float, int, int, string>(rows, X: Enumerable.Range(from, to - from).ToArray(), Y: Enumerable.Range(0, rows.Length).ToArray(), UseDefaults: false, Name: "score", ColorScale: StyleParam.Colorscale.Viridis)
            .Finish(title, 1000, 160 + (22 * rows.Length))
            .WithXAxis(1, ("title", ChartParts.Text("time step t")))
            .WithYAxis(1, ("title", ChartParts.Text("sensor")), ("autorange", "reversed"));
        var outlines = new List<Shape>();
        for (int s = 0; s < labels.Count; s++)
        {
            var inside = labels[s].Skip(from).Take(to - from).ToArray();
            foreach (var run in RealData.StepRange.Runs(inside))
                outlines.Add(ChartParts.Outline(from + run.Start - 0.5, from + run.End - 0.5, s - 0.5, s + 0.5, ChartParts.AttentionRed));
        }
        return chart.WithShapes(outlines);
    }

    private static GenericChart Sensors(IEnumerable<int> sensors, Func<int, double> x, Func<int, double> y, string name, string color)
    {
        var ids = sensors.ToArray();
        var marker = new Marker();
        marker.SetProperty("size", 30);
        marker.SetProperty("color", color);
        return CSharpChart.Point<double, double, string>(ids.Select(x), ids.Select(y), Name: name, MultiText: ids.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            TextPosition: StyleParam.TextPosition.MiddleCenter, Marker: marker, UseDefaults: false);
    }
}
