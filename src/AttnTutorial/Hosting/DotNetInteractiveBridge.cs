using System.Reflection;

namespace AttnTutorial.Hosting;

/// <summary>
/// Gives a .NET Interactive C# kernel what the course engine provides and the chapters use: <c>CellCancellationToken</c>
/// (the running cell's token, which the kernel cancels on interrupt), the implicit usings <c>System.IO</c> and
/// <c>System.Threading</c>, HTML display for charts (offline) and <c>ToHtml()</c> values, and a <c>display(...)</c> whose
/// handle updates its own output: the kernel's <c>display</c> (1.0.712001) publishes one <c>DisplayedValue</c> and returns
/// another, with a different display id, so in Jupyter a live progress line never moved from its first text (the client
/// drops updates for an id it never showed). Ours displays through the running cell's context, which returns the value it
/// published. The library does not
/// reference .NET Interactive: it finds the kernel by reflection and defers <see cref="Submission"/> to it, and the
/// kernel runs deferred code before the next cell, so its declarations are there from the next cell on.
/// </summary>
internal static class DotNetInteractiveBridge
{
    public const string AssemblyName = "Microsoft.DotNet.Interactive";

    /// <summary>C# for the .NET Interactive kernel; it compiles it with its own references, so it may name its own types.</summary>
    public const string Submission = """
        using System.IO;
        using System.Threading;
        System.Threading.CancellationToken CellCancellationToken => Microsoft.DotNet.Interactive.KernelInvocationContext.Current?.CancellationToken ?? System.Threading.CancellationToken.None;
        Microsoft.DotNet.Interactive.Formatting.DisplayedValue display(object value, params string[] mimeTypes) =>
            Microsoft.DotNet.Interactive.KernelInvocationContext.Current is { } attnContext
                ? Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(attnContext, value, mimeTypes)
                : Microsoft.DotNet.Interactive.Kernel.display(value, mimeTypes);
        foreach (var attnHtmlType in AttnTutorial.Hosting.HtmlDisplay.Types)
            Microsoft.DotNet.Interactive.Formatting.Formatter.Register(attnHtmlType, (object value, System.IO.TextWriter writer) => writer.Write(AttnTutorial.Hosting.HtmlDisplay.ToHtml(value)), "text/html");
        """;

    /// <summary>The kernel handling the running cell (<c>KernelInvocationContext.Current.HandlingKernel</c>).</summary>
    /// <exception cref="InvalidOperationException">Not called from a running cell, or .NET Interactive's API changed.</exception>
    public static object CurrentKernel(Assembly interactive)
    {
        var contextType = interactive.GetType("Microsoft.DotNet.Interactive.KernelInvocationContext") ?? throw Changed("KernelInvocationContext");
        object context = contextType.GetProperty("Current", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException("NotebookHost.Setup() must run inside a notebook cell (no .NET Interactive cell is running)");
        return contextType.GetProperty("HandlingKernel")?.GetValue(context) ?? throw Changed("KernelInvocationContext.HandlingKernel");
    }

    /// <summary>Defers <see cref="Submission"/> to <paramref name="kernel"/>, which runs it before its next cell.</summary>
    /// <exception cref="InvalidOperationException">.NET Interactive's API changed.</exception>
    public static void DeferSubmission(Assembly interactive, object kernel)
    {
        var submitCode = interactive.GetType("Microsoft.DotNet.Interactive.Commands.SubmitCode") ?? throw Changed("Commands.SubmitCode");
        var constructor = submitCode.GetConstructors().FirstOrDefault(c => c.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(string)
                && c.GetParameters().Skip(1).All(p => p.HasDefaultValue))
            ?? throw Changed("SubmitCode(string code, ...)");
        object command = constructor.Invoke([Submission, .. constructor.GetParameters().Skip(1).Select(p => p.DefaultValue)]);
        var defer = kernel.GetType().GetMethod("DeferCommand", [submitCode.BaseType!]) ?? kernel.GetType().GetMethod("DeferCommand") ?? throw Changed("Kernel.DeferCommand");
        defer.Invoke(kernel, [command]);
    }

    /// <summary>The error for a missing type or member of .NET Interactive's API.</summary>
    internal static InvalidOperationException Changed(string member) =>
        new($"this version of .NET Interactive has no {member}; NotebookHost.Setup() was written for Microsoft.dotnet-interactive 1.0.712001");
}
