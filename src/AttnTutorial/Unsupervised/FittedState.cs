using AttnTutorial.RealData;

namespace AttnTutorial.Unsupervised;

/// <summary>The checks every chapter 13 baseline makes before scoring: fitted first, no missing values, the right channels.</summary>
internal static class FittedState
{
    /// <summary><paramref name="state"/>, or an <see cref="InvalidOperationException"/> naming the detector when it was never fitted.</summary>
    public static T Require<T>(T? state, string detector) where T : class =>
        state ?? throw new InvalidOperationException($"{detector}: call Fit on a training series before Score.");

    /// <summary>Throws naming the file when <paramref name="series"/> has missing values or another channel count than training.</summary>
    public static void CheckSeries(TimeSeries series, int trainedChannels, string detector)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.ChannelCount != trainedChannels)
            throw new ArgumentException($"{detector}: {series.SourceFile} has {series.ChannelCount} channels; the detector was fitted on {trainedChannels}.", nameof(series));
        var missing = MissingValues.Detect(series);
        if (missing.Any)
            throw new ArgumentException($"{detector}: {series.SourceFile} has {missing.Total} missing values; fill them first (MissingValues.Fill). {missing}", nameof(series));
    }
}
