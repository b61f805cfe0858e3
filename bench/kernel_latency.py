"""Measures the kernel's targets with a real Jupyter client (jupyter_client), and prints the numbers.

    /usr/bin/python3 bench/kernel_latency.py [--starts N] [--executes N] [--chapters] [--quick]

Needs the kernelspec installed (`dotnet run --project src/AttnTutorial.Cli -c Release -- kernel install`, or
--prefix DIR with JUPYTER_PATH=DIR/share/jupyter) and Debian's python3-jupyter-client.

- start: from starting the kernel process to the kernel_info reply (target <= 3 s), median of --starts runs;
- execute: round trip of `1 + 1` from execute_request to execute_reply (target <= 50 ms median), after warm-up,
  and of kernel_info, which shows what the protocol and the kernel's threads add to it;
- memory: the kernel's resident set after start-up and, with --chapters, after running notebooks/01..07 one after
  another in one kernel (target <= 3 GB). --quick runs the chapters with quick = true (less data, fewer epochs).
"""
import argparse
import glob
import json
import os
import statistics
import time

import jupyter_client

KERNEL = "attntutorial-csharp"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def memory_mb(pid, field):
    """A memory field of /proc/PID/status in MB: VmRSS (resident now) or VmHWM (peak resident)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def execute(kc, code, timeout=3600):
    msg_id = kc.execute(code, store_history=True)
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]


def start(cwd):
    km = jupyter_client.KernelManager(kernel_name=KERNEL)
    began = time.perf_counter()
    km.start_kernel(cwd=cwd)
    kc = km.client()
    kc.start_channels()
    msg_id = kc.kernel_info()  # queued by ZeroMQ until the kernel binds
    while True:
        reply = kc.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    return km, kc, time.perf_counter() - began


def stop(km, kc):
    kc.stop_channels()
    km.shutdown_kernel(now=False)


def cells(path, quick):
    notebook = json.load(open(path, encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        if quick and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = source.replace("bool quick = false;", "bool quick = true;")
        yield source


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--executes", type=int, default=50)
    parser.add_argument("--chapters", action="store_true")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")

    starts = []
    for _ in range(args.starts):
        km, kc, seconds = start(ROOT)
        starts.append(seconds)
        stop(km, kc)
    print(f"start -> kernel_info reply: median {statistics.median(starts) * 1000:.0f} ms "
          f"(min {min(starts) * 1000:.0f}, max {max(starts) * 1000:.0f}; target <= 3000 ms)")

    km, kc, _ = start(os.path.join(ROOT, "notebooks"))
    pid = km.provisioner.pid
    for _ in range(5):
        execute(kc, "1 + 1")
    rounds = []
    for _ in range(args.executes):
        began = time.perf_counter()
        reply = execute(kc, "1 + 1")
        rounds.append(time.perf_counter() - began)
        assert reply["status"] == "ok", reply
    rounds.sort()
    print(f"execute `1 + 1` round trip: median {statistics.median(rounds) * 1000:.1f} ms "
          f"(p90 {rounds[int(len(rounds) * 0.9)] * 1000:.1f} ms, n={len(rounds)}; target <= 50 ms)")
    infos = []
    for _ in range(args.executes):
        began = time.perf_counter()
        msg_id = kc.kernel_info()
        while kc.get_shell_msg(timeout=60)["parent_header"].get("msg_id") != msg_id:
            pass
        infos.append(time.perf_counter() - began)
    print(f"kernel_info round trip (protocol and threads only, no cell): median {statistics.median(infos) * 1000:.1f} ms")
    print(f"kernel memory after start-up and {args.executes + 5} cells: {memory_mb(pid, 'VmRSS'):.0f} MB resident")

    if args.chapters:
        for path in sorted(glob.glob(os.path.join(ROOT, "notebooks", "0[1-7]-*.ipynb"))):
            began = time.perf_counter()
            failed = 0
            for source in cells(path, args.quick):
                reply = execute(kc, source)
                failed += reply["status"] != "ok"
            print(f"  {os.path.basename(path)}: {time.perf_counter() - began:.1f} s, {failed} failed cells, "
                  f"{memory_mb(pid, 'VmRSS'):.0f} MB resident (peak {memory_mb(pid, 'VmHWM'):.0f} MB)")
        print(f"kernel memory after chapters 01-07{' (quick)' if args.quick else ''}: {memory_mb(pid, 'VmRSS'):.0f} MB resident, "
              f"peak {memory_mb(pid, 'VmHWM'):.0f} MB (target <= 3072 MB)")
    stop(km, kc)


if __name__ == "__main__":
    main()
