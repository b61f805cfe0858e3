namespace AttnTutorial.RealData;

/// <summary>
/// A non-learned baseline to beat: each step's score is its largest per-channel |z-score|,
/// max_c |x_{t,c} − μ_c| / σ_c, with μ and σ fitted on the training part only (a <see cref="Standardizer"/>).
/// </summary>
public sealed class ZScoreBaseline
{
    private ZScoreBaseline(Standardizer standardizer)
    {
        Standardizer = standardizer;
    }

    /// <summary>The fitted μ and σ per channel.</summary>
    public Standardizer Standardizer { get; }

    /// <summary>Fits μ and σ per channel on <paramref name="training"/>; see <see cref="Standardizer.Fit"/> for <paramref name="minStd"/> (default 1e-3).</summary>
    public static ZScoreBaseline Fit(TimeSeries training, float minStd = 1e-3f) => new(Standardizer.Fit(training, minStd));

    /// <summary>The score per step (length T): the largest unclipped |z| over channels.</summary>
    public float[] Score(TimeSeries series)
    {
        Standardizer.CheckChannels(series);
        var scores = new float[series.Length];
        for (int t = 0; t < series.Length; t++)
        {
            float max = 0;
            for (int c = 0; c < series.ChannelCount; c++) max = Math.Max(max, Standardizer.AbsZ(series, c, t));
            scores[t] = max;
        }
        return scores;
    }

    /// <summary>
    /// Every cell's |z|, per channel and step (C × T, <c>[c][t]</c>): the time × sensor picture behind
    /// <see cref="Score"/>, which takes the largest value of each column. Chapter 14 draws it as a heat map.
    /// </summary>
    public float[][] CellScores(TimeSeries series)
    {
        Standardizer.CheckChannels(series);
        var cells = new float[series.ChannelCount][];
        for (int c = 0; c < series.ChannelCount; c++)
        {
            cells[c] = new float[series.Length];
            for (int t = 0; t < series.Length; t++) cells[c][t] = Standardizer.AbsZ(series, c, t);
        }
        return cells;
    }

    /// <summary>
    /// Per channel, the mean |z| over <paramref name="range"/>: which channels the baseline blames for an anomaly,
    /// to compare with <see cref="InterpretationLabels"/>.
    /// </summary>
    public float[] ChannelScores(TimeSeries series, StepRange range)
    {
        Standardizer.CheckChannels(series);
        var scores = new float[series.ChannelCount];
        for (int c = 0; c < series.ChannelCount; c++)
        {
            double sum = 0;
            for (int t = range.Start; t < range.End; t++) sum += Standardizer.AbsZ(series, c, t);
            scores[c] = (float)(sum / range.Length);
        }
        return scores;
    }
}
