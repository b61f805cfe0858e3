namespace AttnTutorial.Data;

/// <summary>How values are scaled before they reach the model. Introduced in chapter 02.</summary>
public enum ScalingMode
{
    /// <summary>Raw values (the seed recipe).</summary>
    None,
    /// <summary>Min-max to [0, 1] per channel, with min and max fitted on the training split only.</summary>
    Global,
    /// <summary>Each series min-max scaled to [0, 1] by its own range: nothing to fit, nothing leaks.</summary>
    PerSeries,
}
