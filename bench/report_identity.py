"""Check that a speed-up changed no report: write ``report all`` of a project into a folder, then
compare two such folders file by file.

Markdown, HTML, CSV and PNG files must be byte-identical; Word and Excel files must hold the same
parts with identical XML, apart from the time stamps in ``docProps/core.xml``.
Run: python bench/report_identity.py write PROJECT OUT
     python bench/report_identity.py compare BEFORE AFTER
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

ZIPPED = (".docx", ".xlsx")
CACHES = {".pages.json"}  # what a run records to skip unchanged protocol pages next time
TIMESTAMP = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def write(project: Path, out: Path) -> None:
    from qda.project import open_project
    from qda.report.build import write_all

    with open_project(project).engine.connect() as conn:
        write_all(conn, out)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: TIMESTAMP.sub(b"", archive.read(name)) for name in archive.namelist()}


def _files(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*") if p.is_file() and p.name not in CACHES}


def differences(before: Path, after: Path) -> list[str]:
    """One line per file that differs, is missing or is new."""
    names, new = _files(before), _files(after)
    found = [f"missing: {name}" for name in sorted(names - new)] + [f"new: {name}" for name in sorted(new - names)]
    for name in sorted(names & new):
        old_file, new_file = before / name, after / name
        if name.suffix in ZIPPED:
            old_parts, new_parts = _parts(old_file), _parts(new_file)
            found += [f"differs: {name} [{part}]" for part in sorted(old_parts.keys() | new_parts.keys())
                      if old_parts.get(part) != new_parts.get(part)]
        elif old_file.read_bytes() != new_file.read_bytes():
            found.append(f"differs: {name}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write")
    writing.add_argument("project", type=Path)
    writing.add_argument("out", type=Path)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        write(args.project, args.out)
        return 0
    found = differences(args.before, args.after)
    print("\n".join(found) or f"identical: {len(_files(args.before))} files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
