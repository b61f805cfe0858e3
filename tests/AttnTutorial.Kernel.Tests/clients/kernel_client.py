"""What the kernel-driving scripts share: starting a kernel (the attntutorial-csharp kernel unless told another) with
jupyter_client, running code and collecting its replies and IOPub messages, and the "ok: ..." / Failure checks the xunit
tests read. The course tests link this file to drive .NET Interactive's kernel too."""
import os
import time

import jupyter_client

KERNEL = "attntutorial-csharp"
TIMEOUT = float(os.environ.get("KERNEL_TEST_TIMEOUT", "120"))


class Failure(Exception):
    pass


def check(condition, what, detail=""):
    if not condition:
        raise Failure(f"{what}{': ' + str(detail)[:2000] if detail else ''}")
    print(f"ok: {what}", flush=True)


def start(kernel_name=KERNEL, cwd=None):
    km = jupyter_client.KernelManager(kernel_name=kernel_name)
    km.start_kernel(**({"cwd": cwd} if cwd else {}))
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    return km, kc


def session(body, kernel_name=KERNEL, cwd=None):
    """Starts the kernel, runs body(km, kc) and shuts the kernel down; returns 0, or 1 after printing "FAIL: ..." for a Failure."""
    km, kc = start(kernel_name, cwd)
    try:
        body(km, kc)
        return 0
    except Failure as e:
        print(f"FAIL: {e}", flush=True)
        return 1
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=False)


def run(kc, code, timeout=TIMEOUT, **kwargs):
    """Executes code; returns (reply content, [(msg_type, content)] of the IOPub messages for it up to idle)."""
    msg_id = kc.execute(code, **kwargs)
    return collect(kc, msg_id, timeout)


def messages(kc, msg_id, deadline):
    """The IOPub messages for msg_id as they arrive; raises queue.Empty when none comes before deadline (time.monotonic())."""
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            yield msg


def collect(kc, msg_id, timeout=TIMEOUT):
    outputs = []
    deadline = time.monotonic() + timeout
    for msg in messages(kc, msg_id, deadline):
        if msg["msg_type"] == "status":
            if msg["content"]["execution_state"] == "idle":
                break
            continue
        outputs.append((msg["msg_type"], msg["content"]))
    return shell_reply(kc, msg_id, max(0.1, deadline - time.monotonic()))["content"], outputs


def of_type(outputs, msg_type):
    return [content for kind, content in outputs if kind == msg_type]


def shell_reply(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to msg_id, skipping stale ones (wait_for_ready may leave extra kernel_info replies)."""
    deadline = time.monotonic() + timeout
    while True:
        reply = kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def interrupt(km, kc, msg_id):
    """Interrupts the kernel while msg_id runs; returns (reply content, outputs, seconds from interrupt to idle)."""
    started = time.monotonic()
    km.interrupt_kernel()
    reply, outputs = collect(kc, msg_id)
    return reply, outputs, time.monotonic() - started
