"""Executes a notebook with nbclient on the attntutorial-csharp kernel (or KERNEL_NAME), as `jupyter nbconvert --execute` would.

usage: python3 run_notebook.py INPUT.ipynb OUTPUT.ipynb [CELL_TIMEOUT_SECONDS [KERNEL_NAME]]

The kernel starts in the notebook's folder (so relative paths in cells work as in VS Code). Writes the executed
notebook to OUTPUT (the xunit test checks its outputs) and exits 0, or prints the error and exits 1.
"""
import os
import sys

import nbclient
import nbformat


def main(source, target, timeout, kernel_name):
    notebook = nbformat.read(source, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name=kernel_name,
        timeout=timeout,
        startup_timeout=120,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}},
    )
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as e:
        print(f"FAIL: {e}", flush=True)
        nbformat.write(notebook, target)
        return 1
    nbformat.write(notebook, target)
    print(f"ok: executed {sum(1 for c in notebook.cells if c.cell_type == 'code')} code cells of {source}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 600,
                  sys.argv[4] if len(sys.argv) > 4 else "attntutorial-csharp"))
