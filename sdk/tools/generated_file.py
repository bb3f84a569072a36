# SPDX-License-Identifier: Apache-2.0
"""What the table generators share: write the file, or with --check fail when it is stale."""
import pathlib
import sys


def write_or_check(out: pathlib.Path, text: str, generator: str) -> None:
    if sys.argv[1:] == ["--check"]:
        if out.read_text(encoding="utf-8") != text:
            sys.exit(f"{out} is stale: run {generator}")
        return
    out.write_text(text, encoding="utf-8")
