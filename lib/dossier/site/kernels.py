"""The kernels that execute the question notebooks: IPC sockets in a private folder, no
interrupt before shutdown."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import default


class KernelManager(AsyncKernelManager):
    """A kernel on IPC sockets in a private folder, shut down without an interrupt.

    Over TCP, ipykernel warns once per kernel that traffic is unencrypted; Unix sockets in a
    folder only this user can open (``mkdtemp``) need no encryption and raise no warning, and a
    folder per kernel keeps kernels started at once from picking the same socket names.
    jupyter_client interrupts every kernel before asking it to shut down, which makes ipykernel
    log ``KeyboardInterrupt caught in kernel`` whenever the signal lands in a message handler;
    a kernel is done with only once it is idle, so the shutdown request alone is sent
    (a kernel that does not stop is still killed after jupyter_client's wait).
    """

    @default("transport")
    def _default_transport(self) -> str:
        return "ipc"

    def _ip_default(self) -> str:  # traitlets' dynamic default for ``ip``
        if self.transport != "ipc":
            return super()._ip_default()
        return str(Path(tempfile.mkdtemp(prefix="dossier-kernel-")) / "kernel")

    async def _async_interrupt_kernel(self) -> None:
        if not self.shutting_down:
            await super()._async_interrupt_kernel()

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        folder = Path(self.ip).parent
        if not restart and self.transport == "ipc" and folder.name.startswith("dossier-kernel-"):
            shutil.rmtree(folder, ignore_errors=True)
