using AttnTutorial.Notebooks.Execution;
using AttnTutorial.Notebooks.Formatting;
using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Running;

namespace AttnTutorial.Notebooks.Tests.Running;

public class OutputCollectorTests
{
    /// <summary>Bytes allocated on this thread while <paramref name="lines"/> lines are written to one cell and finished.</summary>
    private static long BytesAllocatedPrinting(int lines)
    {
        var collector = new OutputCollector();
        var cell = new NotebookCell(CellType.Code, "");
        string[] text = Enumerable.Range(0, lines).Select(i => $"line {i:D6}\n").ToArray();
        long before = GC.GetAllocatedBytesForCurrentThread();
        collector.BeginCell(cell);
        foreach (string line in text) collector.WriteStream(StreamName.Stdout, line);
        collector.Finish();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(lines, cell.Outputs.Single()!["text"]!.AsArray().Count);
        return allocated;
    }

    [Fact]
    public void WriteStream_ManyLines_AllocatesInProportionToTheText()
    {
        long few = BytesAllocatedPrinting(2_000);
        long many = BytesAllocatedPrinting(8_000);

        // Rebuilding the accumulated text per line allocates about n²/2 characters: 8k lines would cost 16 times 2k
        // (and most of a gigabyte). Linear output costs about 4 times, a small multiple of the 8k lines' 192 KB of text.
        Assert.True(many < 6 * few, $"2k lines allocated {few:N0} bytes, 8k lines {many:N0}");
        Assert.True(many < 40 * 8_000 * 12 * sizeof(char), $"8k lines allocated {many:N0} bytes");
    }

    [Fact]
    public void WriteStream_StreamsInterleavedWithOtherOutputs_KeepTheirOrder()
    {
        var collector = new OutputCollector();
        var cell = new NotebookCell(CellType.Code, "");
        collector.BeginCell(cell);
        collector.WriteStream(StreamName.Stdout, "a\n");
        collector.WriteStream(StreamName.Stdout, "b\n");
        collector.WriteStream(StreamName.Stderr, "warn\n");
        collector.Display("d1", MimeBundle.Text("shown"));
        collector.WriteStream(StreamName.Stderr, "more\n");
        collector.Finish();

        var outputs = cell.Outputs.Select(o => o!.AsObject()).ToList();
        Assert.Equal(["stream", "stream", "display_data", "stream"], outputs.Select(o => (string?)o["output_type"]));
        Assert.Equal("[\"a\\n\",\"b\\n\"]", outputs[0]["text"]!.ToJsonString());
        Assert.Equal("[\"warn\\n\"]", outputs[1]["text"]!.ToJsonString());
        Assert.Equal("[\"more\\n\"]", outputs[3]["text"]!.ToJsonString());
    }
}
