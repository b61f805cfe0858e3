using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// Introduced in chapter 14. Forecasts the next reading of every sensor from a window of all of them, with attention
/// across sensors (space) and across steps (time), in the spirit of MTAD-GAT (Zhao et al., ICDM 2020): the sensor map
/// says, for every sensor, which other sensors its forecast listened to.
/// </summary>
/// <remarks>
/// <para>For a window X of L steps × N sensors (x_j is sensor j's column, e_j a learned sensor embedding):</para>
/// <para>Space: token s_j = W_s x_j + e_j; self-attention over the N tokens with each sensor's own token blocked gives
/// A (N × N, row i sums to 1 over the others) and, projected back to L steps, f_j: what the other sensors say sensor
/// j's window looks like.</para>
/// <para>Time: every sensor's own steps are tokens u_j(τ) = w_t x_j(τ) + e_j + PE(τ); self-attention over the L steps
/// (weights shared by all sensors) gives B_j (L × L) and outputs τ_j(τ).</para>
/// <para>Combination, as MTAD-GAT concatenates the input with both attentions' outputs step by step: a GRU shared by
/// all sensors reads [x_j(τ), f_j(τ), τ_j(τ)] for τ = 1..L and a linear head turns its last state into x̂_j(L + 1).
/// The only way another sensor's readings reach sensor j's forecast is f_j, i.e. through A, so A is worth drawing.</para>
/// <para>Differences from the reference: scaled dot-product attention (<see cref="MultiHeadSelfAttention"/>) instead
/// of GATv2 scoring, no 1-D convolution in front, no reconstruction head; the GRU runs per sensor rather than over the
/// concatenation of all sensors, which keeps the sensor map the only cross-sensor path.</para>
/// </remarks>
public sealed class CrossSensorAttentionForecaster
    : nn.Module<Tensor, (Tensor Forecast, Tensor SensorAttention, Tensor TimeAttention)>, ISensorForecaster
{
    private readonly Linear sensorToken;
    private readonly Embedding sensorEmbedding;
    private readonly MultiHeadSelfAttention sensorAttention;
    private readonly Linear sensorBack;
    private readonly Linear stepToken;
    private readonly SinusoidalPositionalEncoding positions;
    private readonly MultiHeadSelfAttention timeAttention;
    private readonly GRU reader;
    private readonly Linear head;

    /// <summary>Builds the model. Seed torch (<c>torch.random.manual_seed</c>) first for reproducible initial weights.</summary>
    public CrossSensorAttentionForecaster(CrossSensorAttentionOptions options) : base(nameof(CrossSensorAttentionForecaster))
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Validate();
        int n = options.Sensors, l = options.WindowLength, d = options.ModelSize;
        sensorToken = nn.Linear(l, d);
        sensorEmbedding = nn.Embedding(n, d);
        sensorAttention = new MultiHeadSelfAttention(d, options.Heads);
        sensorBack = nn.Linear(d, l);
        stepToken = nn.Linear(1, d);
        positions = new SinusoidalPositionalEncoding(d);
        timeAttention = new MultiHeadSelfAttention(d, options.Heads);
        reader = nn.GRU(2 + d, options.HiddenSize, numLayers: 1, batchFirst: true);
        head = nn.Linear(options.HiddenSize, 1);
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public CrossSensorAttentionOptions Options { get; }

    /// <inheritdoc/>
    public int SensorCount => Options.Sensors;

    /// <inheritdoc/>
    public int WindowLength => Options.WindowLength;

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>Forecasts the step after each window.</summary>
    /// <param name="input">Readings, shape (batch, L, N), sensors standardised.</param>
    /// <returns>
    /// Forecast (batch, N); sensor attention (batch, N, N), row i summing to 1 over the sensors j ≠ i (the diagonal is 0),
    /// averaged over heads; time attention (batch, L, L), rows summing to 1, averaged over heads and sensors.
    /// </returns>
    /// <exception cref="ArgumentException">input is not (batch, L, N).</exception>
    public override (Tensor Forecast, Tensor SensorAttention, Tensor TimeAttention) forward(Tensor input)
    {
        long n = Options.Sensors, l = Options.WindowLength, heads = Options.Heads;
        ModelInput.CheckShape(input, l, n, nameof(CrossSensorAttentionForecaster));
        using var scope = NewDisposeScope();
        long batch = input.shape[0];
        var embedding = sensorEmbedding.weight!; // (N, d)

        // Space: sensor j's whole window is one token; a sensor may not attend to itself, so A shows who it listens to.
        var perSensor = input.transpose(1, 2); // (batch, N, L)
        using var self = eye(n, dtype: ScalarType.Bool, device: input.device);
        var (mixed, sensorHeads) = sensorAttention.forward(sensorToken.forward(perSensor) + embedding, self);
        var fromOthers = sensorBack.forward(mixed).reshape(batch * n, l, 1); // (batch, N, L) -> (batch·N, L, 1)

        // Time: each sensor's own steps are tokens, all sensors sharing the weights; batch and sensor axes merge.
        var steps = perSensor.reshape(batch * n, l, 1);
        var identity = embedding.repeat(batch, 1).unsqueeze(1); // (batch·N, 1, d), sensor index fastest as in steps
        var (timeMixed, timeHeads) = timeAttention.forward(positions.forward(stepToken.forward(steps) + identity));

        var (_, last) = reader.forward(cat([steps, fromOthers, timeMixed], -1)); // last: (1, batch·N, hidden)
        var forecast = head.forward(last[0]).view(batch, n);
        var sensorMap = sensorHeads.mean([1]);
        var timeMap = timeHeads.view(batch, n, heads, l, l).mean([1, 2]);
        return (forecast.MoveToOuterDisposeScope(), sensorMap.MoveToOuterDisposeScope(), timeMap.MoveToOuterDisposeScope());
    }

    /// <inheritdoc/>
    public (Tensor Forecast, Tensor SensorWeights) Forecast(Tensor windows)
    {
        var (forecast, sensors, time) = forward(windows);
        time.Dispose();
        return (forecast, sensors);
    }
}
