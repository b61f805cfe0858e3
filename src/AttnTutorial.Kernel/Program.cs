using AttnTutorial.Kernel;
using AttnTutorial.Kernel.Protocol;
using AttnTutorial.Notebooks.Execution;

// Started by a Jupyter client from the kernelspec: `dotnet AttnTutorial.Kernel.dll <connection file>`.
KernelLog.UseStandardError();
if (args.Length != 1 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: AttnTutorial.Kernel <connection file>   (Jupyter clients start it from the kernelspec; install it with `attntutorial kernel install`)");
    return args.Length == 1 ? 0 : 2;
}

ConnectionInfo connection;
try
{
    connection = ConnectionInfo.Load(args[0]);
}
catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"attntutorial-kernel: cannot use the connection file: {e.Message}");
    return 2;
}

// A learner's training cell may run for a long time; interrupting it is the way to stop it, not a timeout.
var options = new SessionOptions { CellTimeout = TimeSpan.FromDays(24) };
try
{
    JupyterKernel.Run(connection, options);
    return 0;
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"attntutorial-kernel: {e.Message}");
    return 1;
}
