namespace AttnTutorial.Notebooks.Rendering;

/// <summary>The book's one stylesheet, inlined in every page so a page works on its own.</summary>
internal static class BookStyles
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.55; color: #1f2328; margin: 0; }
        main, header, nav.pager { max-width: 60rem; margin: 0 auto; padding: 0 1.5rem; }
        header { padding-top: 1rem; border-bottom: 1px solid #d0d7de; }
        header a { color: #0969da; text-decoration: none; }
        nav.pager { display: flex; justify-content: space-between; padding-top: 1rem; padding-bottom: 2rem; }
        .cell { margin: 1rem 0; }
        .code pre.source { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .75rem; overflow-x: auto; margin: 0; }
        .code .prompt { color: #57606a; font-family: ui-monospace, monospace; font-size: .8rem; }
        pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; white-space: pre-wrap; }
        pre.output { margin: .25rem 0; padding: .5rem .75rem; border-left: 3px solid #d0d7de; }
        pre.stderr { background: #fff8e6; border-left-color: #d4a72c; }
        pre.error { background: #ffebe9; border-left-color: #cf222e; color: #82071e; }
        .output.html, .output.image, .output.plotly { margin: .25rem 0; overflow-x: auto; }
        .output table, .markdown table { border-collapse: collapse; }
        .output th, .output td, .markdown th, .markdown td { border: 1px solid #d0d7de; padding: .2rem .6rem; }
        .k { color: #cf222e; } .s { color: #0a3069; } .n { color: #0550ae; } .c { color: #6e7781; font-style: italic; } .d { color: #8250df; }
        .math { font-family: "Latin Modern Math", "STIX Two Math", "Cambria Math", serif; }
        div.math { margin: .75rem 0; white-space: pre-wrap; }
        .banner { background: #ffebe9; border: 1px solid #cf222e; border-radius: 6px; padding: .75rem; white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: .85rem; }
        ol.chapters li { margin: .4rem 0; } .failed { color: #cf222e; }
        """;
}
