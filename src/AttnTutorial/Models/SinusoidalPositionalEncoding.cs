using TorchSharp;
using static TorchSharp.torch;

namespace AttnTutorial.Models;

/// <summary>
/// Adds the fixed sinusoidal positional encoding of "Attention Is All You Need" to a sequence of d-dimensional vectors:
/// PE(pos, 2i) = sin(pos / 10000^(2i/d)),  PE(pos, 2i+1) = cos(pos / 10000^(2i/d)).
/// Attention itself is blind to order (it treats the steps as a set); this gives every step a unique, smoothly
/// varying signature: low dimensions oscillate fast (fine position), high ones slowly (coarse position).
/// </summary>
/// <remarks>Nothing is learned, so the module has no parameters and nothing in the checkpoint; any length works.</remarks>
public sealed class SinusoidalPositionalEncoding : nn.Module<Tensor, Tensor>
{
    private readonly long size;

    /// <summary>Creates the encoding for vectors of size <paramref name="size"/> (d).</summary>
    public SinusoidalPositionalEncoding(long size) : base(nameof(SinusoidalPositionalEncoding))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(size));
        this.size = size;
        RegisterComponents();
    }

    /// <summary>The table PE, shape (steps, size): row pos is the encoding of position pos. Chapter 09 draws it as a heatmap.</summary>
    public static Tensor Table(long steps, long size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1, nameof(steps));
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(size));
        var table = new float[steps * size];
        for (long pos = 0; pos < steps; pos++)
        {
            for (long i = 0; 2 * i < size; i++)
            {
                double angle = pos / Math.Pow(10000, 2.0 * i / size);
                table[pos * size + 2 * i] = (float)Math.Sin(angle);
                if (2 * i + 1 < size) table[pos * size + 2 * i + 1] = (float)Math.Cos(angle);
            }
        }
        return tensor(table, [steps, size]);
    }

    /// <summary>Adds the encoding.</summary>
    /// <param name="input">Vectors, shape (batch, steps, size).</param>
    /// <returns>input + PE, shape (batch, steps, size).</returns>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var table = Table(input.shape[1], size).to(input.device);
        return (input + table.unsqueeze(0)).MoveToOuterDisposeScope();
    }
}
