"""Drives .NET Interactive's Jupyter kernel (dotnet-interactive jupyter) with jupyter_client, as JupyterLab does, through
chapter 05's own cells: its setup cell (NotebookHost.Setup()), its parameters cell and its TrainLive helper, then

- a cell that polls CellCancellationToken, interrupted after a second;
- the seed recipe in full, trained with the chapter's live progress line: the line updates in place while the cell runs
  (update_display_data with the display_id of the line's display_data), and Interrupt stops the training;
- and then shutdown_request still ends the kernel.

usage: python3 drive_dotnet_interactive.py KERNEL_NAME CHAPTER_05.ipynb

The kernel starts in the notebook's folder, so the chapter's relative #r path resolves. Prints one "ok: ..." line per
check (and "measured: ..." lines with times) and exits 0, or prints "FAIL: ..." and exits 1.
"""
import os
import re
import sys
import time

import nbformat

from kernel_client import TIMEOUT, Failure, check, interrupt, messages, of_type, run, session


def chapter_cells(path):
    cells = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]

    def find(what, predicate):
        found = [c.source for c in cells if predicate(c)]
        if not found:
            raise Failure(f"{os.path.basename(path)} has no {what} cell")
        return found[0]

    setup = cells[0].source
    check("NotebookHost.Setup()" in setup, "the chapter's first cell calls NotebookHost.Setup()")
    parameters = find("parameters", lambda c: "parameters" in c.metadata.get("tags", []))
    helper = find("TrainLive helper", lambda c: "TrainLive(Experiment" in c.source)
    return setup, parameters, helper


def wait_for(kc, msg_id, wanted, what):
    """IOPub messages of msg_id until wanted(msg) is true; returns (that message, the ones before it)."""
    seen = []
    for msg in messages(kc, msg_id, time.monotonic() + TIMEOUT):
        if msg["msg_type"] == "error":
            raise Failure(f"the cell failed while waiting for {what}: {msg['content'].get('evalue')}")
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            raise Failure(f"the cell ended while waiting for {what}: {seen}")
        if wanted(msg):
            return msg, seen
        seen.append(msg)


def value(outputs):
    """A cell's value as text: .NET Interactive sends numbers and booleans as text/html only (<div class="dni-plaintext"><pre>42</pre></div>, then a style sheet)."""
    results = of_type(outputs, "execute_result")
    if not results:
        raise Failure(f"no value: {outputs}")
    data = results[0]["data"]
    if "text/plain" in data:
        return data["text/plain"]
    shown = re.search(r"<pre>(.*?)</pre>", data.get("text/html", ""), re.S)
    if not shown:
        raise Failure(f"a value with neither text/plain nor <pre>: {data}")
    return shown.group(1).strip()


def scenario(km, kc, setup, parameters, helper):
    started = time.monotonic()
    reply, outputs = run(kc, setup, timeout=max(TIMEOUT, 600))
    check(reply["status"] == "ok", "the chapter's setup cell runs (packages restored, library loaded)", (reply, outputs))
    print(f"measured: setup cell {time.monotonic() - started:.1f} s", flush=True)
    for source, what in ((parameters, "parameters"), (helper, "TrainLive helper")):
        reply, outputs = run(kc, source)
        check(reply["status"] == "ok", f"the chapter's {what} cell runs", (reply, outputs))

    # A cell of one's own that polls the token, as the README tells learners to. The kernel answers an interrupted cell
    # at once whether or not the cell stops; the counter shows that the loop itself ended.
    reply, _ = run(kc, "var polls = new int[1];")
    check(reply["status"] == "ok", "a counter for the polling cell", reply)
    msg_id = kc.execute("while (true) { CellCancellationToken.ThrowIfCancellationRequested(); polls[0]++; Thread.Sleep(10); }")
    wait_for(kc, msg_id, lambda m: m["msg_type"] == "execute_input", "the polling cell to start")
    time.sleep(1.0)
    reply, outputs, elapsed = interrupt(km, kc, msg_id)
    check(reply["status"] == "error", "an interrupted polling cell ends with an error reply", reply)
    check(of_type(outputs, "error"), "the interrupted cell shows an error", outputs)
    print(f"measured: polling cell interrupted, idle after {elapsed:.2f} s", flush=True)
    _, first = run(kc, "polls[0]")
    time.sleep(1.0)
    reply, second = run(kc, "polls[0]")
    check(reply["status"] == "ok" and int(value(first)) > 0 and value(first) == value(second),
          f"the polling loop saw the token and ended after {value(first)} polls", (first, second))

    # Chapter 05's seed recipe in full (15 epochs of 110 batches: minutes), with the chapter's progress line.
    reply, outputs = run(kc, "var seedRun = Experiment.Prepare(Sized(Recipe.Seed, quickEpochs: 1));\n"
                             "double WeightSum() => seedRun.Model.parameters().Sum(p => (double)p.abs().sum().item<float>());")
    check(reply["status"] == "ok", "the seed recipe's data and model are prepared", (reply, outputs))
    msg_id = kc.execute('TrainLive(seedRun, "seed recipe");')
    line, _ = wait_for(kc, msg_id, lambda m: m["msg_type"] == "display_data", "the progress line")
    display_id = line["content"].get("transient", {}).get("display_id")
    check(display_id and "seed recipe: starting" in line["content"]["data"].get("text/plain", ""),
          "the progress line is a display with a display_id", line["content"])
    texts = []
    while len(texts) < 3:
        update, skipped = wait_for(kc, msg_id, lambda m: m["msg_type"] == "update_display_data", "progress")
        check(update["content"]["transient"]["display_id"] == display_id and not [m for m in skipped if m["msg_type"] == "display_data"],
              f"progress report {len(texts) + 1} updates the line in place", (update["content"], skipped))
        texts.append(update["content"]["data"]["text/plain"])
    check(all(t.startswith("seed recipe: epoch 1/15 · batch ") for t in texts) and len(set(texts)) == len(texts),
          f"the line shows the trainer's progress ({texts[-1]})", texts)

    reply, outputs, elapsed = interrupt(km, kc, msg_id)
    check(reply["status"] == "error", "interrupted training ends with an error reply", reply)
    print(f"measured: training interrupted, idle after {elapsed:.2f} s", flush=True)
    # The trainer checks the token before every batch: the weights stop changing within one batch.
    time.sleep(1.0)
    _, first = run(kc, "WeightSum()")
    time.sleep(3.0)
    _, second = run(kc, "WeightSum()")
    check(value(first) == value(second), f"training stopped: the weights no longer change ({value(first)})", (value(first), value(second)))

    # SIGINT no longer stops the kernel, but Jupyter's way to stop it, shutdown_request, still does.
    kc.shutdown()
    deadline = time.monotonic() + 30
    while km.is_alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    check(not km.is_alive(), "the kernel process exits after shutdown_request")


def main(kernel_name, notebook):
    setup, parameters, helper = chapter_cells(notebook)
    return session(lambda km, kc: scenario(km, kc, setup, parameters, helper), kernel_name, cwd=os.path.dirname(os.path.abspath(notebook)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
