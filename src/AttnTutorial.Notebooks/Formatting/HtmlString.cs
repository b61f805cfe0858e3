namespace AttnTutorial.Notebooks.Formatting;

/// <summary>Text that is already HTML; displays as <c>text/html</c>. Cells create one with <c>HTML("...")</c>.</summary>
public sealed record HtmlString(string Html)
{
    public string ToHtml() => Html;

    public override string ToString() => Html;
}
