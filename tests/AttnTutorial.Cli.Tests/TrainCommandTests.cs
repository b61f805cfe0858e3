using AttnTutorial.Data;

namespace AttnTutorial.Cli.Tests;

[Collection(ConsoleSwappingTests.Name)]
public class TrainCommandTests
{
    [Theory]
    [InlineData("--samples", "-5", "--samples must be a whole number of at least 10")]
    [InlineData("--epochs", "zero", "--epochs must be a whole number of at least 1")]
    [InlineData("--recipe", "fast", "--recipe must be one of seed, tuned")]
    [InlineData("--kinds", "flat,wobble", "train: --kinds must be one or more of flat, zero, noise, spike (comma-separated); got 'wobble'")]
    [InlineData("--kinds", "flat,pricejump", "got 'pricejump'")]
    [InlineData("--kinds", "1", "got '1'")]
    [InlineData("--kinds", ",", "--kinds must be one or more of")]
    [InlineData("--threads", "0", "--threads must be a whole number of at least 1")]
    public void Parse_BadValue_OneClearLine(string option, string value, string expected)
    {
        var error = Assert.Throws<UsageException>(() => TrainOptions.Parse([option, value]));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_UnwritableJsonPath_FailsBeforeWork()
    {
        string directory = Directory.CreateTempSubdirectory("attn-cli-").FullName;
        try
        {
            var error = Assert.Throws<UsageException>(() => TrainOptions.Parse(["--json", directory]));
            Assert.Contains("is a directory", error.Message);
            string underFile = Path.Combine(directory, "file.txt");
            File.WriteAllText(underFile, "x");
            error = Assert.Throws<UsageException>(() => TrainOptions.Parse(["--json", Path.Combine(underFile, "out.json")]));
            Assert.Contains("not writable", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Parse_MissingValueOrUnknownOption_Fails()
    {
        Assert.Contains("needs a value", Assert.Throws<UsageException>(() => TrainOptions.Parse(["--seed"])).Message);
        Assert.Contains("unknown option '--speed'", Assert.Throws<UsageException>(() => TrainOptions.Parse(["--speed", "3"])).Message);
    }

    [Fact]
    public void Parse_GoodOptions_AllRead()
    {
        var options = TrainOptions.Parse(["--recipe", "seed", "--samples", "100", "--epochs", "2", "--seed", "7", "--threads", "1", "--kinds", "flat,Spike,flat", "--quiet"]);
        Assert.Equal("seed", options.Recipe);
        Assert.Equal((100, 2, 7, 1), (options.Samples, options.Epochs, options.Seed, options.Threads));
        Assert.Equal([AnomalyKind.Flat, AnomalyKind.Spike], options.Kinds);
        Assert.True(options.Quiet);
    }

    [Fact]
    public void Run_BadOption_ExitsWith2AndPrintsOneLine()
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(2, TrainCommand.Run(["--samples", "-1"]));
        }
        finally
        {
            Console.SetError(previous);
        }
        Assert.Single(error.ToString().Trim().Split('\n'));
    }

    [Fact]
    public void Run_TinyTunedRun_WritesJsonSummaryAndModel()
    {
        string directory = Directory.CreateTempSubdirectory("attn-cli-").FullName;
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            string json = Path.Combine(directory, "run.json");
            int code = TrainCommand.Run(["--samples", "120", "--epochs", "1", "--threads", "1", "--quiet", "--json", json, "--model", Path.Combine(directory, "m.model")]);
            Assert.Equal(0, code);
            using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
            var root = summary.RootElement;
            Assert.Equal("tuned", root.GetProperty("recipe").GetString());
            Assert.Equal(120, root.GetProperty("samples").GetInt32());
            Assert.True(root.GetProperty("trainSeconds").GetDouble() > 0);
            Assert.True(root.GetProperty("peakRssMb").GetDouble() > 0);
            foreach (var metric in new[] { "accuracy", "precision", "recall", "f1", "rocAuc" })
                Assert.True(root.GetProperty("test").TryGetProperty(metric, out _), metric);
            Assert.True(File.Exists(Path.Combine(directory, "m.model")));
            Assert.Contains("actual \\ predicted", output.ToString());
        }
        finally
        {
            Console.SetOut(previous);
            Directory.Delete(directory, recursive: true);
        }
    }
}
