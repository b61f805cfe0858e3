namespace AttnTutorial.Unsupervised;

/// <summary>
/// Isolation Forest (Liu, Ting &amp; Zhou, "Isolation Forest", ICDM 2008): anomalies are few and different, so random
/// axis-parallel cuts isolate them in fewer steps than normal points. Introduced in chapter 13.
/// </summary>
/// <remarks>
/// <para><b>Growing.</b> Each of t trees takes ψ samples drawn without replacement and splits them recursively: a
/// feature q drawn at random among those not constant in the node, a split value p drawn uniformly in [min, max) of q
/// there; x_q ≤ p goes left. A node stops when it holds one sample, all its samples are equal, or it reaches the height
/// limit l = ⌈log₂ ψ⌉ (the paper's Algorithm 1; the "≤" and the redraw of constant features follow scikit-learn).</para>
/// <para><b>Scoring.</b> The path length h(x) is the number of edges from the root to the leaf x falls in, plus
/// c(n) for the n training samples that leaf still holds (the paper's Algorithm 3), where
/// c(n) = 2H(n − 1) − 2(n − 1)/n with H(i) ≈ ln i + 0.5772156649 is the average path length of an unsuccessful search
/// in a binary search tree of n points (c(1) = 0, c(2) = 1). The anomaly score is s(x) = 2^(−E[h(x)] / c(ψ)), E over
/// the trees: close to 1 for anomalies, about 0.5 or below for normal points (equation 2). scikit-learn's
/// <c>score_samples</c> returns −s.</para>
/// </remarks>
/// <example>
/// <code>
/// var forest = IsolationForest.Fit(samples, new IsolationForestOptions { RandomSeed = 1 });
/// double s = forest.Score(x);     // in (0, 1], higher = easier to isolate
/// </code>
/// </example>
public sealed class IsolationForest
{
    private const double EulerGamma = 0.5772156649;

    private readonly Node[][] _trees;

    private IsolationForest(Node[][] trees, int subsample, int featureCount)
    {
        _trees = trees;
        Subsample = subsample;
        FeatureCount = featureCount;
    }

    /// <summary>Number of trees t.</summary>
    public int TreeCount => _trees.Length;

    /// <summary>The sub-sample size ψ actually used (the option, or the sample count when that is smaller).</summary>
    public int Subsample { get; }

    /// <summary>Features per sample.</summary>
    public int FeatureCount { get; }

    /// <summary>The height limit l = ⌈log₂ ψ⌉.</summary>
    public int HeightLimit => HeightLimitFor(Subsample);

    /// <summary>Grows the forest on samples held in memory.</summary>
    /// <param name="samples">The training samples, each of the same length F (features); at least 2.</param>
    /// <param name="options">Trees, sub-sample size and seed; null for <see cref="IsolationForestOptions.Default"/>.</param>
    public static IsolationForest Fit(IReadOnlyList<float[]> samples, IsolationForestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0) throw new ArgumentException("No samples to grow the forest on.", nameof(samples));
        int features = samples[0].Length;
        for (int i = 0; i < samples.Count; i++)
        {
            if (samples[i] is null || samples[i].Length != features)
                throw new ArgumentException($"sample {i} has {samples[i]?.Length ?? 0} features; sample 0 has {features}.", nameof(samples));
        }
        return Fit(samples.Count, features, i => samples[i], options);
    }

    /// <summary>
    /// Grows the forest on samples made on demand, e.g. windows of a long series: only the ψ samples of each tree are
    /// asked for, so the whole set never has to sit in memory.
    /// </summary>
    /// <param name="sampleCount">How many samples there are (n); at least 2.</param>
    /// <param name="featureCount">Features per sample (F); at least 1.</param>
    /// <param name="sample">Returns sample i (length F). It may return a new array each call.</param>
    /// <param name="options">Trees, sub-sample size and seed; null for <see cref="IsolationForestOptions.Default"/>.</param>
    public static IsolationForest Fit(int sampleCount, int featureCount, Func<int, float[]> sample, IsolationForestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        options = (options ?? IsolationForestOptions.Default).Validate();
        if (sampleCount < 2) throw new ArgumentException($"An isolation forest needs at least 2 samples; got {sampleCount}.", nameof(sampleCount));
        InvalidOptionException.ThrowUnless(featureCount >= 1, nameof(featureCount), featureCount, "at least 1");
        int subsample = Math.Min(options.Subsample, sampleCount);
        int heightLimit = HeightLimitFor(subsample);
        var random = new Random(options.RandomSeed);
        var pool = Enumerable.Range(0, sampleCount).ToArray();
        var trees = new Node[options.Trees][];
        for (int tree = 0; tree < trees.Length; tree++)
        {
            // Partial Fisher–Yates: the first ψ entries of the pool become a sample without replacement.
            for (int i = 0; i < subsample; i++)
            {
                int j = random.Next(i, sampleCount);
                (pool[i], pool[j]) = (pool[j], pool[i]);
            }
            var rows = new float[subsample][];
            for (int i = 0; i < subsample; i++)
            {
                rows[i] = sample(pool[i]);
                if (rows[i] is null || rows[i].Length != featureCount)
                    throw new ArgumentException($"sample {pool[i]} has {rows[i]?.Length ?? 0} features; expected {featureCount}.", nameof(sample));
            }
            var nodes = new List<Node>();
            Grow(nodes, rows, Enumerable.Range(0, subsample).ToArray(), 0, heightLimit, featureCount, random);
            trees[tree] = nodes.ToArray();
        }
        return new IsolationForest(trees, subsample, featureCount);
    }

    /// <summary>
    /// c(n) = 2H(n − 1) − 2(n − 1)/n, H(i) ≈ ln i + γ: the average path length of an unsuccessful search in a binary
    /// search tree of n points, which normalises path lengths. c(0) = c(1) = 0 and c(2) = 1, as in scikit-learn.
    /// </summary>
    public static double AveragePathLength(int n)
    {
        InvalidOptionException.ThrowUnless(n >= 0, nameof(n), n, "0 or more");
        if (n <= 1) return 0;
        if (n == 2) return 1;
        return 2 * (Math.Log(n - 1) + EulerGamma) - 2.0 * (n - 1) / n;
    }

    /// <summary>E[h(x)]: the path length of <paramref name="x"/> averaged over the trees.</summary>
    /// <param name="x">One sample, length <see cref="FeatureCount"/>.</param>
    public double PathLength(IReadOnlyList<float> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count != FeatureCount)
            throw new ArgumentException($"The sample has {x.Count} features; the forest was grown on {FeatureCount}.", nameof(x));
        double sum = 0;
        foreach (var nodes in _trees)
        {
            int at = 0, depth = 0;
            while (nodes[at].Feature >= 0)
            {
                at = x[nodes[at].Feature] <= nodes[at].Split ? nodes[at].Left : nodes[at].Right;
                depth++;
            }
            sum += depth + AveragePathLength(nodes[at].Size);
        }
        return sum / _trees.Length;
    }

    /// <summary>The anomaly score s(x) = 2^(−E[h(x)] / c(ψ)), in (0, 1]; higher = more anomalous.</summary>
    /// <param name="x">One sample, length <see cref="FeatureCount"/>.</param>
    public double Score(IReadOnlyList<float> x) => Math.Pow(2, -PathLength(x) / AveragePathLength(Subsample));

    private static int HeightLimitFor(int subsample) => (int)Math.Ceiling(Math.Log2(subsample));

    /// <summary>Adds the subtree for <paramref name="members"/> (indices into <paramref name="rows"/>) and returns its root's index.</summary>
    private static int Grow(List<Node> nodes, float[][] rows, int[] members, int depth, int heightLimit, int featureCount, Random random)
    {
        int index = nodes.Count;
        nodes.Add(Node.Leaf(members.Length));
        if (members.Length <= 1 || depth >= heightLimit) return index;

        // Features in random order until one varies inside the node; none varies when all members are equal.
        var order = Enumerable.Range(0, featureCount).ToArray();
        for (int tried = 0; tried < featureCount; tried++)
        {
            int pick = random.Next(tried, featureCount);
            (order[tried], order[pick]) = (order[pick], order[tried]);
            int feature = order[tried];
            float min = float.PositiveInfinity, max = float.NegativeInfinity;
            foreach (int m in members)
            {
                min = Math.Min(min, rows[m][feature]);
                max = Math.Max(max, rows[m][feature]);
            }
            if (!(max > min)) continue;
            var split = (float)(min + random.NextDouble() * ((double)max - min));
            // Rounding to float can land on max, which would leave the right side empty.
            if (split >= max) split = min;
            var left = members.Where(m => rows[m][feature] <= split).ToArray();
            var right = members.Where(m => rows[m][feature] > split).ToArray();
            int leftIndex = Grow(nodes, rows, left, depth + 1, heightLimit, featureCount, random);
            int rightIndex = Grow(nodes, rows, right, depth + 1, heightLimit, featureCount, random);
            nodes[index] = new Node(feature, split, leftIndex, rightIndex, members.Length);
            return index;
        }
        return index;
    }

    /// <summary>One node; <see cref="Feature"/> is −1 for a leaf, which keeps <see cref="Size"/> training samples.</summary>
    private readonly record struct Node(int Feature, float Split, int Left, int Right, int Size)
    {
        public static Node Leaf(int size) => new(-1, 0, -1, -1, size);
    }
}
