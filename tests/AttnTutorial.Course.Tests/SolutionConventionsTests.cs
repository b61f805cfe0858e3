using System.Text.RegularExpressions;
using AttnTutorial.Notebooks.Ipynb;

namespace AttnTutorial.Course.Tests;

/// <summary>
/// Every exercise of every chapter has a section in its worked solution that quotes it in the chapter's words, so a
/// chapter that rewords an exercise cannot leave its solution answering the old question.
/// <para>
/// The rule. An <b>exercise</b> is an item of the numbered list that follows the heading <c>## Exercises</c> in a
/// chapter's Markdown ("1. *(easy)* …"; lines indented under an item continue it, blank lines are skipped, and the
/// first other line ends the list). A solution (notebooks/solutions/ under the chapter's file name) answers exercise
/// N in a section headed <c>## Exercise N</c> (the course writes "## Exercise N · a title"), whose first lines after
/// the heading are a block quote (<c>&gt; …</c>) of the exercise. The quote must equal the chapter's item after
/// line breaks and runs of white space are folded to one space, since the quote is re-wrapped behind "&gt; ". Only
/// the quote is compared: titles and answers are free. Fails on a missing solution notebook or section, a section
/// without a quote, a quote that differs, and a section for an exercise the chapter does not have.
/// </para>
/// </summary>
public class SolutionConventionsTests
{
    public static TheoryData<string> Chapters() => CourseNotebooks.Theory(CourseNotebooks.Chapters);

    [Theory]
    [MemberData(nameof(Chapters))]
    public void Solution_QuotesEveryExerciseOfItsChapter_InTheChaptersWords(string chapter)
    {
        var exercises = Exercises(Markdown(chapter));
        Assert.True(exercises.Count > 0, $"{chapter}: no numbered list under \"## Exercises\"");
        string solution = Path.Combine(Path.GetDirectoryName(chapter)!, "solutions", Path.GetFileName(chapter));
        Assert.True(File.Exists(RepoPaths.File(solution)), $"{chapter} has {exercises.Count} exercises but no worked solution {solution}");

        var problems = Compare(exercises, Quotes(Markdown(solution)));

        Assert.True(problems.Count == 0, $"{solution} against {chapter}: " + string.Join("; ", problems));
    }

    [Fact]
    public void Compare_ReportsAReworded_AMissing_AnUnquoted_AndAnExtraExercise()
    {
        // The rule itself, on a chapter and a solution small enough to read: the test above is only as good as this.
        var exercises = Exercises([
            "## Summary\n\n- a point\n\n## Exercises\n\n1. *(easy)* Count the flat\n   segments.\n2. *(medium)* Plot the starts.\n\n" +
            "3. *(open)* Explain.\n\nNext: chapter 03.",
        ]);
        Assert.Equal(new[] { 1, 2, 3 }, exercises.Keys.Order());
        Assert.Equal("*(easy)* Count the flat segments.", exercises[1]);

        var quotes = Quotes([
            "## Exercise 1 · Count\n\n> *(easy)* Count the\n> flat segments.\n\n**Answer.** 12.",
            "## Exercise 2 · Starts\n\n> *(medium)* Plot the lengths.",
            "## Exercise 4 · Extra\n\n> *(open)* Something else.",
        ]);
        var problems = Compare(exercises, quotes);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("exercise 2: the quote differs", StringComparison.Ordinal) && p.Contains("lengths", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("exercise 3: no section", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("\"## Exercise 4\"", StringComparison.Ordinal));

        var unquoted = Compare(new Dictionary<int, string> { [1] = "*(easy)* A." }, Quotes(["## Exercise 1 · A\n\n*(easy)* A."]));
        Assert.StartsWith("exercise 1: the section quotes nothing", Assert.Single(unquoted), StringComparison.Ordinal);
    }

    /// <summary>Exercise number → its text, folded; empty when the notebook has no "## Exercises" list.</summary>
    internal static Dictionary<int, string> Exercises(IEnumerable<string> markdownCells)
    {
        var items = new Dictionary<int, List<string>>();
        foreach (var cell in markdownCells)
        {
            var lines = cell.Split('\n');
            int heading = Array.FindIndex(lines, l => l.TrimEnd() == "## Exercises");
            if (heading < 0) continue;
            int? current = null;
            foreach (var line in lines.Skip(heading + 1))
            {
                var item = ListItem.Match(line);
                if (item.Success)
                {
                    current = int.Parse(item.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    items[current.Value] = [item.Groups[2].Value];
                }
                else if (string.IsNullOrWhiteSpace(line)) continue;
                else if (current is not null && char.IsWhiteSpace(line[0])) items[current.Value].Add(line);
                else if (current is not null) break;
            }
        }
        return items.ToDictionary(p => p.Key, p => Fold(string.Join(" ", p.Value)));
    }

    /// <summary>Exercise number → the block quote under its "## Exercise N" heading, folded ("" when there is none).</summary>
    internal static Dictionary<int, List<string>> Quotes(IEnumerable<string> markdownCells)
    {
        var quotes = new Dictionary<int, List<string>>();
        foreach (var cell in markdownCells)
        {
            var lines = cell.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                var heading = SectionHeading.Match(lines[i]);
                if (!heading.Success) continue;
                int j = i + 1;
                while (j < lines.Length && string.IsNullOrWhiteSpace(lines[j])) j++;
                var quoted = new List<string>();
                for (; j < lines.Length && lines[j].StartsWith('>'); j++) quoted.Add(lines[j][1..]);
                int number = int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (!quotes.TryGetValue(number, out var list)) quotes[number] = list = [];
                list.Add(Fold(string.Join(" ", quoted)));
            }
        }
        return quotes;
    }

    /// <summary>One line per way the solution's quotes differ from the chapter's exercises; empty when they agree.</summary>
    internal static List<string> Compare(IReadOnlyDictionary<int, string> exercises, IReadOnlyDictionary<int, List<string>> quotes)
    {
        var problems = new List<string>();
        foreach (var (number, text) in exercises.OrderBy(p => p.Key))
        {
            if (!quotes.TryGetValue(number, out var sections))
            {
                problems.Add($"exercise {number}: no section \"## Exercise {number} · …\" quoting \"{Excerpt(text, 0)}\"");
                continue;
            }
            if (sections.Count > 1) problems.Add($"exercise {number}: {sections.Count} sections \"## Exercise {number}\"; keep one");
            string quote = sections[0];
            if (quote.Length == 0)
                problems.Add($"exercise {number}: the section quotes nothing; put the chapter's text under its heading as a block quote (> …)");
            else if (quote != text)
            {
                int at = 0;
                while (at < quote.Length && at < text.Length && quote[at] == text[at]) at++;
                problems.Add($"exercise {number}: the quote differs from the chapter at character {at + 1}: chapter \"…{Excerpt(text, at)}\", solution \"…{Excerpt(quote, at)}\"");
            }
        }
        foreach (var number in quotes.Keys.Where(n => !exercises.ContainsKey(n)).Order())
            problems.Add($"\"## Exercise {number}\" answers no exercise of the chapter (it has {string.Join(", ", exercises.Keys.Order())})");
        return problems;
    }

    private static readonly Regex ListItem = new(@"^(\d+)\.\s+(.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex SectionHeading = new(@"^## Exercise (\d+)\b", RegexOptions.CultureInvariant);

    private static string Fold(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    // Up to fifty characters from ten before the first difference, so the message shows the changed words.
    private static string Excerpt(string text, int at)
    {
        int from = Math.Max(0, at - 10);
        return text.Substring(from, Math.Min(50, text.Length - from));
    }

    private static IEnumerable<string> Markdown(string notebook) =>
        IpynbReader.ReadFile(RepoPaths.File(notebook)).Cells.Where(c => c.Type == CellType.Markdown).Select(c => c.Source);
}
