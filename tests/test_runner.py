"""The runner's kernels: IPC sockets in a private folder (no TCP warning), no interrupt at shutdown."""

import asyncio
import shutil
import stat
from pathlib import Path

from dossier import kernels


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
