using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AttnTutorial.Evaluation;
using AttnTutorial.IO;
using AttnTutorial.Training;

namespace AttnTutorial.Cli;

/// <summary>
/// <c>train</c>: generates the synthetic data, trains a recipe with a live progress bar, evaluates on the
/// test split, prints the metric table and confusion matrix, and saves the model.
/// </summary>
internal static class TrainCommand
{
    public static int Run(string[] args)
    {
        TrainOptions options;
        Recipe recipe;
        try
        {
            options = TrainOptions.Parse(args);
            if (options.Help)
            {
                Console.WriteLine(TrainOptions.Usage);
                return 0;
            }
            recipe = BuildRecipe(options).Validate();
        }
        catch (Exception e) when (e is UsageException or InvalidOptionException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine($"recipe {recipe.Name}: {recipe.Data.Count} series of {recipe.Data.Length} steps, kinds {string.Join(",", recipe.Data.Kinds).ToLowerInvariant()}, " +
                          $"up to {recipe.Training.Epochs} epochs, batch {recipe.Training.BatchSize}, lr {recipe.Training.LearningRate.ToString(CultureInfo.InvariantCulture)}");
        using var experiment = Experiment.Prepare(recipe);
        Console.WriteLine($"model: BiLSTM({recipe.ModelOptions.InputSize}→{recipe.ModelOptions.HiddenSize}×2) + additive attention, {experiment.Model.ParameterCount:N0} parameters; " +
                          $"split {experiment.Train.Count}/{experiment.Validation.Count}/{experiment.Test.Count}");

        bool live = !options.Quiet && !Console.IsOutputRedirected;
        var clock = Stopwatch.StartNew();
        TrainingHistory history;
        try
        {
            history = experiment.Fit(options.Quiet ? null : new ProgressBar(Console.Out, live));
        }
        catch (TrainingDivergedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        double trainSeconds = clock.Elapsed.TotalSeconds;

        var test = experiment.Predict(experiment.Test);
        var report = BinaryMetrics.Evaluate(test.Probabilities, experiment.Test.LabelArray);
        var attention = AttentionSummary.Of(experiment.Test.Samples, test.Weights);
        Console.WriteLine();
        Console.WriteLine($"trained in {trainSeconds:F1}s; best epoch {history.BestEpoch} of {history.Epochs.Count}{(history.StoppedEarly ? " (stopped early)" : "")}");
        Console.WriteLine("test split:");
        Console.WriteLine(MetricTable.For(report, recipe.Name));
        Console.WriteLine(new ConfusionMatrixTable(report.Confusion));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"attention on anomalous test series: mean mass inside the anomaly {attention.MeanMassInside:F3} (share of steps inside {attention.MeanSpanShare:F3}); peak within ±10 steps of it for {attention.PeakHitRate:P1}"));

        string modelPath = options.ModelPath ?? Path.GetFullPath(Path.Combine("artifacts", "models", recipe.Name + ".model"));
        ModelFile.Save(experiment.Model, recipe.Features, modelPath);
        Console.WriteLine($"model saved to {modelPath}");

        double peakRss = PeakMemory.Megabytes();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory {peakRss:F0} MB"));
        if (options.JsonPath is { } json)
        {
            WriteJson(json, recipe, trainSeconds, peakRss, history, report, attention);
            Console.WriteLine($"summary written to {json}");
        }
        return 0;
    }

    private static Recipe BuildRecipe(TrainOptions options)
    {
        var recipe = Recipe.Named(options.Recipe);
        var data = recipe.Data with
        {
            Count = options.Samples ?? recipe.Data.Count,
            RandomSeed = options.Seed ?? recipe.Data.RandomSeed,
            Kinds = options.Kinds ?? recipe.Data.Kinds,
        };
        var training = recipe.Training with
        {
            Epochs = options.Epochs ?? recipe.Training.Epochs,
            RandomSeed = options.Seed ?? recipe.Training.RandomSeed,
            Threads = options.Threads ?? recipe.Training.Threads,
        };
        return recipe with { Data = data, Training = training };
    }

    private static void WriteJson(string path, Recipe recipe, double trainSeconds, double peakRss, TrainingHistory history, ClassificationReport report, AttentionSummary attention)
    {
        var summary = new JsonObject
        {
            ["recipe"] = recipe.Name,
            ["samples"] = recipe.Data.Count,
            ["epochs"] = history.Epochs.Count,
            ["bestEpoch"] = history.BestEpoch,
            ["trainSeconds"] = Math.Round(trainSeconds, 2),
            ["peakRssMb"] = Math.Round(peakRss, 1),
            ["test"] = new JsonObject
            {
                ["accuracy"] = report.Accuracy,
                ["precision"] = report.Precision,
                ["recall"] = report.Recall,
                ["f1"] = report.F1,
                ["rocAuc"] = report.RocAuc,
                // Undefined (NaN) when the test split has no anomalous series; JSON has no NaN, so null.
                ["attentionMassInside"] = double.IsNaN(attention.MeanMassInside) ? null : attention.MeanMassInside,
                ["attentionPeakHitRate"] = double.IsNaN(attention.PeakHitRate) ? null : attention.PeakHitRate,
            },
        };
        AtomicFile.WriteAllText(path, summary.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
