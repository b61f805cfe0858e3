using System.Runtime.CompilerServices;
using TorchSharp;

namespace AttnTutorial.Notebooks.Formatting;

/// <summary>TorchSharp tensors as readable text: shape, dtype and device on the first line, then the values (TorchSharp summarises large ones with "...").</summary>
internal static class TensorFormatter
{
    private const string TensorTypeName = "TorchSharp.torch+Tensor";

    public static bool IsTensor(object value) => TypeMatch.IsOrDerivesFrom(value, TensorTypeName);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static MimeBundle Format(object value)
    {
        var tensor = (torch.Tensor)value;
        if (tensor.IsInvalid) return MimeBundle.Text("Tensor (disposed)");
        string header = $"Tensor shape [{string.Join(", ", tensor.shape)}], dtype {tensor.dtype}, device {tensor.device}";
        return MimeBundle.Text($"{header}\n{tensor.ToString(TensorStringStyle.Numpy)}");
    }
}
