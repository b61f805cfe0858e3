"""Drives the attntutorial-csharp kernel with jupyter_client, as VS Code and JupyterLab do.

usage: python3 drive_kernel.py SCENARIO...   (protocol, interrupt, interrupt_training, bad_signature, restart)

Prints one "ok: ..." line per check and exits 0, or prints "FAIL: ..." and exits 1. The kernelspec must be on
JUPYTER_PATH (the xunit fixture installs it into a temporary prefix).
"""
import os
import sys
import tempfile
import time
import uuid

import zmq
from jupyter_client.session import Session

from kernel_client import TIMEOUT, Failure, check, collect, interrupt, of_type, run, session, shell_reply


def request(kc, send, msg_type):
    reply = shell_reply(kc, send())
    if reply["msg_type"] != msg_type:
        raise Failure(f"expected {msg_type}, got {reply['msg_type']}")
    return reply["content"]


def scenario_protocol(kc):
    info = request(kc, kc.kernel_info, "kernel_info_reply")
    check(info["language_info"]["name"] == "csharp", "kernel_info names C#", info["language_info"])
    check(info["protocol_version"].startswith("5."), "kernel_info protocol 5.x", info["protocol_version"])

    reply, outputs = run(kc, "var answer = 40 + 2;\nConsole.WriteLine(\"hello from C#\");\nanswer")
    check(reply["status"] == "ok", "execute ok", reply)
    check(of_type(outputs, "execute_input") and of_type(outputs, "execute_input")[0]["execution_count"] == reply["execution_count"],
          "execute_input carries the execution count", outputs)
    check(any(s["name"] == "stdout" and "hello from C#" in s["text"] for s in of_type(outputs, "stream")), "stdout stream", outputs)
    results = of_type(outputs, "execute_result")
    check(results and results[0]["data"]["text/plain"] == "42", "execute_result 42", outputs)
    first_count = reply["execution_count"]

    reply, outputs = run(kc, "answer * 2")
    check(reply["execution_count"] == first_count + 1, "execution count increases", reply)
    check(of_type(outputs, "execute_result")[0]["data"]["text/plain"] == "84", "state carries over", outputs)

    reply, outputs = run(kc, "throw new InvalidOperationException(\"boom\");")
    check(reply["status"] == "error" and "InvalidOperationException" in reply["ename"] and reply["evalue"] == "boom",
          "exception gives an error reply", reply)
    check(of_type(outputs, "error"), "exception gives an error output", outputs)

    reply, _ = run(kc, "int broken = \"text\";")
    check(reply["status"] == "error" and "CS0029" in reply["evalue"], "compile error gives an error reply", reply)

    reply, outputs = run(kc, "answer + 1")
    check(reply["status"] == "ok" and of_type(outputs, "execute_result")[0]["data"]["text/plain"] == "43",
          "kernel keeps running after errors", outputs)

    reply, outputs = run(kc, "var progress = display(\"step 0\");\nfor (int i = 1; i <= 3; i++) progress.Update($\"step {i}\");")
    displays, updates = of_type(outputs, "display_data"), of_type(outputs, "update_display_data")
    check(len(displays) == 1 and displays[0]["data"]["text/plain"] == "step 0", "display_data", outputs)
    display_id = displays[0]["transient"]["display_id"]
    check([u["data"]["text/plain"] for u in updates] == ["step 1", "step 2", "step 3"]
          and all(u["transient"]["display_id"] == display_id for u in updates), "update_display_data with the same display_id", updates)

    reply, outputs = run(kc, "progress.Update(\"done\");")
    updates = of_type(outputs, "update_display_data")
    check(len(updates) == 1 and updates[0]["transient"]["display_id"] == display_id, "a later cell updates an earlier display", outputs)

    reply, outputs = run(kc, "Console.WriteLine(\"quiet\"); 5", silent=True)
    check(reply["status"] == "ok" and not of_type(outputs, "stream") and not of_type(outputs, "execute_result"),
          "silent execution shows nothing", outputs)

    reply, _ = run(kc, "var longVariableName = 1; var numbers = new List<int> { 1, 2 };")
    content = request(kc, lambda: kc.complete("longVar", 7), "complete_reply")
    check("longVariableName" in content["matches"] and content["cursor_start"] == 0 and content["cursor_end"] == 7,
          "complete a variable of an earlier cell", content)
    content = request(kc, lambda: kc.complete("numbers.Cou", 11), "complete_reply")
    check("Count" in content["matches"] and content["cursor_start"] == 8, "complete members after a dot", content)
    content = request(kc, lambda: kc.complete("Math.Sq", 7), "complete_reply")
    check("Sqrt" in content["matches"], "complete static members of a type", content["matches"])
    content = request(kc, lambda: kc.complete("numbers.Whe", 11), "complete_reply")
    check("Where" in content["matches"], "complete LINQ extension methods", content["matches"])
    emoji = "var s = \"\U0001F600\"; Math.Ab"
    content = request(kc, lambda: kc.complete(emoji, len(emoji)), "complete_reply")
    check("Abs" in content["matches"] and content["cursor_end"] == len(emoji) and content["cursor_start"] == len(emoji) - 2,
          "cursor positions in code points", content)

    content = request(kc, lambda: kc.is_complete("if (answer > 1) {"), "is_complete_reply")
    check(content["status"] == "incomplete", "is_complete: open brace is incomplete", content)
    content = request(kc, lambda: kc.is_complete("var z = 1;"), "is_complete_reply")
    check(content["status"] == "complete", "is_complete: a statement is complete", content)

    content = request(kc, lambda: kc.inspect("Math.Sqrt", 9), "inspect_reply")
    check(content["found"] and "Sqrt" in content["data"]["text/plain"], "inspect shows the signature", content)
    check("square root" in content["data"]["text/plain"], "inspect shows the XML doc summary", content["data"])

    content = request(kc, lambda: kc.history(hist_access_type="tail", n=10), "history_reply")
    check(content["status"] == "ok" and content["history"] == [], "history is empty", content)
    content = request(kc, lambda: kc.comm_info(), "comm_info_reply")
    check(content["status"] == "ok" and content["comms"] == {}, "comm_info is empty", content)


def scenario_interrupt(km, kc):
    code = ("var loops = 0;\n"
            "while (true) { CellCancellationToken.ThrowIfCancellationRequested(); loops++; Thread.Sleep(10); }")
    msg_id = kc.execute(code)
    deadline = time.monotonic() + TIMEOUT
    while True:  # wait until the cell runs
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    time.sleep(1.0)
    reply, outputs, elapsed = interrupt(km, kc, msg_id)
    check(reply["status"] == "error" and "interrupt" in reply["evalue"].lower(), "interrupted cell ends with an error reply", reply)
    check(of_type(outputs, "error"), "interrupted cell shows an error output", outputs)
    check(elapsed < 10, f"interrupt answered in {elapsed:.2f} s")
    reply, outputs = run(kc, "1 + 1")
    check(reply["status"] == "ok" and of_type(outputs, "execute_result")[0]["data"]["text/plain"] == "2", "kernel answers after an interrupt", outputs)

    # A queued cell behind a failing one is aborted (stop_on_error), as "Run All" expects.
    first = kc.execute("throw new Exception(\"first fails\");")
    second = kc.execute("Console.WriteLine(\"must not run\");")
    replies = {}
    while len(replies) < 2:
        msg = kc.get_shell_msg(timeout=TIMEOUT)
        replies[msg["parent_header"]["msg_id"]] = msg["content"]
    check(replies[first]["status"] == "error" and replies[second]["status"] == "aborted", "a cell queued behind an error is aborted", replies)


TRAINING_SETUP = """#r "nuget: TorchSharp-cpu, 0.107.0"
#r "../src/AttnTutorial/bin/Release/net10.0/AttnTutorial.dll"
using AttnTutorial.Training;
var batchesSeen = new int[1];
"""

TRAINING_CELL = """var recipe = Recipe.Tuned with
{
    Data = Recipe.Tuned.Data with { Count = 2_000 },
    Training = Recipe.Tuned.Training with { Epochs = 50, Threads = 1 },
};
var run = Experiment.Prepare(recipe);
run.Fit(new CallbackProgress<TrainingProgress>(p =>
{
    if (Interlocked.Increment(ref batchesSeen[0]) == 1) Console.WriteLine("first batch done");
}), CellCancellationToken);
"""


def scenario_interrupt_training(km, kc):
    reply, _ = run(kc, TRAINING_SETUP)
    check(reply["status"] == "ok", "the helper library loads in the kernel", reply)
    msg_id = kc.execute(TRAINING_CELL)
    deadline = time.monotonic() + TIMEOUT
    while True:  # wait for the first batch
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream" and "first batch done" in msg["content"]["text"]:
            break
        if msg["msg_type"] == "error":
            raise Failure(f"training failed before the interrupt: {msg['content']}")
    km.interrupt_kernel()
    reply, _ = collect(kc, msg_id)
    check(reply["status"] == "error" and "interrupt" in reply["evalue"].lower(), "interrupted training ends with an error reply", reply)
    # The trainer checks the token before every batch: the count stops growing within one batch.
    time.sleep(1.0)
    _, first = run(kc, "batchesSeen[0]")
    time.sleep(2.0)
    _, second = run(kc, "batchesSeen[0]")
    a = int(of_type(first, "execute_result")[0]["data"]["text/plain"])
    b = int(of_type(second, "execute_result")[0]["data"]["text/plain"])
    check(a == b, f"training stopped after {a} batches (no batch ran after the interrupt was answered)", (a, b))


def scenario_bad_signature(km, kc):
    info = km.get_connection_info(session=False)
    marker = os.path.join(tempfile.mkdtemp(), "executed.txt")
    code = f'System.IO.File.WriteAllText(@"{marker}", "executed");'
    context = zmq.Context.instance()
    socket = context.socket(zmq.DEALER)
    socket.setsockopt(zmq.LINGER, 0)
    socket.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    try:
        forged = Session(key=b"not-the-key", signature_scheme="hmac-sha256", username="intruder")
        forged.send(socket, "execute_request", {"code": code, "silent": False, "store_history": True,
                                                  "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        unsigned = Session(key=b"", username="intruder")
        unsigned.send(socket, "execute_request", {"code": code, "silent": False, "store_history": True,
                                                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        check(socket.poll(3000) == 0, "no reply to a forged or unsigned message")
        check(not os.path.exists(marker), "forged and unsigned code never ran")
        real = Session(key=info["key"], signature_scheme=info["signature_scheme"], username="tester")
        real.send(socket, "kernel_info_request", {})
        check(socket.poll(int(TIMEOUT * 1000)) != 0, "the kernel still answers a signed message")
        idents, msg = real.feed_identities(socket.recv_multipart())
        reply = real.deserialize(msg)
        check(reply["msg_type"] == "kernel_info_reply", "signed kernel_info answered", reply["msg_type"])
    finally:
        socket.close()
    reply, _ = run(kc, "1 + 1")
    check(reply["status"] == "ok", "the kernel executes after rejecting forged messages", reply)


def scenario_restart(km, kc):
    reply, _ = run(kc, "var beforeRestart = 7;")
    check(reply["status"] == "ok", "set a variable", reply)
    old_pid = km.provisioner.pid if km.provisioner else None
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=TIMEOUT)
    check(km.is_alive(), "kernel alive after restart")
    new_pid = km.provisioner.pid if km.provisioner else None
    check(old_pid != new_pid, "restart started a new process", (old_pid, new_pid))
    reply, _ = run(kc, "beforeRestart")
    check(reply["status"] == "error" and "CS0103" in reply["evalue"], "state is fresh after restart", reply)
    reply, outputs = run(kc, "6 * 7")
    check(of_type(outputs, "execute_result")[0]["data"]["text/plain"] == "42", "restarted kernel executes", outputs)

    msg_id = kc.shutdown()
    reply = kc.get_control_msg(timeout=TIMEOUT) if hasattr(kc, "get_control_msg") else None
    if reply is not None:
        check(reply["msg_type"] == "shutdown_reply" and reply["content"]["status"] == "ok", "shutdown_reply", reply["content"])
    deadline = time.monotonic() + 15
    while km.is_alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    check(not km.is_alive(), "the kernel process exits after shutdown_request")


def main(scenarios):
    def run_scenarios(km, kc):
        for name in scenarios:
            print(f"== {name}", flush=True)
            if name == "protocol":
                scenario_protocol(kc)
            elif name == "interrupt":
                scenario_interrupt(km, kc)
            elif name == "interrupt_training":
                scenario_interrupt_training(km, kc)
            elif name == "bad_signature":
                scenario_bad_signature(km, kc)
            elif name == "restart":
                scenario_restart(km, kc)
            else:
                raise Failure(f"unknown scenario {name}")

    return session(run_scenarios)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["protocol", "interrupt", "interrupt_training", "bad_signature", "restart"]))
