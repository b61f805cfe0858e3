// Opens a notebook in a running classic Jupyter Notebook server with headless Chromium (puppeteer-core), runs every
// cell on the notebook's kernel, counts the Plotly charts drawn as SVG, saves, reloads the page and counts again.
//
// usage: node notebook_charts.js NOTEBOOK_URL CHROMIUM_PATH TIMEOUT_SECONDS
//
// Prints one JSON line: {"run": {...}, "reload": {...}, "pageErrors": [...]} with, for each page state, the chart
// outputs, those drawn (Plotly's svg.main-svg inside them), those that say plotly.js is missing, error outputs, code
// cells (and how many ran) and whether the notebook is trusted. Any host name but the server's fails to resolve: nothing may come from a CDN.
// Exits 1 with a message on a timeout or a browser error.
const puppeteer = require("puppeteer-core");

const [url, chromium, timeoutSeconds] = process.argv.slice(2);
const timeout = Number(timeoutSeconds || 300) * 1000;

async function notebookLoaded(page) {
  await page.waitForFunction(
    () => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected(),
    { timeout, polling: 250 });
}

// Counted after every code cell has a number in its prompt (a cell still running shows "*").
async function state(page) {
  return page.evaluate(() => {
    const code = Jupyter.notebook.get_cells().filter(c => c.cell_type === "code");
    return {
      codeCells: code.length,
      executed: code.filter(c => typeof c.input_prompt_number === "number").length,
      charts: document.querySelectorAll(".output_area .plotly-figure").length,
      drawn: [...document.querySelectorAll(".output_area .plotly-figure")].filter(d => d.querySelector("svg.main-svg")).length,
      missingPlotly: [...document.querySelectorAll(".output_area .plotly-figure")].filter(d => /needs plotly\.js/.test(d.textContent)).length,
      errors: document.querySelectorAll(".output_area .output_error").length,
      trusted: Jupyter.notebook.trusted,
    };
  });
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on("pageerror", e => pageErrors.push(String(e)));
    await page.goto(url, { waitUntil: "load", timeout });
    await notebookLoaded(page);

    await page.evaluate(() => Jupyter.notebook.execute_all_cells());
    await page.waitForFunction(() => {
      const code = Jupyter.notebook.get_cells().filter(c => c.cell_type === "code");
      return code.every(c => typeof c.input_prompt_number === "number") && !Jupyter.notebook.kernel_busy;
    }, { timeout, polling: 500 });
    // Plotly draws asynchronously after newPlot returns.
    await new Promise(r => setTimeout(r, 2000));
    const run = await state(page);

    await page.evaluate(() => Jupyter.notebook.save_notebook());
    await page.waitForFunction(() => !Jupyter.notebook.dirty, { timeout, polling: 250 });
    await page.reload({ waitUntil: "load", timeout });
    await notebookLoaded(page);
    await new Promise(r => setTimeout(r, 2000));
    const reload = await state(page);

    console.log(JSON.stringify({ run, reload, pageErrors }));
  } finally {
    await browser.close();
  }
})().catch(e => {
  console.error(`notebook_charts.js: ${e && e.stack || e}`);
  process.exit(1);
});
