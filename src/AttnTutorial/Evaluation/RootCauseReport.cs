using System.Globalization;

namespace AttnTutorial.Evaluation;

/// <summary>The channel AUC of every labelled run and their mean (chance 0.5): what <see cref="RootCauseEvaluation.Evaluate"/> returns.</summary>
/// <param name="Runs">One result per run, in the order the runs were given.</param>
public sealed record RootCauseReport(IReadOnlyList<RootCauseRun> Runs)
{
    /// <summary>The chance level of the channel AUC, whatever the number of blamed channels.</summary>
    public const double Chance = 0.5;

    /// <summary>Runs whose channel AUC is defined (not every channel blamed).</summary>
    public int DefinedCount => Runs.Count(r => r.ChannelAuc is not null);

    /// <summary>The mean channel AUC over the runs where it is defined; NaN when it is defined for none.</summary>
    public double MeanAuc => DefinedCount == 0 ? double.NaN : Runs.Where(r => r.ChannelAuc is not null).Average(r => r.ChannelAuc!.Value);

    /// <summary>E.g. "channel AUC 0.758 over 13 runs (chance 0.500)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"channel AUC {MeanAuc:0.000} over {DefinedCount} run{(DefinedCount == 1 ? "" : "s")} (chance {Chance:0.000})");
}
