using System.Diagnostics;
using System.Text.Json;

namespace AttnTutorial.Course.Tests.DevContainer;

/// <summary>The dev container, checked without Docker: its fields, and the Dev Containers CLI's own reading of it.</summary>
public class DevContainerTests
{
    private static string ConfigPath => RepoPaths.File(".devcontainer", "devcontainer.json");

    private static JsonElement Config()
    {
        // devcontainer.json is JSON with comments (and possibly trailing commas).
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(File.ReadAllText(ConfigPath), options);
        return document.RootElement.Clone();
    }

    [Fact]
    public void Image_IsDotnet10OnUbuntuNobleForAmd64()
    {
        var config = Config();
        string image = config.GetProperty("image").GetString()!;
        Assert.StartsWith("mcr.microsoft.com/devcontainers/dotnet:", image);
        Assert.Contains("10.0", image);
        Assert.Contains("noble", image); // libstdc++ with GLIBCXX_3.4.32
        Assert.Contains("--platform=linux/amd64", config.GetProperty("runArgs").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Extensions_IncludeCSharpJupyterAndRenderers()
    {
        var extensions = Config().GetProperty("customizations").GetProperty("vscode").GetProperty("extensions")
            .EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Contains("ms-dotnettools.csdevkit", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);
        Assert.Contains("ms-toolsai.jupyter-renderers", extensions);
    }

    [Fact]
    public void Settings_TurnOnKernelCompletionsAfterADotInCSharp()
    {
        var settings = Config().GetProperty("customizations").GetProperty("vscode").GetProperty("settings");
        Assert.True(settings.GetProperty("jupyter.enableKernelCompletions").GetBoolean());
        var triggers = settings.GetProperty("jupyter.completionTriggerCharacters").GetProperty("csharp").EnumerateArray().Select(t => t.GetString());
        Assert.Contains(".", triggers);
    }

    [Fact]
    public void PostCreate_RestoresBuildsAndInstallsTheKernel()
    {
        string command = Config().GetProperty("postCreateCommand").GetString()!;
        Assert.Contains("dotnet restore", command);
        Assert.Contains("dotnet build -c Release", command);
        Assert.Contains("-- kernel install", command);
        // Order matters: the kernel install needs the build.
        Assert.True(command.IndexOf("dotnet build", StringComparison.Ordinal) < command.IndexOf("kernel install", StringComparison.Ordinal));
    }

    [Fact]
    public void HostRequirements_AskForFourCoresAndEightGigabytes()
    {
        var host = Config().GetProperty("hostRequirements");
        Assert.True(host.GetProperty("cpus").GetInt32() >= 4);
        string memory = host.GetProperty("memory").GetString()!;
        Assert.EndsWith("gb", memory);
        Assert.True(int.Parse(memory[..^2], System.Globalization.CultureInfo.InvariantCulture) >= 8);
    }

    [DevContainerCliFact]
    public void DevContainerCli_ReadConfiguration_AcceptsIt()
    {
        // The CLI asks Docker for existing containers; a stand-in that lists none lets it run without an engine.
        if (OperatingSystem.IsWindows()) return; // the stand-in is a shell script
        string fakeDocker = Path.Combine(Path.GetTempPath(), $"no-docker-{Guid.NewGuid():N}");
        File.WriteAllText(fakeDocker, "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(fakeDocker, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var start = new ProcessStartInfo(DevContainerCliFactAttribute.Executable ?? throw new InvalidOperationException($"The Dev Containers CLI is required in CI. {DevContainerCliFactAttribute.InstallHint}"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (string arg in new[] { "read-configuration", "--workspace-folder", RepoPaths.Root, "--docker-path", fakeDocker }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "devcontainer read-configuration did not finish in 2 minutes");
            Assert.True(process.ExitCode == 0, $"devcontainer read-configuration failed ({process.ExitCode}): {stderr.Result}");
            using var output = JsonDocument.Parse(stdout.Result);
            var configuration = output.RootElement.GetProperty("configuration");
            Assert.Equal(Config().GetProperty("image").GetString(), configuration.GetProperty("image").GetString());
            Assert.Equal(Config().GetProperty("postCreateCommand").GetString(), configuration.GetProperty("postCreateCommand").GetString());
        }
        finally
        {
            File.Delete(fakeDocker);
        }
    }
}
