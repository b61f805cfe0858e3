namespace AttnTutorial.Kernel.Protocol;

/// <summary>
/// The signatures of the messages accepted so far, so that a validly signed message sent a second time (a replay by
/// whoever saw it on the wire) is refused, as jupyter_client's <c>Session</c> refuses it ("Duplicate Signature"). The
/// signature covers the header, whose <c>msg_id</c> and date are fresh in every genuine message, so a repeat is never
/// a message a client meant to send twice.
/// </summary>
internal sealed class SignatureHistory
{
    /// <summary>How many signatures are remembered: jupyter_client's <c>digest_history_size</c>, 2^16.</summary>
    public const int DefaultCapacity = 1 << 16;

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly int _capacity;

    /// <param name="capacity">Signatures kept; the oldest is forgotten first. Must be positive.</param>
    public SignatureHistory(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Records <paramref name="signature"/>; false when it was seen before (the message is a replay).</summary>
    public bool Admit(string signature)
    {
        if (!_seen.Add(signature)) return false;
        _order.Enqueue(signature);
        if (_order.Count > _capacity) _seen.Remove(_order.Dequeue());
        return true;
    }
}
