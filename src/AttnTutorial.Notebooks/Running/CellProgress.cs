namespace AttnTutorial.Notebooks.Running;

/// <summary>Reported before each code cell runs.</summary>
/// <param name="Notebook">The notebook's file name.</param>
/// <param name="Cell">The cell's name in errors, e.g. "cell 7".</param>
/// <param name="Index">1-based among the code cells to run.</param>
/// <param name="Count">How many code cells the notebook has.</param>
public sealed record CellProgress(string Notebook, string Cell, int Index, int Count);
