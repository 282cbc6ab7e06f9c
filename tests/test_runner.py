"""The runner's kernels: IPC sockets in a private folder (no TCP warning), no interrupt at shutdown."""

import asyncio
import shutil
import stat
from pathlib import Path

from dossier.site import kernels


def test_kernels_use_ipc_sockets_in_a_private_folder_of_their_own():
    first, second = kernels.KernelManager(kernel_name="python3"), kernels.KernelManager(kernel_name="python3")
    try:
        assert first.transport == second.transport == "ipc"
        folder = Path(first.ip).parent
        assert folder != Path(second.ip).parent  # kernels started at once never share socket names
        assert folder.name.startswith("dossier-kernel-")
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        for km in (first, second):
            shutil.rmtree(Path(km.ip).parent, ignore_errors=True)


def test_a_kernel_being_shut_down_is_not_interrupted(monkeypatch):
    interrupted = []

    async def parent_interrupt(self):
        interrupted.append(self.shutting_down)

    monkeypatch.setattr(kernels.AsyncKernelManager, "_async_interrupt_kernel", parent_interrupt)
    km = kernels.KernelManager(kernel_name="python3", transport="tcp")
    asyncio.run(km._async_interrupt_kernel())
    km.shutting_down = True
    asyncio.run(km._async_interrupt_kernel())
    assert interrupted == [False]  # the user's interrupt goes through; the one before a shutdown does not


def test_the_kernels_take_the_notebooks_that_took_longest_last_time_first(tmp_path):
    from dossier.site import runner

    def job(name):
        return runner.Job(name, "key", tmp_path / name, {}, "")

    for name, seconds in [("actors", "2.5"), ("claims", "7.25"), ("overview", "not a number")]:
        (tmp_path / "questions" / name).mkdir(parents=True)
        (tmp_path / "questions" / name / runner.SECONDS_FILE).write_text(seconds)
    order = runner.longest_first([job(n) for n in ("actors", "claims", "overview", "corpus", "sanctions")], tmp_path)
    assert [j.name for j in order] == ["claims", "actors", "corpus", "overview", "sanctions"]


def test_the_manifest_lists_installed_packages_with_their_versions():
    from importlib.metadata import version

    from dossier.site import publish as site

    packages = site.installed_packages()
    assert packages["spacy"] == version("spacy") and packages["pandas"] == version("pandas")


def test_the_kernels_warm_up_without_importing_spacy():
    import subprocess
    import sys

    from dossier.site import runner

    code = f"{runner.WARM_UP}\nimport sys\nprint(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
