using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AttnTutorial.Kernel.Install;

/// <summary>The course's kernelspec: its name, what clients show, and the command that starts the built kernel.</summary>
public static class KernelSpec
{
    /// <summary>The folder name clients know the kernel by; the chapter notebooks name it in their metadata.</summary>
    public const string Name = "attntutorial-csharp";

    public const string DisplayName = "C# (AttnTutorial)";

    public const string Language = "csharp";

    /// <summary>The kernel assembly's file name; it sits next to the CLI that installs it.</summary>
    public const string KernelAssemblyFileName = "AttnTutorial.Kernel.dll";

    /// <summary>
    /// The kernel.json: argv runs <paramref name="kernelAssembly"/> on the dotnet host at <paramref name="dotnetHost"/>
    /// with the connection file; interrupts come as messages, so the running cell's token is cancelled.
    /// </summary>
    public static string Json(string dotnetHost, string kernelAssembly)
    {
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray(dotnetHost, kernelAssembly, "{connection_file}"),
            ["display_name"] = DisplayName,
            ["language"] = Language,
            ["interrupt_mode"] = "message",
            ["env"] = new JsonObject { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        return spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>The logos clients show beside the kernel's name (launchers, kernel pickers), as Jupyter names them.</summary>
    public static IReadOnlyList<string> LogoFileNames { get; } = ["logo-32x32.png", "logo-64x64.png", "logo-svg.svg"];

    /// <summary>Writes <see cref="LogoFileNames"/> (embedded in this assembly from Install/Logo) into <paramref name="folder"/>.</summary>
    public static void WriteLogos(string folder)
    {
        var assembly = typeof(KernelSpec).Assembly;
        foreach (string name in LogoFileNames)
        {
            using var logo = assembly.GetManifestResourceStream("KernelSpecLogo/" + name)
                ?? throw new InvalidOperationException($"{assembly.GetName().Name} carries no logo resource {name}");
            using var file = File.Create(Path.Combine(folder, name));
            logo.CopyTo(file);
        }
    }

    /// <summary>
    /// The dotnet host running this process (so the kernel runs on the same runtime, found without PATH or DOTNET_ROOT,
    /// which VS Code may not pass on): the <c>dotnet</c> executable at the root above the shared framework.
    /// Falls back to "dotnet" from PATH when the layout is unusual.
    /// </summary>
    public static string CurrentDotnetHost()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        string? root = runtime.Parent?.Parent?.Parent?.FullName;
        string host = root is null ? "" : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }
}
