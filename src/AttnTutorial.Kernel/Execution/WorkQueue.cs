using System.Collections.Concurrent;

namespace AttnTutorial.Kernel.Execution;

/// <summary>One dedicated background thread running queued work items in order; an item that throws is logged and the thread goes on.</summary>
internal sealed class WorkQueue : IDisposable
{
    private readonly BlockingCollection<Action> _items = new();
    private readonly Thread _thread;
    private readonly string _name;

    public WorkQueue(string name)
    {
        _name = name;
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
    }

    public void Post(Action item)
    {
        try
        {
            _items.Add(item);
        }
        catch (InvalidOperationException)
        {
            // Shutting down.
        }
    }

    /// <summary>Stops taking work; what is queued is dropped with the process.</summary>
    public void Dispose() => _items.CompleteAdding();

    private void Run()
    {
        foreach (var item in _items.GetConsumingEnumerable())
        {
            try
            {
                item();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                KernelLog.Error($"{_name}: {e}");
            }
        }
    }
}
