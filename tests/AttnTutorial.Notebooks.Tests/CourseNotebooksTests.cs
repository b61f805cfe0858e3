using System.Text.RegularExpressions;
using System.Xml.Linq;
using AttnTutorial.Notebooks.Directives;
using AttnTutorial.Notebooks.Ipynb;
using AttnTutorial.Notebooks.Running;
using AttnTutorial.Notebooks.Tests.Support;

namespace AttnTutorial.Notebooks.Tests;

/// <summary>
/// Every chapter in notebooks/ (and the engine's own test notebooks) runs clean with quick=true, and its
/// `#r "nuget: ..."` lines use the versions pinned in Directory.Packages.props.
/// </summary>
public class CourseNotebooksTests
{
    public static TheoryData<string> Notebooks() => new(NotebookPaths());

    /// <summary>
    /// Paths relative to the repository root: the chapters, their worked solutions (notebooks/solutions), then the
    /// engine's test notebooks.
    /// </summary>
    private static List<string> NotebookPaths()
    {
        var paths = new List<string>();
        foreach (string folder in new[] { RepoPaths.CourseNotebooks, Path.Combine(RepoPaths.CourseNotebooks, "solutions"), RepoPaths.TestNotebooks })
        {
            if (!Directory.Exists(folder)) continue;
            paths.AddRange(Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).Select(p => Path.GetRelativePath(RepoPaths.Root, p)));
        }
        return paths;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_RunsWithQuickTrue_WithoutACellError(string relativePath)
    {
        string path = Path.Combine(RepoPaths.Root, relativePath);
        var runner = new NotebookRunner(new RunOptions { Parameters = new Dictionary<string, string> { ["quick"] = "true" } });

        var result = await runner.RunFileAsync(path);

        Assert.True(result.Succeeded, result.FirstError ?? "the run was stopped");
        Assert.Equal(result.CodeCells, result.CellsRun);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_NuGetReferences_UseThePinnedVersions(string relativePath)
    {
        var pinned = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
        var notebook = IpynbReader.ReadFile(Path.Combine(RepoPaths.Root, relativePath));

        var mismatches = new List<string>();
        foreach (var (cell, index) in notebook.Cells.Select((c, i) => (c, i)).Where(p => p.c.Type == CellType.Code))
        {
            foreach (var package in DirectiveParser.Parse(cell.Source).Directives.OfType<NuGetReferenceDirective>())
            {
                if (!pinned.TryGetValue(package.PackageId, out string? version))
                    mismatches.Add($"cell {index + 1}, line {package.Line}: {package.PackageId} is not pinned in Directory.Packages.props");
                else if (package.Version != version)
                    mismatches.Add($"cell {index + 1}, line {package.Line}: {package.PackageId} {package.Version ?? "(no version)"}, pinned {version}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{relativePath}: " + string.Join("; ", mismatches));
    }

    [Fact]
    public void Notebooks_InTheRepository_CarryNoOutputs()
    {
        var withOutputs = NotebookPaths()
            .Where(p => IpynbReader.ReadFile(Path.Combine(RepoPaths.Root, p)).IsExecuted)
            .ToList();

        Assert.Empty(withOutputs);
    }

    [Fact]
    public void Notebooks_Exist()
    {
        Assert.NotEmpty(NotebookPaths());
        Assert.All(NotebookPaths(), p => Assert.Matches(new Regex(@"\d\d-[a-z0-9-]+\.ipynb$"), p));
    }
}
