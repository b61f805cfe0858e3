using System.Globalization;
using AttnTutorial.Training;

namespace AttnTutorial.Cli;

/// <summary>
/// Shows training progress: on a terminal a live bar redrawn per batch, elsewhere (CI logs, pipes) one line
/// per epoch. Called synchronously by the trainer.
/// </summary>
internal sealed class ProgressBar(TextWriter writer, bool live) : IProgress<TrainingProgress>
{
    private const int Width = 30;

    public void Report(TrainingProgress p)
    {
        if (p.CompletedEpoch is { } e)
        {
            string auc = e.ValidationAuc is double a ? a.ToString("F4", CultureInfo.InvariantCulture) : "n/a";
            string line = string.Create(CultureInfo.InvariantCulture,
                $"epoch {e.Epoch,2}/{p.Epochs}  train loss {e.TrainLoss:F4}  val loss {e.ValidationLoss:F4}  val auc {auc}  {e.Seconds:F1}s");
            writer.WriteLine(live ? "\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 100) : 100) : line);
            return;
        }
        if (!live) return;
        int filled = (int)((double)p.Batch / p.Batches * Width);
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"\repoch {p.Epoch,2}/{p.Epochs} [{new string('#', filled)}{new string('.', Width - filled)}] {p.Batch}/{p.Batches}  loss {p.RunningLoss:F4}"));
    }
}
