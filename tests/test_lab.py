"""JupyterLab as `make lab` starts it: the project's settings override (no news pop-up), every
notebook listed with an existing kernel, and each notebook run top to bottom with its default
parameters through Lab's REST and kernel (WebSocket) APIs, from the notebooks folder."""

import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from dossier.config import NOTEBOOKS, ROOT

pytestmark = pytest.mark.e2e
TOKEN = "dossier-test"
SETTINGS = ROOT / "lab"
NOTIFICATION = "@jupyterlab/apputils-extension:notification"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, method: str = "GET", body: dict | None = None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Authorization": f"token {TOKEN}",
                                                                             "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as r:
        text = r.read()
        return json.loads(text) if text else None


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab started like `make lab` (settings from lab/, notebooks/ as its root), with
    user settings, workspaces and notebook outputs in a temporary folder."""
    tmp = tmp_path_factory.mktemp("lab")
    port = free_port()
    log = (tmp / "lab.log").open("w")
    env = {**__import__("os").environ, "DOSSIER_OUTPUTS": str(tmp / "outputs")}
    server = subprocess.Popen(
        [Path(sys.executable).parent / "jupyter", "lab", f"--LabApp.app_settings_dir={SETTINGS}", "--allow-root",
         "--no-browser", f"--ServerApp.port={port}", "--ServerApp.ip=127.0.0.1",
         f"--IdentityProvider.token={TOKEN}", f"--LabApp.user_settings_dir={tmp / 'user-settings'}",
         f"--LabApp.workspaces_dir={tmp / 'workspaces'}", "notebooks/"],
        stdout=subprocess.DEVNULL, stderr=log, cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                call(f"{base}/api/status")
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start: " + (tmp / "lab.log").read_text())
        yield base, tmp
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_make_lab_uses_the_shipped_settings_override():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--LabApp.app_settings_dir=$(CURDIR)/lab" in makefile and "notebooks/" in makefile
    assert json.loads((SETTINGS / "overrides.json").read_text(encoding="utf-8"))[NOTIFICATION]["fetchNews"] == "false"


def test_the_news_pop_up_is_off(lab):
    base, _ = lab
    settings = call(f"{base}/lab/api/settings/{NOTIFICATION}")
    # "none" is Lab's default: ask with the pop-up; "false": never fetch news, never ask
    assert settings["schema"]["properties"]["fetchNews"]["default"] == "false"
    assert settings["settings"].get("fetchNews", "false") == "false"
    assert settings["schema"]["properties"]["checkForUpdates"]["default"] is False


def test_jupyterlab_lists_the_notebooks_and_their_kernel(lab):
    base, _ = lab
    served = {item["name"] for item in call(f"{base}/api/contents")["content"]}
    expected = {p.name for p in NOTEBOOKS.glob("*.ipynb")}
    assert expected <= served  # Lab's root is the notebooks folder
    kernels = call(f"{base}/api/kernelspecs")["kernelspecs"]
    for name in sorted(expected):
        nb = call(f"{base}/api/contents/{name}")
        assert nb["content"]["metadata"]["kernelspec"]["name"] in kernels, name


async def _run_cells(ws_url: str, cells: list[str]) -> list[dict]:
    """Execute each cell in order over the kernel's WebSocket; the reply and error outputs of each."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    conn = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": f"token {TOKEN}"}))
    session = uuid.uuid4().hex
    results = []
    try:
        for code in cells:
            msg_id = uuid.uuid4().hex
            conn.write_message(json.dumps({
                "header": {"msg_id": msg_id, "username": "test", "session": session, "msg_type": "execute_request",
                           "version": "5.3"},
                "parent_header": {}, "metadata": {}, "channel": "shell",
                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                            "allow_stdin": False, "stop_on_error": True}}))
            result = {"reply": None, "errors": [], "idle": False, "stdout": ""}
            while result["reply"] is None or not result["idle"]:
                raw = await asyncio.wait_for(conn.read_message(), timeout=300)
                assert raw is not None, "the kernel's WebSocket closed"
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = msg["header"]["msg_type"]
                if kind == "execute_reply":
                    result["reply"] = msg["content"]
                elif kind == "error":
                    result["errors"].append(f"{msg['content']['ename']}: {msg['content']['evalue']}")
                elif kind == "stream" and msg["content"]["name"] == "stdout":
                    result["stdout"] += msg["content"]["text"]
                elif kind == "status" and msg["content"]["execution_state"] == "idle":
                    result["idle"] = True
            results.append(result)
    finally:
        conn.close()
    return results


@pytest.mark.parametrize("notebook", sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
def test_each_notebook_runs_top_to_bottom_in_lab_with_its_default_parameters(lab, notebook):
    base, tmp = lab
    nb = call(f"{base}/api/contents/{notebook}")["content"]
    cells = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    session = call(f"{base}/api/sessions", "POST", {"path": notebook, "type": "notebook", "name": notebook,
                                                    "kernel": {"name": "python3"}})
    try:
        ws = base.replace("http://", "ws://") + f"/api/kernels/{session['kernel']['id']}/channels"
        results = asyncio.run(_run_cells(ws, cells + ["import os; print(os.getcwd())"]))
        for code, result in zip(cells, results, strict=False):
            assert result["reply"]["status"] == "ok" and result["errors"] == [], (notebook, code[:60], result)
        assert results[-1]["stdout"].strip() == str(NOTEBOOKS)  # the kernel ran in the notebooks folder
    finally:
        call(f"{base}/api/sessions/{session['id']}", "DELETE")
    stem = "questions" if notebook == "corpus.ipynb" else "000_cecd6f5443e906a4"  # across articles, or one
    folder = tmp / "outputs" / "scratch" / stem / Path(notebook).stem  # run by hand: beside the published site
    assert any(folder.glob("*.csv")) or any(folder.glob("*.png")), (notebook, sorted(folder.glob("*")))
    assert not (tmp / "outputs" / stem).exists()
