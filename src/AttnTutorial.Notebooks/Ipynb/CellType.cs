namespace AttnTutorial.Notebooks.Ipynb;

/// <summary>The three cell types of nbformat 4.</summary>
public enum CellType
{
    Code,
    Markdown,
    Raw,
}
