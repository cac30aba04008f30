"""Accept or reject every tracked change of Word files with LibreOffice's own UNO API.

Run with Debian's /usr/bin/python3 (python3-uno), not the project's venv::

    /usr/bin/python3 lo_revisions.py IN.docx accept OUT.docx [IN2.docx reject OUT2.docx ...]

One headless LibreOffice serves the whole batch. Each document is loaded hidden, the dispatcher
runs ``.uno:AcceptAllTrackedChanges`` or ``.uno:RejectAllTrackedChanges``, and the result is
stored as Word 2007-365 .docx. Exit status 0 when every job was written.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

COMMANDS = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}


def prop(name: str, value) -> PropertyValue:
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def connect(pipe: str, deadline: float):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def run(jobs: list[tuple[str, str, str]]) -> int:
    pipe = f"resolint_diff_{os.getpid()}"
    profile = tempfile.mkdtemp(prefix="resolint-lo-")
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        context = connect(pipe, time.time() + 90)
        manager = context.ServiceManager
        desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        for source, mode, target in jobs:
            document = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),)
            )
            dispatcher.executeDispatch(document.getCurrentController().getFrame(), COMMANDS[mode], "", 0, ())
            document.storeToURL(
                uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),)
            )
            document.close(True)
        with contextlib.suppress(Exception):  # the office may already be going away
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
    return 0 if all(os.path.exists(target) for _, _, target in jobs) else 1


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments or len(arguments) % 3:
        print("usage: lo_revisions.py IN accept|reject OUT [...]", file=sys.stderr)
        sys.exit(2)
    sys.exit(run([tuple(arguments[i : i + 3]) for i in range(0, len(arguments), 3)]))
