"""``python -m vanban.checks``: check documents, or (re)write the rule catalogue.

* ``python -m vanban.checks --write-docs docs/rules.md`` writes the catalogue;
* ``python -m vanban.checks --check-docs docs/rules.md`` exits 1 when the file is stale;
* ``python -m vanban.checks FILE...`` is ``vanban check FILE...``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from vanban.checks.cli import run_check
from vanban.checks.docs import render_rules_markdown, write_docs


def main(argv: Sequence[str] | None = None) -> int:
    """Run the module's command line; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    for flag in ("--write-docs", "--check-docs"):
        if args[:1] == [flag]:
            if len(args) != 2:
                print(f"usage: python -m vanban.checks {flag} PATH", file=sys.stderr)
                return 2
            path = Path(args[1])
            if flag == "--write-docs":
                changed = write_docs(path)
                print(f"{path}: {'written' if changed else 'up to date'}")
                return 0
            fresh = path.exists() and path.read_text(encoding="utf-8") == render_rules_markdown()
            if not fresh:
                print(f"{path} is stale: run python -m vanban.checks --write-docs {path}",
                      file=sys.stderr)
            return 0 if fresh else 1
    return run_check(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
