"""The ``qda`` process starts without the garbage collector and has it back when a command runs."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import gc, sys
import qda.cli.main as entry
import qda.face as face
loading = entry._module_commands
def probed_loading(name):
    print("loading, collector on:", gc.isenabled())
    return loading(name)
entry._module_commands = probed_loading
codes = face.ProjectFace.codes
def probed_codes(self, *args, **kwargs):
    print("command, collector on:", gc.isenabled(), "start-up frozen:", gc.get_freeze_count() > 10_000)
    return codes(self, *args, **kwargs)
face.ProjectFace.codes = probed_codes
sys.argv = ["qda", *sys.argv[1:]]
entry.main()
"""


def test_start_up_runs_without_the_collector_and_the_command_with_it(project):
    result = subprocess.run([sys.executable, "-c", PROBE, "--project", str(project.root), "codebook", "show",
                             "--format", "json"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "loading, collector on: False"
    assert "command, collector on: True start-up frozen: True" in lines
