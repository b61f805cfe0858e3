namespace AttnTutorial.Course.Tests.Clients;

/// <summary>Where a .NET tool the tests drive is installed: the path in an environment variable (.ci/run sets it), else on PATH or in ~/.dotnet/tools.</summary>
internal static class DotnetTool
{
    /// <summary>The tool's executable, or null when it is not installed (or the variable names a missing file).</summary>
    public static string? Find(string environmentVariable, string command)
    {
        if (Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        string name = OperatingSystem.IsWindows() ? command + ".exe" : command;
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools"));
        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }
}
