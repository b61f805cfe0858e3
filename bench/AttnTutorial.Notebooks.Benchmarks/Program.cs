using System.Diagnostics;
using System.Globalization;
using AttnTutorial.Notebooks.Execution;

// Prints the engine's speed and memory numbers against the targets of the notebook-engine issue. Not a test: run it
// in Release on an otherwise idle machine, e.g.
//   dotnet run --project bench/AttnTutorial.Notebooks.Benchmarks -c Release
// Targets: first cell of a session (TorchSharp load included) <= 3 s; trivial cell median <= 50 ms after the first;
// 200 trivial cells grow the process by <= 200 MB; printing about as many lines/s at 100k lines as at 10k (linear).
// `-- printing` runs only the printing benchmark. `--worker PATH/AttnTutorial.Cli.dll` measures printing a second time with
// each notebook in a worker process started from that CLI, as `notebooks run` does (output crosses a pipe line by line).

var console = Console.Out; // cells capture Console.Out; the report goes to the real one
List<string> rest = [.. args];
string? workerCli = null;
int workerAt = rest.IndexOf("--worker");
if (workerAt >= 0)
{
    if (workerAt + 1 >= rest.Count || !File.Exists(rest[workerAt + 1]))
    {
        Console.Error.WriteLine($"--worker: give the path of an existing AttnTutorial.Cli.dll (got '{(workerAt + 1 < rest.Count ? rest[workerAt + 1] : "")}')");
        return 2;
    }
    workerCli = Path.GetFullPath(rest[workerAt + 1]);
    rest.RemoveRange(workerAt, 2);
}
await PrintingBenchmark.RunAsync(console, worker: null);
if (workerCli is not null)
    await PrintingBenchmark.RunAsync(console, new AttnTutorial.Notebooks.Worker.NotebookWorkerCommand("dotnet", ["exec", workerCli, "notebooks", "worker"]));
if (rest is ["printing"]) return 0;
var sink = new DiscardingSink();

var process = Process.GetCurrentProcess();
var clock = Stopwatch.StartNew();
var cpuStart = process.TotalProcessorTime;
var session = new NotebookSession();
var first = await session.ExecuteAsync(
    "#r \"nuget: TorchSharp-cpu\"\nusing TorchSharp;\ntorch.ones(2, 3).sum().item<float>()", sink);
double firstSeconds = clock.Elapsed.TotalSeconds;
process.Refresh();
double firstCpuSeconds = (process.TotalProcessorTime - cpuStart).TotalSeconds;
Require(first);

var trivial = new List<double>();
var trivialCpu = new List<double>();
for (int i = 0; i < 100; i++)
{
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    var cell = Stopwatch.StartNew();
    Require(await session.ExecuteAsync("1 + 1", sink));
    trivial.Add(cell.Elapsed.TotalMilliseconds);
    process.Refresh();
    trivialCpu.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
}
trivial.Sort();
trivialCpu.Sort();

// A fresh session, so the memory number is for 200 cells and not for the ones above.
var memorySession = new NotebookSession();
Require(await memorySession.ExecuteAsync("1 + 1", sink));
long before = Settle();
for (int i = 0; i < 200; i++) Require(await memorySession.ExecuteAsync("1 + 1", sink));
long after = Settle();

// Wall times mean little on a machine busy with other work; the load average and CPU times say how busy it was.
string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    first cell (new session, TorchSharp load, torch.ones):  {firstSeconds,8:F2} s    target <= 3 s   (CPU {firstCpuSeconds:F2} s)
    trivial cell `1 + 1`, median of 100:                   {trivial[trivial.Count / 2],8:F1} ms   target <= 50 ms (CPU median {trivialCpu[trivialCpu.Count / 2]:F1} ms)
    trivial cell `1 + 1`, 90th percentile:                 {trivial[trivial.Count * 9 / 10],8:F1} ms
    process growth over 200 trivial cells (working set):   {(after - before) / 1e6,8:F1} MB   target <= 200 MB
    machine: {Environment.ProcessorCount} cores, load average {load}
    """));
return 0;

static long Settle()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    return Environment.WorkingSet;
}

static void Require(CellResult result)
{
    if (!result.Succeeded) throw new InvalidOperationException(result.Error?.Describe() ?? result.Status.ToString());
}
