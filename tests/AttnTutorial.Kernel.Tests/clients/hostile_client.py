"""Sends the attntutorial-csharp kernel clumsy and hostile input with jupyter_client and raw ZeroMQ frames.

usage: python3 hostile_client.py SCENARIO...
       (bad_messages, replay, interrupt_runaway, interrupt_runaway_dots, interrupt_keeps_variables, flood, counts_and_expressions, inspect_in_call, fuzz)

Prints one "ok: ..." line per check and exits 0, or prints "FAIL: ..." and exits 1. The kernel's own log goes to
stderr, which the xunit test reads after this script's output. The kernelspec must be on JUPYTER_PATH (the xunit
fixture installs it into a temporary prefix).
"""
import hashlib
import hmac
import json
import os
import sys
import tempfile
import time
import uuid

import zmq
from jupyter_client.session import Session

from kernel_client import TIMEOUT, Failure, check, interrupt, of_type, run, shell_reply, start


def stdout_text(outputs):
    return "".join(s["text"] for s in of_type(outputs, "stream") if s["name"] == "stdout")


def result_text(outputs):
    results = of_type(outputs, "execute_result")
    return results[0]["data"]["text/plain"] if results else None


def still_answers(kc, after):
    reply, outputs = run(kc, "1 + 1")
    check(reply["status"] == "ok" and result_text(outputs) == "2", f"1 + 1 is still 2 after {after}", (reply, outputs))


def wait_for_output(kc, msg_id, text):
    """Waits until the cell of msg_id prints text: it runs (execute_input comes before a first cell's compilation)."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream" and text in msg["content"]["text"]:
            return
        if msg["msg_type"] == "error":
            raise Failure(f"the cell failed before it was interrupted: {msg['content']}")


def interrupt_once_printing(km, kc, code, text):
    """Runs code, interrupts it half a second after it prints text; returns (reply content, seconds from interrupt to idle)."""
    msg_id = kc.execute(code)
    wait_for_output(kc, msg_id, text)
    time.sleep(0.5)
    reply, _, elapsed = interrupt(km, kc, msg_id)
    return reply, elapsed


class RawShell:
    """A DEALER on the kernel's shell port that sends hand-made frames, signed (or not) with the connection's key."""

    def __init__(self, km):
        info = km.get_connection_info(session=False)
        self.key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
        self.socket = zmq.Context.instance().socket(zmq.DEALER)
        self.socket.setsockopt(zmq.LINGER, 0)
        self.socket.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
        self.session = Session(key=self.key, signature_scheme="hmac-sha256", username="raw")

    def close(self):
        self.socket.close()

    def sign(self, parts):
        mac = hmac.new(self.key, digestmod=hashlib.sha256)
        for part in parts:
            mac.update(part)
        return mac.hexdigest().encode()

    @staticmethod
    def header(msg_type, msg_id=None):
        return {"msg_id": msg_id or uuid.uuid4().hex, "session": "raw-session", "username": "raw", "date": "2026-01-01T00:00:00Z",
                "msg_type": msg_type, "version": "5.3"}

    def frames(self, header, content, parent=b"{}", metadata=b"{}", signed=True):
        """header and content as bytes (sent as they are) or objects (dumped as JSON)."""
        parts = [p if isinstance(p, bytes) else json.dumps(p).encode() for p in (header, parent, metadata, content)]
        return [b"<IDS|MSG>", self.sign(parts) if signed else b""] + parts

    def send(self, frames):
        self.socket.send_multipart(frames)

    def reply(self, timeout):
        """The next reply on this socket, or None after timeout seconds."""
        if self.socket.poll(int(timeout * 1000)) == 0:
            return None
        _, msg = self.session.feed_identities(self.socket.recv_multipart())
        return self.session.deserialize(msg)

    def drain(self, timeout=0.5):
        replies = []
        while (reply := self.reply(timeout)) is not None:
            replies.append(reply)
        return replies


def execute_content(code, **extra):
    content = {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": False}
    content.update(extra)
    return content


def append_code(path, text):
    return f'System.IO.File.AppendAllText(@"{path}", "{text}\\n");'


def lines_of(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def scenario_bad_messages(km, kc):
    raw = RawShell(km)
    marker = os.path.join(tempfile.mkdtemp(), "ran.txt")
    try:
        # Valid JSON to Python (the last value wins), but ambiguous: which msg_type, which code?
        header = RawShell.header("execute_request")
        header_text = json.dumps(header)[:-1] + ', "msg_type": "kernel_info_request"}'
        raw.send(raw.frames(header_text.encode(), execute_content(append_code(marker, "repeated header key"))))
        replies = raw.drain(3)
        check(all(r["content"].get("status") == "error" for r in replies), "a repeated header key gets no answer but an error", replies)
        still_answers(kc, "a signed message with a repeated header key")

        header = RawShell.header("execute_request")
        content = '{"code": "' + append_code(marker, "first").replace('"', '\\"') + '", "silent": false, "code": "' + \
            append_code(marker, "second").replace('"', '\\"') + '"}'
        raw.send(raw.frames(header, content.encode()))
        reply = raw.reply(TIMEOUT)
        check(reply is not None and reply["msg_type"] == "execute_reply" and reply["parent_header"]["msg_id"] == header["msg_id"],
              "a repeated content key gets an execute_reply", reply)
        check(reply["content"]["status"] == "error" and "code" in reply["content"]["evalue"],
              "the reply is an error naming the repeated key", reply["content"])
        still_answers(kc, "a signed message with a repeated content key")
        check(lines_of(marker) == [], "no code of an ambiguous message ran", lines_of(marker))
    finally:
        raw.close()


def scenario_replay(km, kc):
    raw = RawShell(km)
    marker = os.path.join(tempfile.mkdtemp(), "ran.txt")
    try:
        frames = raw.frames(RawShell.header("execute_request"), execute_content(append_code(marker, "ran")))
        raw.send(frames)
        reply = raw.reply(TIMEOUT)
        check(reply is not None and reply["content"]["status"] == "ok", "the first copy of a signed request runs", reply)
        raw.send(frames)
        check(raw.reply(3) is None, "a replayed copy gets no reply")
        still_answers(kc, "a replayed request")
        check(lines_of(marker) == ["ran"], "the replayed request ran once", lines_of(marker))
    finally:
        raw.close()


def scenario_interrupt_runaway(km, kc):
    # Never looks at CellCancellationToken: nothing can stop it inside the process.
    code = 'var spins = 0;\nwhile (true) { Console.WriteLine($"runaway {spins++}"); Thread.Sleep(20); }'
    reply, elapsed = interrupt_once_printing(km, kc, code, "runaway 0")
    check(reply["status"] == "error" and "interrupt" in reply["evalue"].lower(), "the runaway cell ends with an error reply", reply)
    check("did not stop" in reply["evalue"] and "restart" in reply["evalue"].lower(), "the reply says the code goes on running", reply["evalue"])
    check(elapsed < 15, f"the interrupt was answered in {elapsed:.2f} s")
    reply, outputs = run(kc, 'Console.WriteLine("next cell"); Thread.Sleep(1500); Console.WriteLine("next cell done");')
    text = stdout_text(outputs)
    check(reply["status"] == "ok" and text == "next cell\nnext cell done\n", "no runaway output lands in the next cell", text)
    time.sleep(0.5)
    # Whole lines here; interrupt_runaway_dots checks a line written in pieces.
    reply, outputs = run(kc, "Console.WriteLine(\"tail\"); 3")
    check(stdout_text(outputs) == "tail\n" and result_text(outputs) == "3", "nor in the one after it", outputs)


def scenario_interrupt_runaway_dots(km, kc):
    # Progress dots without a line end, token never checked: its text must not join a line the next cell writes in pieces.
    code = 'Console.WriteLine("dots start");\nwhile (true) { Console.Write("."); Thread.Sleep(20); }'
    reply, _ = interrupt_once_printing(km, kc, code, "dots start")
    check(reply["status"] == "error" and "did not stop" in reply["evalue"], "the dotting cell is given up on", reply)
    reply, outputs = run(kc, 'Console.Write("a"); Thread.Sleep(500); Console.Write("b"); Thread.Sleep(500); Console.WriteLine("c");')
    text = stdout_text(outputs)
    check(reply["status"] == "ok" and text == "abc\n", "no dot of the runaway cell joins a line the next cell writes in pieces", text)


def scenario_interrupt_keeps_variables(km, kc):
    code = ('var run = 41;\nvar steps = 0;\nConsole.WriteLine("started");\n'
            'while (true) { CellCancellationToken.ThrowIfCancellationRequested(); steps++; Thread.Sleep(10); }')
    reply, _ = interrupt_once_printing(km, kc, code, "started")
    check(reply["status"] == "error" and "interrupt" in reply["evalue"].lower(), "the cell is interrupted", reply)
    check("did not stop" not in reply["evalue"], "a cell that checks its token stops", reply["evalue"])
    reply, outputs = run(kc, "run + 1")
    check(reply["status"] == "ok" and result_text(outputs) == "42", "a variable assigned before the interrupt survives", (reply, outputs))
    reply, outputs = run(kc, "steps > 0")
    check(result_text(outputs) == "True", "and so does the loop's progress", outputs)


def scenario_flood(km, kc):
    started = time.monotonic()
    reply, outputs = run(kc, "for (int i = 0; i < 5000; i++) Console.WriteLine($\"line {i}\");")
    elapsed = time.monotonic() - started
    streams = of_type(outputs, "stream")
    expected = "".join(f"line {i}\n" for i in range(5000))
    check(reply["status"] == "ok" and stdout_text(outputs) == expected, "5,000 lines arrive complete and in order")
    # Classic Notebook drops output above 1,000 messages/s (iopub_msg_rate_limit); ipykernel batches every 0.2 s.
    check(len(streams) <= 50, f"5,000 lines came in {len(streams)} stream messages in {elapsed:.2f} s", len(streams))
    reply, outputs = run(kc, 'Console.Write("a"); Console.Error.Write("b"); display("c"); Console.Write("d");')
    order = [(k, c.get("text") or c["data"]["text/plain"]) for k, c in outputs if k in ("stream", "display_data")]
    check(order == [("stream", "a"), ("stream", "b"), ("display_data", "c"), ("stream", "d")], "batching keeps the order of streams and displays", order)


def scenario_counts_and_expressions(km, kc):
    reply, _ = run(kc, "var seen = 10;")
    first = reply["execution_count"]
    reply, _ = run(kc, "seen + 1", silent=True)
    check(reply["status"] == "ok" and reply["execution_count"] == first, "a silent request does not advance the count", reply)
    reply, outputs = run(kc, "seen + 2", store_history=False)
    check(reply["execution_count"] == first and result_text(outputs) == "12", "store_history=false does not advance it", (reply, outputs))
    check(not of_type(outputs, "execute_input") or of_type(outputs, "execute_input")[0]["execution_count"] == first,
          "execute_input shows the unchanged count", outputs)
    reply, outputs = run(kc, "seen += 5;", user_expressions={"double": "seen * 2", "name": "\"abc\"", "bad": "nosuchthing"})
    check(reply["execution_count"] == first + 1, "a stored request advances it by one", reply)
    expressions = reply["user_expressions"]
    check(expressions["double"]["status"] == "ok" and expressions["double"]["data"]["text/plain"] == "30",
          "user_expressions are evaluated after the cell", expressions)
    check(expressions["name"]["data"]["text/plain"] == "abc", "a string expression", expressions["name"])
    check(expressions["bad"]["status"] == "error" and "CS0103" in expressions["bad"]["evalue"], "a failing expression is an error entry", expressions["bad"])
    check(not of_type(outputs, "execute_result") and not of_type(outputs, "error"), "expressions show no output", outputs)
    reply, outputs = run(kc, "seen")
    check(result_text(outputs) == "15" and reply["execution_count"] == first + 2, "the session goes on after the expressions", (reply, outputs))


def scenario_inspect_in_call(km, kc):
    for code, cursor, what in (("Math.Sqrt()", 10, "Math.Sqrt(|)"), ("var r = Math.Sqrt(2, );", 21, "Math.Sqrt(2, |)"),
                               ("Math.Max(1, Math.Abs(-3))", 23, "Math.Abs(-3|)")):
        msg_id = kc.inspect(code, cursor)
        content = shell_reply(kc, msg_id)["content"]
        name = what.split("(")[0].split(".")[-1]
        check(content["found"] and f"{name}(" in content["data"]["text/plain"], f"inspect inside {what} finds {name}", content)


def scenario_fuzz(km, kc):
    raw = RawShell(km)
    folder = tempfile.mkdtemp()
    marker = os.path.join(folder, "unsigned-ran.txt")
    replay_marker = os.path.join(folder, "replayed.txt")
    code = append_code(marker, "ran")
    awaited = []  # msg_ids of signed requests with a readable header: each must get a reply

    def signed(msg_type, content, expect_reply=True):
        header = RawShell.header(msg_type)
        if expect_reply:
            awaited.append(header["msg_id"])
        return raw.frames(header, content)

    good = signed("execute_request", execute_content(append_code(replay_marker, "once")))
    h = json.dumps(RawShell.header("execute_request")).encode()
    c = json.dumps(execute_content(code)).encode()
    other = Session(key=b"other")
    cases = [
        ("no frames but the delimiter", [b"<IDS|MSG>"]),
        ("no delimiter", [b"hello", b"world"]),
        ("too few frames", [b"<IDS|MSG>", b"", h]),
        ("empty signature", raw.frames(h, c, signed=False)),
        ("wrong signature", [b"<IDS|MSG>", b"0" * 64, h, b"{}", b"{}", c]),
        ("short signature", [b"<IDS|MSG>", b"abc", h, b"{}", b"{}", c]),
        ("non-hex signature", [b"<IDS|MSG>", b"z" * 64, h, b"{}", b"{}", c]),
        ("signature of other frames", [b"<IDS|MSG>", raw.sign([h, b"{}", b"{}", b"{}"]), h, b"{}", b"{}", c]),
        ("signed with another key", other.serialize(other.msg("execute_request", execute_content(code)))),
        ("header not JSON", raw.frames(b"{not json", c)),
        ("header a list", raw.frames(b"[1, 2]", c)),
        ("header without msg_type", raw.frames({"msg_id": "x", "session": "s"}, c)),
        ("msg_type a number", raw.frames(dict(RawShell.header("execute_request"), msg_type=7), c)),
        ("unknown msg_type", signed("make_coffee_request", {}, expect_reply=False)),
        ("content not UTF-8", signed("execute_request", b"\xff\xfe not utf-8")),
        ("content a string", signed("execute_request", b'"1+1"')),
        ("code a number", signed("execute_request", execute_content(12))),
        ("code null", signed("execute_request", {"code": None})),
        ("silent a string", signed("execute_request", dict(execute_content("2"), silent="yes"))),
        ("user_expressions a list", signed("execute_request", dict(execute_content("3"), user_expressions=[1]))),
        ("cursor_pos negative", signed("complete_request", {"code": "Math.", "cursor_pos": -5})),
        ("cursor_pos huge", signed("inspect_request", {"code": "Math.Sqrt", "cursor_pos": 10 ** 12})),
        ("repeated header key", raw.frames(h[:-1] + b', "msg_type": "shutdown_request"}', c)),
        ("repeated content key", signed("execute_request", b'{"code": "1", "code": "2"}')),
        ("deeply nested content", signed("execute_request", b'{"code": "4", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}")),
        ("oversized code", signed("is_complete_request", {"code": "x" * 5_000_000})),
        ("oversized unsigned", [b"<IDS|MSG>", b"", h, b"{}", b"{}", b'{"code": "' + b"y" * 20_000_000 + b'"}']),
        ("extra buffers", signed("kernel_info_request", {}) + [b"buffer"] * 50),
        ("shutdown unsigned", raw.frames(RawShell.header("shutdown_request"), {"restart": False}, signed=False)),
        ("the good request", good),
        ("the good request replayed", good),
    ]
    answered = set()
    try:
        for name, frames in cases:
            raw.send(frames)
            for reply in raw.drain(0.3):
                check(reply["msg_type"].endswith("_reply"), f"{name}: the kernel sent a reply", reply)
                answered.add(reply["parent_header"].get("msg_id"))
            still_answers(kc, name)
        answered.update(r["parent_header"].get("msg_id") for r in raw.drain(2.0))
        missing = [m for m in awaited if m not in answered]
        check(not missing, f"each of the {len(awaited)} signed requests of a known type with a readable header got a reply",
              missing)
        check(lines_of(marker) == [], "no unsigned or forged code ran", lines_of(marker))
        check(lines_of(replay_marker) == ["once"], "the replayed request ran once", lines_of(replay_marker))
        check(km.is_alive(), f"the kernel survived {len(cases)} malformed, unsigned, replayed and oversized messages")
    finally:
        raw.close()


SCENARIOS = {
    "bad_messages": scenario_bad_messages,
    "replay": scenario_replay,
    "interrupt_runaway": scenario_interrupt_runaway,
    "interrupt_keeps_variables": scenario_interrupt_keeps_variables,
    "interrupt_runaway_dots": scenario_interrupt_runaway_dots,
    "flood": scenario_flood,
    "counts_and_expressions": scenario_counts_and_expressions,
    "inspect_in_call": scenario_inspect_in_call,
    "fuzz": scenario_fuzz,
}


def main(names):
    km, kc = start()
    failed = False
    try:
        for name in names:
            print(f"== {name}", flush=True)
            if name not in SCENARIOS:
                raise Failure(f"unknown scenario {name}")
            try:
                SCENARIOS[name](km, kc)
            except Exception as e:  # a Failure, or a timeout waiting for the kernel
                # Go on: one run shows every broken item (the first failure still fails the run).
                print(f"FAIL: {type(e).__name__}: {e}", flush=True)
                failed = True
                if not km.is_alive():
                    print("FAIL: the kernel died", flush=True)
                    return 1
        return 1 if failed else 0
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(SCENARIOS)))
