using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// Introduced in chapter 14. Learns which sensors belong together and forecasts every sensor's next reading from its
/// neighbours in that learned graph, in the spirit of GDN (Deng &amp; Hooi, AAAI 2021): the graph is an output of
/// training that can be set beside the true coupling graph.
/// </summary>
/// <remarks>
/// <para>Every sensor i has a learned embedding v_i (size d). Their cosine similarities e_ij = v_iᵀv_j / (‖v_i‖‖v_j‖)
/// pick each sensor's k most similar other sensors N(i): the learned graph (<see cref="Neighbours"/>).</para>
/// <para>For a window X (L steps × N sensors) with x_i sensor i's column: g_i = [W x_i ; v_i];
/// π_ij = LeakyReLU(a_selfᵀ g_i + a_neighbourᵀ g_j) + β e_ij; α_ij = softmax over j ∈ N(i) ∪ {i} (0 elsewhere);
/// z_i = ReLU(Σ_j α_ij W x_j + b); x̂_i = MLP(v_i ∘ z_i).</para>
/// <para>Top-k selection has no gradient. The term β e_ij (β learned, starting at 1) is this model's addition to GDN:
/// through it a neighbour that does not help the forecast gets its similarity pushed down until another sensor takes
/// its place in the top k, and one that helps is pulled closer. Without it the embeddings learn only through
/// a_selfᵀ g_i, a_neighbourᵀ g_j and v_i ∘ z_i; on chapter 14's default network over seeds 1–3 that left the learned
/// graph at chance (top-2 edge precision 0.15 against a chance level of 0.20, validation MSE 0.79 in z units); with it,
/// 0.40 and 0.67 (bench/AttnTutorial.SensorNetworks.Experiments).</para>
/// <para>Other differences from the reference code: dense attention over an N × N mask instead of message passing on
/// an edge list, no batch normalisation or dropout, and the graph excludes each sensor itself (the reference's top-k
/// includes it, leaving k − 1 others); like the reference, the attention adds the self loop back.</para>
/// </remarks>
public sealed class LearnedGraphForecaster : nn.Module<Tensor, (Tensor Forecast, Tensor GraphAttention)>, ISensorForecaster
{
    private readonly Embedding sensorEmbedding;
    private readonly Linear windowFeature;
    private readonly Linear scoreSelf;
    private readonly Linear scoreNeighbour;
    private readonly Parameter aggregateBias;
    private readonly Parameter similarityWeight;
    private readonly Linear hidden;
    private readonly Linear output;

    /// <summary>Builds the model. Seed torch (<c>torch.random.manual_seed</c>) first for reproducible initial weights.</summary>
    public LearnedGraphForecaster(LearnedGraphOptions options) : base(nameof(LearnedGraphForecaster))
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Validate();
        int d = options.EmbeddingSize;
        sensorEmbedding = nn.Embedding(options.Sensors, d);
        windowFeature = nn.Linear(options.WindowLength, d, hasBias: false);
        scoreSelf = nn.Linear(2 * d, 1, hasBias: false);
        scoreNeighbour = nn.Linear(2 * d, 1, hasBias: false);
        aggregateBias = nn.Parameter(zeros(d));
        similarityWeight = nn.Parameter(ones(1));
        hidden = nn.Linear(d, options.HiddenSize);
        output = nn.Linear(options.HiddenSize, 1);
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public LearnedGraphOptions Options { get; }

    /// <inheritdoc/>
    public int SensorCount => Options.Sensors;

    /// <inheritdoc/>
    public int WindowLength => Options.WindowLength;

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>Forecasts the step after each window.</summary>
    /// <param name="input">Readings, shape (batch, L, N), sensors standardised.</param>
    /// <returns>Forecast (batch, N) and graph attention α (batch, N, N): row i sums to 1 and is 0 outside sensor i's
    /// k neighbours and itself.</returns>
    /// <exception cref="ArgumentException">input is not (batch, L, N).</exception>
    public override (Tensor Forecast, Tensor GraphAttention) forward(Tensor input)
    {
        ModelInput.CheckShape(input, Options.WindowLength, Options.Sensors, nameof(LearnedGraphForecaster));
        using var scope = NewDisposeScope();
        long batch = input.shape[0], n = Options.Sensors, d = Options.EmbeddingSize;
        var embedding = sensorEmbedding.weight!; // (N, d)
        var features = windowFeature.forward(input.transpose(1, 2)); // W x_i: (batch, N, d)
        var g = cat([features, embedding.expand(batch, n, d)], -1); // (batch, N, 2d)
        // π_ij = a_selfᵀ g_i + a_neighbourᵀ g_j: a column plus a row broadcast to (batch, N, N).
        var scores = nn.functional.leaky_relu(scoreSelf.forward(g) + scoreNeighbour.forward(g).transpose(1, 2), 0.2);
        var unit = nn.functional.normalize(embedding, p: 2, dim: -1);
        scores = scores + similarityWeight * unit.matmul(unit.T); // + β e_ij, with gradient into the embeddings
        using var allowed = AllowedMask().to(input.device);
        var attention = scores.masked_fill(allowed.logical_not(), double.NegativeInfinity).softmax(-1);
        var z = nn.functional.relu(attention.matmul(features) + aggregateBias);
        var forecast = output.forward(nn.functional.relu(hidden.forward(z * embedding))).squeeze(-1);
        return (forecast.MoveToOuterDisposeScope(), attention.MoveToOuterDisposeScope());
    }

    /// <inheritdoc/>
    public (Tensor Forecast, Tensor SensorWeights) Forecast(Tensor windows) => forward(windows);

    /// <summary>The cosine similarity of every pair of sensor embeddings, e_ij (N × N, 1 on the diagonal).</summary>
    public float[][] Similarity()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return Rows(CosineSimilarity(), Options.Sensors);
    }

    /// <summary>The learned graph: for each sensor, its k most similar other sensors, most similar first.</summary>
    public int[][] Neighbours()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var index = TopKIndex().data<long>().ToArray();
        int k = Options.TopK;
        return Enumerable.Range(0, Options.Sensors).Select(i => index.Skip(i * k).Take(k).Select(j => (int)j).ToArray()).ToArray();
    }

    /// <summary>The learned graph as an adjacency matrix (N × N): true at (i, j) when j is one of i's k neighbours. Not symmetric in general.</summary>
    public bool[][] Adjacency()
    {
        var adjacency = Enumerable.Range(0, Options.Sensors).Select(_ => new bool[Options.Sensors]).ToArray();
        var neighbours = Neighbours();
        for (int i = 0; i < neighbours.Length; i++)
        {
            foreach (int j in neighbours[i]) adjacency[i][j] = true;
        }
        return adjacency;
    }

    private Tensor CosineSimilarity()
    {
        var unit = nn.functional.normalize(sensorEmbedding.weight!.detach(), p: 2, dim: -1);
        return unit.matmul(unit.T);
    }

    // (N, k) indices of each row's k largest similarities, the diagonal excluded.
    private Tensor TopKIndex()
    {
        long n = Options.Sensors;
        var similarity = CosineSimilarity().masked_fill(eye(n, dtype: ScalarType.Bool, device: sensorEmbedding.weight!.device), double.NegativeInfinity);
        return similarity.topk(Options.TopK, dim: -1).indexes;
    }

    // True where attention may flow: each sensor's k neighbours and the sensor itself.
    private Tensor AllowedMask()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        long n = Options.Sensors;
        var allowed = zeros(n, n, dtype: ScalarType.Bool, device: sensorEmbedding.weight!.device);
        allowed = allowed.scatter(1, TopKIndex(), ones(n, Options.TopK, dtype: ScalarType.Bool, device: allowed.device));
        return allowed.logical_or(eye(n, dtype: ScalarType.Bool, device: allowed.device)).MoveToOuterDisposeScope();
    }

    private static float[][] Rows(Tensor matrix, int n)
    {
        var flat = matrix.cpu().data<float>().ToArray();
        return Enumerable.Range(0, n).Select(i => flat[(i * n)..((i + 1) * n)]).ToArray();
    }
}
