"""Test settings shared by every module.

Property tests explore new random examples on every local run. In CI (``CI`` set in the
environment, as ``.ci/run`` does) they run derandomized: the same examples every time, so a
landing is never blocked by a rare example that a local run would have found first; the
hypothesis docs recommend this for CI. ``HYPOTHESIS_PROFILE=default`` overrides it.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
)
