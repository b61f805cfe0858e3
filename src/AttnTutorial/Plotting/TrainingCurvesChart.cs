using AttnTutorial.Training;
using Plotly.NET;

namespace AttnTutorial.Plotting;

/// <summary>Training and validation loss per epoch, validation ROC-AUC on a right-hand 0–1 axis, and the kept epoch marked. Introduced in chapter 05.</summary>
public static class TrainingCurvesChart
{
    /// <summary>The curves for one training run.</summary>
    /// <param name="history">What the trainer returned; at least one epoch.</param>
    /// <param name="title">Title.</param>
    public static GenericChart Create(TrainingHistory history, string title = "Training curves")
    {
        ArgumentNullException.ThrowIfNull(history);
        var epochs = history.Epochs ?? throw new ArgumentException("history.Epochs is null.", nameof(history));
        if (epochs.Count == 0)
        {
            throw new ArgumentException("history has no epochs; there is nothing to plot.", nameof(history));
        }

        if (!epochs.Any(e => e.Epoch == history.BestEpoch))
        {
            throw new ArgumentException($"history.BestEpoch is {history.BestEpoch}, which is not one of the recorded epochs.", nameof(history));
        }

        var numbers = epochs.Select(e => e.Epoch).ToArray();
        List<GenericChart> traces =
        [
            ChartParts.Line(numbers, epochs.Select(e => e.TrainLoss), "train loss", ChartParts.SignalBlue),
            ChartParts.Line(numbers, epochs.Select(e => e.ValidationLoss), "validation loss", "#ff7f0e"),
        ];
        var withAuc = epochs.Where(e => e.ValidationAuc is not null).ToArray();
        if (withAuc.Length > 0)
        {
            traces.Add(ChartParts.Line(withAuc.Select(e => e.Epoch), withAuc.Select(e => e.ValidationAuc!.Value), "validation ROC-AUC", "#2ca02c", dashed: true).OnAxes(1, 2));
        }

        var label = $"best epoch {history.BestEpoch}" + (history.StoppedEarly ? $", early stop after {epochs[^1].Epoch}" : string.Empty);
        var chart = ChartParts.Combine(traces)
            .WithXAxis(1, ("title", ChartParts.Text("epoch")), ("dtick", epochs.Count <= 20 ? 1 : 5))
            .WithYAxis(1, ("title", ChartParts.Text("binary cross-entropy")), ("rangemode", "tozero"))
            .WithShapes([ChartParts.VerticalLine(history.BestEpoch, ChartParts.ReferenceGrey)])
            .WithAnnotations([ChartParts.Label(label, history.BestEpoch, 0.98, yref: "y domain", color: ChartParts.ReferenceGrey, xanchor: "left", background: "rgba(255, 255, 255, 0.8)")])
            .WithLegendAbove(y: 1.08)
            .Finish(title, 900, 440);
        if (withAuc.Length > 0)
        {
            chart = chart.WithYAxis(2, ("title", ChartParts.Text("validation ROC-AUC")), ("overlaying", "y"), ("side", "right"), ("range", ChartParts.UnitRange()), ("showgrid", false));
        }

        return chart;
    }
}
