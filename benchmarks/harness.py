"""The small common interface every benchmark plugs into, and the report writers.

A benchmark is a module of this package that defines ``BENCHMARK``: an object
with ``name`` (short, for the command line), ``title`` and
``run(options: Options) -> Report``.  ``run`` is synchronous (it may start its
own event loop or child processes) and returns figures, each with an optional
target, plus a few sentences on how it measured.  The runner
(``python -m benchmarks``) discovers the modules, runs them, prints a table and
writes ``benchmarks/results.json`` and ``docs/performance.md``.

Later benchmarks (console start-up, event-loop stalls, sync) add a module with
its own ``BENCHMARK``; nothing else changes.
"""

from __future__ import annotations

import importlib
import json
import math
import os
import pkgutil
import platform
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

ROOT = Path(__file__).resolve().parents[1]
RESULTS_JSON = ROOT / "benchmarks" / "results.json"
PERFORMANCE_MD = ROOT / "docs" / "performance.md"

Comparison = Literal["<=", ">="]


@dataclass(frozen=True, slots=True)
class Target:
    op: Comparison
    value: float

    def met_by(self, value: float) -> bool:
        if math.isnan(value):
            return False
        return value <= self.value if self.op == "<=" else value >= self.value

    def __str__(self) -> str:
        return f"{self.op} {_number(self.value)}"


@dataclass(frozen=True, slots=True)
class Check:
    """A second condition of one figure's target ("<= 50 ms, p99 <= 16 ms")."""

    label: str
    value: float
    target: Target

    def __str__(self) -> str:
        return f"{self.label} {self.target}"


@dataclass(frozen=True, slots=True)
class Figure:
    figure: str
    value: float
    unit: str
    target: Target | None = None
    checks: tuple[Check, ...] = ()  # met only when these hold too

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.target.met_by(self.value) and all(c.target.met_by(c.value) for c in self.checks)

    @property
    def target_text(self) -> str:
        if self.target is None:
            return ""
        return ", ".join([str(self.target), *(str(c) for c in self.checks)])

    def as_json(self) -> dict[str, object]:
        return {
            "figure": self.figure,
            "value": None if math.isnan(self.value) else round(self.value, 3),
            "unit": self.unit,
            "target": self.target_text or None,
            "met": self.met,
        }


@dataclass(slots=True)
class Report:
    name: str
    title: str
    figures: list[Figure]
    method: str  # how it was measured, for docs/performance.md
    details: list[str] = field(default_factory=list)  # extra lines for the console


@dataclass(frozen=True, slots=True)
class Options:
    quick: bool = False  # a short run (smoke), for checking the harness itself


@runtime_checkable
class Benchmark(Protocol):
    name: str
    title: str

    def run(self, options: Options) -> Report: ...


def discover(names: Sequence[str] = ()) -> list[Benchmark]:
    """Every module of this package that defines BENCHMARK (or only the named ones)."""
    package = importlib.import_module("benchmarks")
    found: list[Benchmark] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        bench = getattr(module, "BENCHMARK", None)
        if isinstance(bench, Benchmark):
            found.append(bench)
    if names:
        unknown = set(names) - {b.name for b in found}
        if unknown:
            raise SystemExit(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
        found = [b for b in found if b.name in names]
    return found


# ---------------------------------------------------------------- output


def _number(value: float) -> str:
    if math.isnan(value):
        return "n/a"
    if value == int(value) and abs(value) < 1e6:
        return str(int(value))
    return f"{value:.2f}" if abs(value) < 100 else f"{value:.1f}"


def _met(met: bool | None) -> str:
    return "" if met is None else ("yes" if met else "NO")


def table(reports: Iterable[Report]) -> str:
    rows = [("figure", "value", "unit", "target", "met")]
    for report in reports:
        for f in report.figures:
            rows.append((f.figure, _number(f.value), f.unit, f.target_text, _met(f.met)))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    model = _cpu_model()
    if model:
        cpu = model
    try:
        load = f" load average {os.getloadavg()[0]:.2f} at the start,"
    except OSError:
        load = ""
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} CPU(s) ({cpu}),{load} "
        f"Python {sys.version.split()[0]}"
    )


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        return ""
    return ""


def markdown(reports: Sequence[Report], when: datetime, machine_line: str | None = None) -> str:
    out = [
        "# Performance",
        "",
        "Written by `python -m benchmarks` (`make bench`); do not edit by hand.",
        "",
        f"Measured {when:%Y-%m-%d %H:%M} UTC on {machine_line or machine()}.",
        "",
        "| figure | value | unit | target | met |",
        "|---|---:|---|---|---|",
    ]
    for report in reports:
        for f in report.figures:
            out.append(
                f"| {f.figure} | {_number(f.value)} | {f.unit} | {f.target_text} | {_met(f.met)} |"
            )
    out.append("")
    out.append("## How each was measured")
    for report in reports:
        out += ["", f"### {report.title}", "", report.method]
        if report.details:
            out += ["", "```", *report.details, "```"]
    out.append("")
    return "\n".join(out)


def write(
    reports: Sequence[Report],
    *,
    json_path: Path = RESULTS_JSON,
    md_path: Path = PERFORMANCE_MD,
    machine_line: str | None = None,
) -> None:
    figures = [f.as_json() for report in reports for f in report.figures]
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    md_path.parent.mkdir(parents=True, exist_ok=True)
    md_path.write_text(markdown(reports, datetime.now(UTC), machine_line), encoding="utf-8")
