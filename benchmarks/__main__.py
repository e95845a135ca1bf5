"""``python -m benchmarks [--only NAME ...] [--quick] [--no-write]``: run the benchmarks.

Runs every benchmark module (or the named ones: ``--only NAME``, repeatable, or
names as arguments), prints each one's details and then one table; a full run
writes ``benchmarks/results.json`` and ``docs/performance.md`` unless
``--no-write``.  A run of some benchmarks only writes nothing (the files hold
the whole table) unless ``--write``; a ``--quick`` run never writes: its
numbers are a smoke check, not a measurement.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.harness import Options, Report, discover, machine, table, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="run this benchmark only"
    )
    parser.add_argument("--quick", action="store_true", help="a short smoke run; writes nothing")
    parser.add_argument("--write", action="store_true", help="write the files after a partial run")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)

    names = [*args.names, *args.only]
    benches = discover(names)
    if args.list:
        for bench in benches:
            print(f"{bench.name:<20} {bench.title}")
        return 0
    options = Options(quick=args.quick)
    machine_line = machine()  # before the load: the load average says how busy it already was
    reports: list[Report] = []
    for bench in benches:
        print(f"== {bench.title} ({bench.name})", flush=True)
        report = bench.run(options)
        for line in report.details:
            print(f"   {line}")
        reports.append(report)
    print()
    print(table(reports))
    if not (args.quick or args.no_write or (names and not args.write)):
        write(reports, machine_line=machine_line)
        print("\nwrote benchmarks/results.json and docs/performance.md")
    missed = [f.figure for r in reports for f in r.figures if f.met is False]
    if missed:
        print(f"\ntargets missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
