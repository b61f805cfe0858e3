using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>Shape checks for model inputs, so a wrong window fails with a sentence instead of a native error.</summary>
internal static class ModelInput
{
    /// <summary>Throws unless <paramref name="input"/> is (batch, steps, features); pass steps -1 to accept any length.</summary>
    public static void CheckShape(Tensor input, long steps, long features, string model)
    {
        bool ok = input.ndim == 3 && (steps < 0 || input.shape[1] == steps) && input.shape[2] == features;
        if (!ok)
        {
            string expected = steps < 0 ? $"(batch, steps, {features})" : $"(batch, {steps}, {features})";
            throw new ArgumentException($"{model} expects input of shape {expected}; got ({string.Join(", ", input.shape)}).", nameof(input));
        }
    }
}
