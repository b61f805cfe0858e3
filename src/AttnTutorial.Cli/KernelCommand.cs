using AttnTutorial.Kernel.Install;

namespace AttnTutorial.Cli;

/// <summary>
/// <c>kernel install [--user | --prefix DIR]</c> and <c>kernel uninstall [--user | --prefix DIR]</c>: writes or
/// removes the Jupyter kernelspec that starts the kernel built next to this CLI.
/// </summary>
internal static class KernelCommand
{
    private const string Usage = "usage: attntutorial kernel install|uninstall [--user | --prefix DIR]";

    public static int Run(string[] args)
    {
        // Help wins wherever it stands: `kernel install --help` asks what install does, it is not an install.
        bool help = args.Any(a => a is "-h" or "--help");
        if (args.Length == 0 || help)
        {
            Console.Out.WriteLine(Usage);
            Console.Out.WriteLine("  install    write the kernelspec 'attntutorial-csharp' (\"C# (AttnTutorial)\") for VS Code, JupyterLab and other Jupyter clients");
            Console.Out.WriteLine("  uninstall  remove it");
            Console.Out.WriteLine("  --user     into the user's Jupyter data folder (the default)");
            Console.Out.WriteLine("  --prefix   into DIR/share/jupyter/kernels (a virtualenv, conda env or test prefix)");
            return help ? 0 : 2;
        }
        if (args[0] is not ("install" or "uninstall"))
            return Fail($"kernel: unknown action '{args[0]}'. {Usage}");
        string? kernels = null;
        bool user = true;
        for (int i = 1; i < args.Length; i++)
        {
            string? folder = args[i] switch
            {
                "--user" => JupyterPaths.UserKernels(),
                "--prefix" when i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) => JupyterPaths.PrefixKernels(args[++i]),
                "--prefix" => null,
                _ => null,
            };
            if (folder is null)
                return Fail(args[i] == "--prefix" ? "kernel: --prefix needs a folder, e.g. --prefix ~/.venvs/course" : $"kernel: unknown option '{args[i]}'. {Usage}");
            if (kernels is not null) return Fail($"kernel: give at most one of --user and --prefix DIR. {Usage}");
            kernels = folder;
            user = args[i] == "--user";
        }
        kernels ??= JupyterPaths.UserKernels();

        try
        {
            if (args[0] == "uninstall")
            {
                string? removed = KernelSpecInstaller.Uninstall(kernels);
                Console.Out.WriteLine(removed is null ? $"no kernelspec '{KernelSpec.Name}' in {kernels}; nothing to remove" : $"removed {removed}");
                return 0;
            }
            string kernelAssembly = Path.Combine(AppContext.BaseDirectory, KernelSpec.KernelAssemblyFileName);
            string installed = KernelSpecInstaller.Install(kernels, KernelSpec.CurrentDotnetHost(), kernelAssembly);
            Console.Out.WriteLine($"installed kernelspec '{KernelSpec.Name}' (\"{KernelSpec.DisplayName}\") in {installed}");
            Console.Out.WriteLine($"it starts {kernelAssembly}; rebuild with the same configuration to update the kernel, no reinstall needed");
            if (user && JupyterPaths.VsCodeDiscoveryWarning() is { } warning) Console.Error.WriteLine(warning);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"kernel {args[0]}: {e.Message}");
            return 1;
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
