"""Hypothesis plugin hook (entry point ``hypothesis``), so ``st.from_type`` knows vanban's types.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, unless
``HYPOTHESIS_NO_PLUGINS`` is set. Imports stay inside the hook to avoid import cycles.
The full set of strategies is the subject of ``vanban.strategies`` (the ``strategies`` extra);
this hook registers what the foundation provides: numbers and dates.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    import datetime

    from hypothesis import strategies as st

    from vanban import doctypes
    from vanban.dates import DocumentDate
    from vanban.enums import Family
    from vanban.numbers import DocumentNumber

    def numbers() -> st.SearchStrategy[DocumentNumber]:
        def build(family: Family, number: int, row_index: int, issuer: str) -> DocumentNumber:
            rows = [r for r in doctypes.document_types(family) if r.code and not r.copy]
            code = rows[row_index % len(rows)].code
            if family is Family.PARTY:
                return DocumentNumber(number=number, type_code=code, issuer="TW", family=family)
            if family is Family.NORMATIVE:
                return DocumentNumber(number=number, year=2000 + number % 26, type_code=code,
                                      issuer=issuer, family=family)
            return DocumentNumber(number=number, type_code=code, issuer=issuer, family=family)

        return st.builds(
            build,
            st.sampled_from(list(Family)),
            st.integers(1, 9999),
            st.integers(0, 100),
            st.sampled_from(["UBND", "BNV", "CP", "TTg", "BTC", "UBND-VP"]),
        )

    st.register_type_strategy(DocumentNumber, numbers())
    st.register_type_strategy(
        DocumentDate,
        st.dates(datetime.date(1945, 1, 1), datetime.date(2100, 12, 31)).map(
            DocumentDate.from_date
        ),
    )
