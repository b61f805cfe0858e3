namespace AttnTutorial.Notebooks.Worker;

/// <summary>
/// How to start a notebook worker process: an executable and the arguments that reach <see cref="NotebookWorker.RunAsync"/>;
/// <c>--pipe NAME</c> is appended. The CLI re-invokes itself: <c>attntutorial notebooks worker</c>.
/// </summary>
/// <param name="FileName">The executable, e.g. the CLI's app host, or <c>dotnet</c> with the CLI's dll as the first argument.</param>
public sealed record NotebookWorkerCommand(string FileName, IReadOnlyList<string> Arguments);
