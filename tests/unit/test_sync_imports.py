"""The sync server and client are Qt-free, and import without deprecation warnings (checked in a clean process)."""

import subprocess
import sys


def test_server_and_sync_client_import_without_qt_or_warnings():
    code = (
        "import sys, server.app, server.cli, server.report, db.sync.client, cli.sync_commands; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
