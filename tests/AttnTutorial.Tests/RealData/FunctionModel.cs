using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Tests.RealData;

/// <summary>
/// A parameter-free stand-in for a trained classifier whose output is known exactly: the logit is the given
/// function of the input (batch, steps, features); the weights are the softmax of feature 0 over steps.
/// </summary>
internal sealed class FunctionModel : nn.Module<Tensor, (Tensor Logits, Tensor Weights)>
{
    private readonly Func<Tensor, Tensor> _logits;

    public FunctionModel(Func<Tensor, Tensor> logits) : base(nameof(FunctionModel))
    {
        _logits = logits;
        RegisterComponents();
    }

    public override (Tensor Logits, Tensor Weights) forward(Tensor input) => (_logits(input), input[.., .., 0].softmax(1));
}
