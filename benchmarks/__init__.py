"""Benchmarks of the Advocate Console project (``python -m benchmarks``, ``make bench``).

Each benchmark is a module here that defines ``BENCHMARK``, an object with a
``name``, a ``title`` and a ``run(options) -> Report`` method (see
:mod:`benchmarks.harness`).  The runner discovers them, prints a table and writes
``docs/performance.md`` and ``benchmarks/results.json``.  Benchmarks print
figures and ratios against a baseline measured in the same run; they are not
timed tests.
"""
