"""``python -m vanban``: the same as the ``vanban`` command (:mod:`vanban.cli`)."""

import sys

from vanban.cli import main

if __name__ == "__main__":  # pragma: no branch
    sys.exit(main())
