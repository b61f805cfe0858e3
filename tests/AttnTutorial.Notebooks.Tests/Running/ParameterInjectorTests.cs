using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Running;

namespace AttnTutorial.Notebooks.Tests.Running;

public class ParameterInjectorTests
{
    private static Notebook WithParameters(string source)
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellType.Markdown, "# T"));
        var parameters = new NotebookCell(CellType.Code, source);
        parameters.Metadata["tags"] = new System.Text.Json.Nodes.JsonArray("parameters");
        notebook.Cells.Add(parameters);
        notebook.Cells.Add(new NotebookCell(CellType.Code, "Console.WriteLine(quick);"));
        return notebook;
    }

    [Fact]
    public void ReadDefaults_ParametersCell_ListsNamesTypesAndDefaults()
    {
        var notebook = WithParameters("#!csharp\nbool quick = false; // fast run\nint epochs = 10;\ndouble lr = 1e-3;\nstring name = \"run\";\nvar seed = 42;");

        var parameters = ParameterInjector.ReadDefaults(notebook);

        Assert.Equal(
            [new("quick", "bool", "false"), new("epochs", "int", "10"), new("lr", "double", "1e-3"), new("name", "string", "\"run\""), new NotebookParameter("seed", "int", "42")],
            parameters);
    }

    [Fact]
    public void Inject_Values_AddsATaggedCellAfterTheParametersCellWithTypedLiterals()
    {
        var notebook = WithParameters("bool quick = false;\nint epochs = 10;\ndouble lr = 0.01;\nstring name = \"run\";");

        var injected = ParameterInjector.Inject(notebook,
            new Dictionary<string, string> { ["quick"] = "True", ["epochs"] = "3", ["lr"] = "1e-4", ["name"] = "say \"hi\"" }, "nb.ipynb");

        Assert.Equal(4, injected.Cells.Count);
        var cell = injected.Cells[2];
        Assert.True(cell.HasTag("injected-parameters"));
        Assert.EndsWith("bool quick = true;\nint epochs = 3;\ndouble lr = 0.0001d;\nstring name = \"say \\\"hi\\\"\";", cell.Source, StringComparison.Ordinal);
        Assert.Equal(3, notebook.Cells.Count);
    }

    [Fact]
    public void Inject_Again_ReplacesTheEarlierInjectedCell()
    {
        var once = ParameterInjector.Inject(WithParameters("bool quick = false;"), new Dictionary<string, string> { ["quick"] = "true" }, "nb.ipynb");

        var twice = ParameterInjector.Inject(once, new Dictionary<string, string> { ["quick"] = "false" }, "nb.ipynb");

        Assert.Single(twice.Cells, c => c.HasTag("injected-parameters"));
        Assert.EndsWith("bool quick = false;", twice.Cells[2].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Inject_UnknownName_NamesItAndTheDeclaredOnes()
    {
        var e = Assert.Throws<NotebookParameterException>(() =>
            ParameterInjector.Inject(WithParameters("bool quick = false;"), new Dictionary<string, string> { ["quik"] = "true" }, "01-x.ipynb"));

        Assert.Equal("01-x.ipynb: parameter 'quik' is not declared in the parameters cell (cell 2); it declares: bool quick", e.Message);
    }

    [Theory]
    [InlineData("bool quick = false;", "quick", "yes", "parameter 'quick' is a bool and expects true or false, got 'yes'")]
    [InlineData("int epochs = 1;", "epochs", "2.5", "parameter 'epochs' is a int and expects a whole number, got '2.5'")]
    [InlineData("double lr = 1;", "lr", "fast", "parameter 'lr' is a double and expects a finite number, got 'fast'")]
    [InlineData("DateTime when = default;", "when", "now", "parameter 'when' has type DateTime; only bool, int, long, float, double, decimal and string parameters can be set")]
    public void Inject_ValueOfTheWrongType_IsAClearError(string declaration, string name, string value, string message)
    {
        var e = Assert.Throws<NotebookParameterException>(() =>
            ParameterInjector.Inject(WithParameters(declaration), new Dictionary<string, string> { [name] = value }, "nb.ipynb"));

        Assert.Equal("nb.ipynb: " + message, e.Message);
    }

    [Fact]
    public void Inject_NoParametersCell_InfersTypesInjectsFirstAndWarns()
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellType.Code, "1"));
        var warnings = new List<string>();

        var injected = ParameterInjector.Inject(notebook, new Dictionary<string, string> { ["quick"] = "true", ["n"] = "3", ["x"] = "0.5", ["s"] = "a" }, "nb.ipynb", warnings);

        Assert.EndsWith("bool quick = true;\nint n = 3;\ndouble x = 0.5d;\nstring s = \"a\";", injected.Cells[0].Source, StringComparison.Ordinal);
        Assert.Single(warnings);
    }
}
