using System.Text.Json.Nodes;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Notebooks.Tests.Rendering;

/// <summary>Code cells whose output is a Plotly figure, as the book's chart tests need them.</summary>
internal static class ChartCells
{
    /// <summary>A cell "Chart()" showing a three-point scatter drawn with <paramref name="layout"/>.</summary>
    public static NotebookCell Scatter(JsonObject layout)
    {
        var cell = new NotebookCell(CellType.Code, "Chart()");
        cell.Outputs.Add(new JsonObject
        {
            ["output_type"] = "display_data",
            ["metadata"] = new JsonObject(),
            ["data"] = new JsonObject
            {
                ["application/vnd.plotly.v1+json"] = new JsonObject
                {
                    ["data"] = new JsonArray(new JsonObject { ["type"] = "scatter", ["x"] = new JsonArray(0, 1, 2), ["y"] = new JsonArray(1, 3, 2) }),
                    ["layout"] = layout,
                },
            },
        });
        return cell;
    }
}
