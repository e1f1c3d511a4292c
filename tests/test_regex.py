"""vanban._regex.compile: the same patterns as re.compile, faster to build."""

from __future__ import annotations

import re
import subprocess
import sys
import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban import _regex

# Letters the patterns use in classes (Latin-1 and beyond), and others for the texts.
_CHARS = "aàáảạăằâậeéêềđĐyỳỹAÀẠĂÂẬDZoôơờuưứ0129 -/.\n\u00a0"


@st.composite
def _classes(draw: st.DrawFn) -> str:
    items = draw(st.lists(st.sampled_from(_CHARS.replace("-", "").replace("\n", "")),
                          min_size=1, max_size=12))
    body = "".join(re.escape(c) for c in items)
    if draw(st.booleans()):
        body += draw(st.sampled_from(["a-z", "A-ZĐ", "À-Ỹ", r"\d", r"\s", r"\w"]))
    negate = "^" if draw(st.booleans()) else ""
    return f"[{negate}{body}]"


@settings(max_examples=200, deadline=None)
@given(st.lists(_classes(), min_size=1, max_size=4), st.text(_CHARS, max_size=40),
       st.sampled_from([0, re.IGNORECASE]))
def test_matches_what_re_compile_matches(classes: list[str], text: str, flags: int) -> None:
    pattern = "(?:" + "|".join(c + "+" for c in classes) + ")"
    ours = _regex.compile(pattern, flags)
    re.purge()  # else re.compile would return the object _regex.compile just built
    plain = re.compile(pattern, flags)
    assert ours is not plain
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_same_class_twice_gives_the_same_code() -> None:
    # the second class is served from the memo; both compile to what re.compile builds
    pattern = "[aàáảạĐ]x[aàáảạĐ]"
    ours = _regex.compile(pattern)
    assert ours.fullmatch("ĐxẢ") is None and ours.fullmatch("Đxả") is not None
    re.purge()
    assert ours.fullmatch("àxa") is not None and re.compile(pattern).fullmatch("àxa") is not None


def test_the_compiler_is_left_as_it_was() -> None:
    from re import _compiler  # type: ignore[attr-defined]

    before = _compiler._optimize_charset
    _regex.compile("[Đđ]ạ[iI]")
    assert _compiler._optimize_charset is before


def test_errors_are_re_errors_and_leave_the_compiler_as_it_was() -> None:
    from re import _compiler  # type: ignore[attr-defined]

    before = _compiler._optimize_charset
    try:
        _regex.compile("[Đ")
    except re.error as exc:
        assert exc.pos == 0
    else:  # pragma: no cover - the test fails
        raise AssertionError("no error")
    assert _compiler._optimize_charset is before


def test_threads_compile_the_same_patterns() -> None:
    patterns = [f"[àáảạ{chr(0x1EA0 + k)}]{{{k % 5 + 1}}}" for k in range(40)]
    results: list[list[tuple[int, int] | None]] = []

    def work() -> None:
        out = []
        for p in patterns:
            m = _regex.compile(p).search("x" + "ả" * 6)
            out.append(m.span() if m else None)
        results.append(out)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    re.purge()
    expected = [(m.span() if (m := re.compile(p).search("x" + "ả" * 6)) else None)
                for p in patterns]
    assert results == [expected] * 4


def test_the_first_parse_of_a_process_builds_each_class_once() -> None:
    # Counted, not timed: a process's first parse compiles every pattern of the parse path;
    # the compiler asks for many times more classes than it then has to build.
    code = (
        "import vanban\n"
        "from vanban import _regex\n"
        "asked, built = [], []\n"
        "remembered, original = _regex._remembered, _regex._ORIGINAL\n"
        "def ask(*a):\n"
        "    asked.append(1)\n"
        "    return remembered(*a)\n"
        "def build(*a):\n"
        "    built.append(1)\n"
        "    return original(*a)\n"
        "_regex._remembered, _regex._ORIGINAL = ask, build\n"
        "vanban.parse('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.')\n"
        "print(len(asked), len(built))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    asked, built = int(out[0]), int(out[1])
    assert asked > 4 * built > 0
