using System.Text.Json.Nodes;

namespace AttnTutorial.Course.Tests.Clients;

public class CourseMirrorTests
{
    [Fact]
    public void WithQuickTrue_SetsOnlyTheParameterLine()
    {
        string ipynb = """
            {"cells": [
              {"cell_type": "code", "metadata": {}, "source": ["bool quick = false;\n"], "outputs": []},
              {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": ["// quick\n", "bool quick = false;   // fast\n", "int threads = 1;"], "outputs": []}
            ]}
            """;

        var cells = JsonNode.Parse(CourseMirror.WithQuickTrue(ipynb, "test.ipynb"))!["cells"]!.AsArray();

        Assert.Equal("bool quick = false;\n", cells[0]!["source"]![0]!.GetValue<string>());
        Assert.Equal(["// quick\n", "bool quick = true;   // fast\n", "int threads = 1;"], cells[1]!["source"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public void WithQuickTrue_NoParametersCell_NamesTheNotebook()
    {
        var e = Assert.Throws<InvalidOperationException>(() => CourseMirror.WithQuickTrue("""{"cells": []}""", "99-missing.ipynb"));

        Assert.Contains("99-missing.ipynb", e.Message, StringComparison.Ordinal);
    }
}
