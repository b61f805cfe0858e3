namespace AttnTutorial.Training;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its callback at once, on the reporting thread. Unlike
/// <see cref="Progress{T}"/>, which posts to a synchronisation context or the thread pool, reports arrive in
/// order and before training moves on, which a live progress line needs.
/// Introduced in chapter 05.
/// </summary>
public sealed class CallbackProgress<T>(Action<T> callback) : IProgress<T>
{
    /// <inheritdoc/>
    public void Report(T value) => callback(value);
}
