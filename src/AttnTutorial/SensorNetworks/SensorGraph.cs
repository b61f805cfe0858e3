namespace AttnTutorial.SensorNetworks;

/// <summary>
/// The true coupling graph of a sensor network: sensors on a grid, numbered row by row, each coupled to its four grid
/// neighbours with a lag. It is what a model that learns which sensors belong together should recover, and what a
/// drawing of the network shows. Edges are undirected and both directions share one lag.
/// </summary>
public sealed class SensorGraph
{
    private readonly int[][] _lags;
    private readonly int[][] _neighbours;

    private SensorGraph(int rows, int columns, int[][] lags)
    {
        Rows = rows;
        Columns = columns;
        _lags = lags;
        _neighbours = lags.Select(row => Enumerable.Range(0, row.Length).Where(j => row[j] > 0).ToArray()).ToArray();
    }

    /// <summary>Grid rows.</summary>
    public int Rows { get; }

    /// <summary>Grid columns.</summary>
    public int Columns { get; }

    /// <summary>Number of sensors, Rows × Columns.</summary>
    public int SensorCount => Rows * Columns;

    /// <summary>
    /// A <paramref name="rows"/> × <paramref name="columns"/> grid whose edges join horizontal and vertical neighbours,
    /// each with a lag drawn uniformly from [1, <paramref name="maxLag"/>].
    /// </summary>
    public static SensorGraph Grid(int rows, int columns, int maxLag, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLag, 1);
        ArgumentNullException.ThrowIfNull(random);
        int count = rows * columns;
        var lags = Enumerable.Range(0, count).Select(_ => new int[count]).ToArray();
        for (int i = 0; i < count; i++)
        {
            // Right and down neighbours only, so each edge draws its lag once.
            if ((i % columns) + 1 < columns) Join(lags, i, i + 1, random.Next(1, maxLag + 1));
            if (i + columns < count) Join(lags, i, i + columns, random.Next(1, maxLag + 1));
        }
        return new SensorGraph(rows, columns, lags);
    }

    /// <summary>True when sensors <paramref name="i"/> and <paramref name="j"/> are coupled.</summary>
    public bool AreNeighbours(int i, int j) => _lags[i][j] > 0;

    /// <summary>The coupling lag between <paramref name="i"/> and <paramref name="j"/> in steps, or 0 when they are not coupled.</summary>
    public int Lag(int i, int j) => _lags[i][j];

    /// <summary>The sensors coupled to <paramref name="sensor"/>, in increasing order.</summary>
    public IReadOnlyList<int> Neighbours(int sensor) => _neighbours[sensor];

    /// <summary>The adjacency matrix (sensors × sensors), true on an edge: a fresh copy the caller may change.</summary>
    public bool[][] Adjacency() => _lags.Select(row => row.Select(lag => lag > 0).ToArray()).ToArray();

    /// <summary>The lag matrix (sensors × sensors), 0 where there is no edge: a fresh copy the caller may change.</summary>
    public int[][] Lags() => _lags.Select(row => (int[])row.Clone()).ToArray();

    /// <summary>The grid row of <paramref name="sensor"/>, for drawing the network.</summary>
    public int Row(int sensor) => sensor / Columns;

    /// <summary>The grid column of <paramref name="sensor"/>.</summary>
    public int Column(int sensor) => sensor % Columns;

    /// <summary>Fewest edges between <paramref name="from"/> and every sensor (breadth-first); -1 where unreachable.</summary>
    public int[] HopDistances(int from)
    {
        var hops = Enumerable.Repeat(-1, SensorCount).ToArray();
        hops[from] = 0;
        var queue = new Queue<int>([from]);
        while (queue.TryDequeue(out int sensor))
        {
            foreach (int next in _neighbours[sensor].Where(n => hops[n] < 0))
            {
                hops[next] = hops[sensor] + 1;
                queue.Enqueue(next);
            }
        }
        return hops;
    }

    /// <summary>
    /// Smallest sum of lags along any path from <paramref name="from"/> to every sensor (Dijkstra): when a disturbance
    /// that starts at <paramref name="from"/> reaches each sensor. -1 where unreachable.
    /// </summary>
    public int[] LagDistances(int from)
    {
        var delay = Enumerable.Repeat(int.MaxValue, SensorCount).ToArray();
        delay[from] = 0;
        var queue = new PriorityQueue<int, int>();
        queue.Enqueue(from, 0);
        while (queue.TryDequeue(out int sensor, out int reached))
        {
            if (reached > delay[sensor]) continue;
            foreach (int next in _neighbours[sensor])
            {
                int via = reached + _lags[sensor][next];
                if (via < delay[next])
                {
                    delay[next] = via;
                    queue.Enqueue(next, via);
                }
            }
        }
        return delay.Select(d => d == int.MaxValue ? -1 : d).ToArray();
    }

    private static void Join(int[][] lags, int i, int j, int lag)
    {
        lags[i][j] = lag;
        lags[j][i] = lag;
    }
}
