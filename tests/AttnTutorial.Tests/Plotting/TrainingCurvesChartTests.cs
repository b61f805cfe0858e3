using AttnTutorial.Plotting;
using AttnTutorial.Training;

namespace AttnTutorial.Tests.Plotting;

public class TrainingCurvesChartTests
{
    private static TrainingHistory History(int epochs = 6, int best = 4, bool stoppedEarly = true, bool auc = true) =>
        new([.. Enumerable.Range(1, epochs).Select(e => new EpochRecord(e, 1.0 / e, 1.2 / e, auc ? 0.5 + (e / 20.0) : null, 1.5, 1e-3))], best, stoppedEarly);

    [Fact]
    public void Create_History_LossesOnLeftAucOnRight()
    {
        var figure = FigureJson.Of(TrainingCurvesChart.Create(History()));

        Assert.Equal(["train loss", "validation loss", "validation ROC-AUC"], figure.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("y2", figure.TracesNamed("validation ROC-AUC").Single().GetProperty("yaxis").GetString());
        Assert.Equal("y", figure.Axis("yaxis2").GetProperty("overlaying").GetString());
        Assert.Equal([0.0, 1.0], FigureJson.Numbers(figure.Axis("yaxis2").GetProperty("range")));
        Assert.Equal([1.0, 0.5, 1.0 / 3, 0.25, 0.2, 1.0 / 6], FigureJson.Numbers(figure.Traces[0].GetProperty("y")));
        Assert.Equal("epoch", figure.AxisTitle("xaxis"));
        Assert.Equal("binary cross-entropy", figure.AxisTitle("yaxis"));
        Assert.Equal("validation ROC-AUC", figure.AxisTitle("yaxis2"));
        Assert.Equal("Training curves", figure.Title);
    }

    [Fact]
    public void Create_StoppedEarly_MarksTheBestEpochAndSaysWhereItStopped()
    {
        var figure = FigureJson.Of(TrainingCurvesChart.Create(History()));

        var line = Assert.Single(figure.Shapes);
        Assert.Equal("line", line.GetProperty("type").GetString());
        Assert.Equal(4, line.GetProperty("x0").GetDouble());
        Assert.Equal(4, line.GetProperty("x1").GetDouble());
        Assert.Equal("best epoch 4, early stop after 6", Assert.Single(figure.Annotations).GetProperty("text").GetString());
    }

    [Fact]
    public void Create_RanToTheEnd_LabelsOnlyTheBestEpoch()
    {
        var figure = FigureJson.Of(TrainingCurvesChart.Create(History(stoppedEarly: false)));

        Assert.Equal("best epoch 4", Assert.Single(figure.Annotations).GetProperty("text").GetString());
    }

    [Fact]
    public void Create_NoAuc_DrawsNoAucTraceOrAxis()
    {
        var figure = FigureJson.Of(TrainingCurvesChart.Create(History(auc: false)));

        Assert.Equal(2, figure.Traces.Count);
        Assert.False(figure.Layout.TryGetProperty("yaxis2", out _));
    }

    [Fact]
    public void Create_SomeEpochsWithoutAuc_SkipsThem()
    {
        var history = History();
        history = history with { Epochs = [history.Epochs[0] with { ValidationAuc = null }, .. history.Epochs.Skip(1)] };

        var auc = FigureJson.Of(TrainingCurvesChart.Create(history)).TracesNamed("validation ROC-AUC").Single();

        Assert.Equal([2.0, 3, 4, 5, 6], FigureJson.Numbers(auc.GetProperty("x")));
    }

    [Fact]
    public void Create_NoEpochs_ThrowsNamingHistory()
    {
        Assert.Equal("history", Assert.Throws<ArgumentException>(() => TrainingCurvesChart.Create(new TrainingHistory([], 1, false))).ParamName);
    }

    [Fact]
    public void Create_BestEpochNotRecorded_ThrowsNamingHistory()
    {
        var error = Assert.Throws<ArgumentException>(() => TrainingCurvesChart.Create(History(best: 9)));

        Assert.Equal("history", error.ParamName);
        Assert.Contains("9", error.Message, StringComparison.Ordinal);
    }
}
