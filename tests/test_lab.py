"""JupyterLab serves the collection: its REST API lists every notebook and their kernel exists."""

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from dossier.config import NOTEBOOKS, ROOT

pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str):
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.loads(r.read())


def test_jupyterlab_lists_the_notebooks_and_their_kernel(tmp_path):
    port, token = free_port(), "dossier-test"
    log = (tmp_path / "lab.log").open("w")
    server = subprocess.Popen(
        [Path(sys.executable).parent / "jupyter", "lab", "--no-browser", "--allow-root", f"--ServerApp.port={port}",
         "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}"],
        stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                get(f"{base}/api/status?token={token}")
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start: " + (tmp_path / "lab.log").read_text())
        listing = get(f"{base}/api/contents/notebooks?token={token}")
        served = {item["name"] for item in listing["content"]}
        expected = {p.name for p in NOTEBOOKS.glob("*.ipynb")}
        assert expected <= served
        kernels = get(f"{base}/api/kernelspecs?token={token}")["kernelspecs"]
        for name in sorted(expected):
            nb = get(f"{base}/api/contents/notebooks/{name}?token={token}")
            assert nb["content"]["metadata"]["kernelspec"]["name"] in kernels, name
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
