namespace AttnTutorial.Plotting;

/// <summary>How the attention axis (the right-hand y axis of an overlay) is scaled. Introduced in chapter 07.</summary>
public enum AttentionScale
{
    /// <summary>0–1 when the largest weight is at least 0.3, otherwise <see cref="Fit"/>: a softmax over
    /// 100 steps rarely exceeds 0.1, and on a 0–1 axis it would look flat.</summary>
    Auto = 0,
    /// <summary>Always 0–1, so panels compare directly.</summary>
    Unit,
    /// <summary>0 to 1.1 × the largest weight.</summary>
    Fit,
}
