using static TorchSharp.torch;

namespace AttnTutorial.Training;

/// <summary>
/// Torch's thread count and random state are process-wide. The <see cref="Trainer"/> sets both for one run and puts
/// them back when it returns, so a chapter that trains with one thread does not slow every later cell in the same
/// kernel, and code after training draws the random numbers it would have drawn without it.
/// </summary>
internal sealed class TorchGlobals : IDisposable
{
    private readonly int _threads;
    private readonly Tensor _randomState;

    private TorchGlobals(int threads, Tensor randomState)
    {
        _threads = threads;
        _randomState = randomState;
    }

    /// <summary>Remembers the current settings, then seeds torch with <paramref name="seed"/> and, unless it is 0, uses <paramref name="threads"/> threads.</summary>
    public static TorchGlobals Set(int threads, int seed)
    {
        var saved = new TorchGlobals(get_num_threads(), random.get_rng_state());
        if (threads > 0) set_num_threads(threads);
        random.manual_seed(seed);
        return saved;
    }

    /// <summary>Puts the thread count and random state back.</summary>
    public void Dispose()
    {
        set_num_threads(_threads);
        random.set_rng_state(_randomState);
        _randomState.Dispose();
    }
}
