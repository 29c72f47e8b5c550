#!/usr/bin/env python3
"""Compares a `clausius run --csv` output with a reference series of src/test/resources/refs.

Usage: tools/compare-reference.py RUN.csv REF.csv

The rule is ReferenceCasesTest's (src/test/java/dev/clausius/dynamics), so the CI smoke test of an
installed image and the test suite judge a run alike:
  - every column of the reference is compared, except the reference's own diagnostics (`ref_*`);
    a reference column the run lacks is a failure, and so is a different number of rows;
  - a value passes when |run - ref| <= atol + rtol |ref|, with atol 1e-8 and rtol 1e-7;
  - NaN equals NaN (a value that does not exist, e.g. T_gen at t = 0), and a NaN against a number is
    a failure, either way round;
  - T_A_gen and T_B_gen (Eq. 17, dQ/dS) are compared only where the reference's |dS| > 1e-6, with the
    tolerance that dS and dQ grant to their quotient; where |dS| <= 1e-6 a quotient of two
    round-off-sized numbers is no test of anything.
Prints one line per failing value (at most 20) and a summary; exits 0 when all pass, 1 when any
fails, 2 when a file cannot be read.
"""

import csv
import math
import sys

ATOL = 1e-8
RTOL = 1e-7
DS_FLOOR = 1e-6
TEMPERATURES = {"T_A_gen": ("dS_A", "dQ_A"), "T_B_gen": ("dS_B", "dQ_B")}
SHOWN_FAILURES = 20


def read(path):
    """The CSV as {column: [float]}, in file order; text columns (warnings) are kept as strings."""
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        raise ValueError(f"{path}: empty file")
    header = [name.strip() for name in rows[0]]
    body = [row for row in rows[1:] if any(cell.strip() for cell in row)]
    columns = {name: [] for name in header}
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            raise ValueError(f"{path}: line {number} has {len(row)} fields, the header {len(header)}")
        for name, cell in zip(header, row):
            columns[name].append(cell.strip())
    return columns, len(body)


def number(text):
    # float() reads Java's "NaN", "Infinity" and "1.0E-5" as well as numpy's spellings
    return float(text)


def tolerance(column, ref, row, expected):
    """The allowed |run - ref| at one value, or None where the value is not compared."""
    allowed = ATOL + RTOL * abs(expected)
    if column in TEMPERATURES:
        ds_name, dq_name = TEMPERATURES[column]
        ds = number(ref[ds_name][row])
        dq = number(ref[dq_name][row])
        if not abs(ds) > DS_FLOOR:
            return None
        # T = dQ/dS: the error of a quotient from the errors its numerator and denominator may carry
        allowed += ((ATOL + RTOL * abs(dq)) + abs(expected) * (ATOL + RTOL * abs(ds))) / abs(ds)
    return allowed


def compare(run_path, ref_path):
    """(failures, values compared, columns compared); failures are one-line descriptions."""
    run, run_rows = read(run_path)
    ref, ref_rows = read(ref_path)
    failures = []
    if run_rows != ref_rows:
        failures.append(f"{run_path} has {run_rows} rows, the reference {ref_rows}")
        return failures, 0, 0
    compared = 0
    columns = [name for name in ref if not name.startswith("ref_")]
    for column in columns:
        if column not in run:
            failures.append(f"{run_path} has no column {column} (the reference has)")
            continue
        for row in range(ref_rows):
            expected = number(ref[column][row])
            got = number(run[column][row])
            if math.isnan(expected) or math.isnan(got):
                if math.isnan(expected) != math.isnan(got):
                    failures.append(f"{column} at t={ref['t'][row]}: run {got}, reference {expected}")
                compared += 1
                continue
            allowed = tolerance(column, ref, row, expected)
            if allowed is None:
                continue
            if not abs(got - expected) <= allowed:
                failures.append(f"{column} at t={ref['t'][row]}: run {got!r}, reference {expected!r},"
                                f" |difference| {abs(got - expected):.3g} > {allowed:.3g}")
            compared += 1
    return failures, compared, len(columns)


def main(argv):
    if len(argv) != 3:
        print("usage: compare-reference.py RUN.csv REF.csv", file=sys.stderr)
        return 2
    try:
        failures, compared, columns = compare(argv[1], argv[2])
    except (OSError, ValueError) as e:
        print(f"compare-reference: {e}", file=sys.stderr)
        return 2
    for line in failures[:SHOWN_FAILURES]:
        print(line)
    if len(failures) > SHOWN_FAILURES:
        print(f"... and {len(failures) - SHOWN_FAILURES} more")
    if failures:
        print(f"FAIL {argv[1]} against {argv[2]}: {len(failures)} of {compared} values differ")
        return 1
    if compared == 0:
        print(f"FAIL {argv[1]} against {argv[2]}: nothing was compared")
        return 1
    print(f"OK {argv[1]} against {argv[2]}: {compared} values in {columns} columns"
          f" within atol {ATOL:g}, rtol {RTOL:g}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
