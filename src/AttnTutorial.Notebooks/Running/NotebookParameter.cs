namespace AttnTutorial.Notebooks.Running;

/// <summary>A parameter declared in a notebook's <c>parameters</c> cell, e.g. <c>bool quick = false;</c>.</summary>
/// <param name="Type">The C# keyword of its type: bool, int, long, float, double, decimal or string.</param>
/// <param name="Default">The initializer as written.</param>
public sealed record NotebookParameter(string Name, string Type, string Default);
