"""Real documents bundled with vanban, so examples run from any directory.

* ``cong-van-706-UBND-VP7.txt`` (the default): Công văn 706/UBND-VP7 of UBND tỉnh Ninh Bình,
  4 November 2024, as ``pdftotext -layout`` extracts the signed PDF (header and footer columns
  side by side).
* ``cong-van-VHTT-draft.txt``: the draft công văn of Phòng Văn hóa và Thông tin TP. Bắc Kạn
  (September 2024) the project started from, converted to Markdown; its header was lost and its
  number and day are blank.

Both are public official texts.

>>> example_text().splitlines()[3].split()[0]
'Số:706'
>>> sorted(example_names())
['cong-van-706-UBND-VP7', 'cong-van-VHTT-draft']
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["DEFAULT", "example_names", "example_path", "example_text"]

DEFAULT = "cong-van-706-UBND-VP7"


def example_names() -> tuple[str, ...]:
    """The names of the bundled examples."""
    folder = resources.files(__name__)
    return tuple(
        sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))
    )


def example_path(name: str = DEFAULT) -> Path:
    """The path of a bundled example (``LookupError`` naming the choices if unknown)."""
    if name not in example_names():
        raise LookupError(f"no bundled example {name!r}; choose one of {example_names()}")
    return Path(str(resources.files(__name__).joinpath(f"{name}.txt")))


def example_text(name: str = DEFAULT) -> str:
    """The text of a bundled example."""
    return example_path(name).read_text(encoding="utf-8")
