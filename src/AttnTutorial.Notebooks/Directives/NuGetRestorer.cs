using System.Diagnostics;
using System.Reflection;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security;
using System.Text;

namespace AttnTutorial.Notebooks.Directives;

/// <summary>
/// Restores NuGet packages the host does not carry, with the .NET SDK, into a small temporary project, and returns the
/// assemblies to reference. Restores are cached by package set under the temp folder, so a second run is quick.
/// </summary>
public sealed class NuGetRestorer
{
    private readonly string _cacheRoot;

    /// <param name="cacheRoot">Where restore projects live; defaults to <c>$TMPDIR/attntutorial-nuget</c>.</param>
    public NuGetRestorer(string? cacheRoot = null)
    {
        _cacheRoot = cacheRoot ?? Path.Combine(Path.GetTempPath(), "attntutorial-nuget");
    }

    /// <summary>The paths of every assembly the packages bring, dependencies included.</summary>
    /// <exception cref="DirectiveException">The restore failed; the message names the package and the SDK's error.</exception>
    public async Task<IReadOnlyList<string>> RestoreAsync(
        IReadOnlyList<NuGetReferenceDirective> packages, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        if (packages.Count == 0) return [];
        string key = Hash(string.Join(";", packages.Select(p => $"{p.PackageId}/{p.Version ?? "*"}").Concat(sources)));
        string folder = Path.Combine(_cacheRoot, key);
        string output = Path.Combine(folder, "out");
        string marker = Path.Combine(folder, "restored.ok");
        if (!File.Exists(marker))
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "Restore.csproj"), ProjectFile(packages, sources), cancellationToken).ConfigureAwait(false);
            var (exitCode, log) = await RunDotnetAsync(folder, ["build", "Restore.csproj", "-c", "Release", "-o", output, "-nologo", "-v:q", "-clp:NoSummary"], cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                var first = packages[0];
                string names = string.Join(", ", packages.Select(p => p.Version is null ? p.PackageId : $"{p.PackageId} {p.Version}"));
                throw new DirectiveException(first.Line, $"#r \"nuget: {first.PackageId}\": could not restore {names}: {FirstError(log)}");
            }
            await File.WriteAllTextAsync(marker, DateTime.UtcNow.ToString("O"), cancellationToken).ConfigureAwait(false);
        }
        return Directory.GetFiles(output, "*.dll")
            .Where(f => !Path.GetFileName(f).Equals("Restore.dll", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string ProjectFile(IReadOnlyList<NuGetReferenceDirective> packages, IReadOnlyList<string> sources)
    {
        var b = new StringBuilder();
        b.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        b.AppendLine("  <PropertyGroup>");
        b.AppendLine($"    <TargetFramework>{TargetFramework}</TargetFramework>");
        b.AppendLine("    <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>");
        b.AppendLine("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>");
        b.AppendLine("    <GenerateDocumentationFile>false</GenerateDocumentationFile>");
        b.AppendLine("    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>");
        if (sources.Count > 0)
            b.AppendLine($"    <RestoreAdditionalProjectSources>{SecurityElement.Escape(string.Join(';', sources))}</RestoreAdditionalProjectSources>");
        b.AppendLine("  </PropertyGroup>");
        b.AppendLine("  <ItemGroup>");
        foreach (var p in packages)
            b.AppendLine($"    <PackageReference Include=\"{SecurityElement.Escape(p.PackageId)}\" Version=\"{SecurityElement.Escape(p.Version ?? "*")}\" />");
        b.AppendLine("  </ItemGroup>");
        b.AppendLine("</Project>");
        return b.ToString();
    }

    /// <summary>
    /// The target framework moniker the engine was built for, e.g. "net10.0": restored packages must run on the runtime
    /// this process runs on, and the SDK that built the engine can restore for it.
    /// </summary>
    internal static string TargetFramework { get; } = Moniker(
        typeof(NuGetRestorer).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);

    // ".NETCoreApp,Version=v10.0" → "net10.0"; without the attribute, the running runtime's major.minor.
    internal static string Moniker(string? frameworkName)
    {
        const string marker = "Version=v";
        int at = frameworkName?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        return at >= 0 ? "net" + frameworkName![(at + marker.Length)..] : $"net{Environment.Version.Major}.{Environment.Version.Minor}";
    }

    private static async Task<(int ExitCode, string Log)> RunDotnetAsync(string workingDirectory, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        // A host started by `dotnet test` or `dotnet run` passes MSBuild settings meant for its own build; the restore
        // project must not inherit them.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
    }

    private static string DotnetPath()
    {
        string? fromHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromHost) && File.Exists(fromHost)) return fromHost;
        // The runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
        string runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        string candidate = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(candidate) ? candidate : "dotnet";
    }

    private static string FirstError(string log)
    {
        var line = log.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains(": error ", StringComparison.Ordinal));
        if (line is null) return log.Trim().Length > 0 ? log.Trim().Split('\n')[0] : "dotnet build failed without a message";
        int at = line.IndexOf(": error ", StringComparison.Ordinal);
        string message = line[(at + 2)..];
        int project = message.LastIndexOf(" [", StringComparison.Ordinal);
        return project > 0 ? message[..project] : message;
    }

    private static string Hash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
}
