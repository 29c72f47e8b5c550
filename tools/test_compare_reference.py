#!/usr/bin/env python3
"""Tests tools/compare-reference.py on a real run: Clausius' own CSV of the resonant-qubits
reference case must pass, and copies of it perturbed beyond the tolerance must fail.

Usage: tools/test_compare_reference.py            (runs `java -jar target/clausius.jar`)
       CLAUSIUS="target/dist/Clausius/bin/Clausius" tools/test_compare_reference.py
The jar must have been built (mvn -q package -DskipTests).
"""

import csv
import os
import shlex
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "compare-reference.py"
REF_DIR = ROOT / "src" / "test" / "resources" / "refs" / "resonant-qubits"
REF = REF_DIR / "ref.csv"


def clausius():
    return shlex.split(os.environ.get("CLAUSIUS", f"java -jar {ROOT / 'target' / 'clausius.jar'}"))


def compare(run_csv):
    result = subprocess.run([sys.executable, str(SCRIPT), str(run_csv), str(REF)],
                            capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


class CompareReferenceTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.temp = tempfile.TemporaryDirectory()
        cls.run_csv = Path(cls.temp.name) / "run.csv"
        subprocess.run(clausius() + ["run", str(REF_DIR / "preset.json"), "--csv", str(cls.run_csv)],
                       check=True, cwd=ROOT)
        with open(cls.run_csv, newline="") as f:
            cls.rows = list(csv.reader(f))

    @classmethod
    def tearDownClass(cls):
        cls.temp.cleanup()

    def write(self, rows, name):
        path = Path(self.temp.name) / name
        with open(path, "w", newline="") as f:
            csv.writer(f).writerows(rows)
        return path

    def edited(self, column, row, new_text):
        """A copy of the run with one cell replaced (row 1 is the first data row)."""
        rows = [list(r) for r in self.rows]
        rows[row][rows[0].index(column)] = new_text
        return rows

    def cell(self, column, row):
        return float(self.rows[row][self.rows[0].index(column)])

    def test_the_run_itself_matches_its_reference(self):
        self.assertGreater(len(self.rows), 400, "the run wrote its 401 frames")
        code, out = compare(self.run_csv)
        self.assertEqual(0, code, out)
        self.assertIn("in 21 columns", out)

    def test_a_value_off_by_a_relative_1e_6_fails(self):
        value = self.cell("S_A", 200)
        self.assertGreater(abs(value), 0.1)  # so that 1e-6 relative is far beyond atol + rtol |value|
        code, out = compare(self.write(self.edited("S_A", 200, repr(value * (1 + 1e-6))), "relative.csv"))
        self.assertEqual(1, code, out)
        self.assertIn("S_A at t=", out)

    def test_half_the_tolerance_passes_and_twice_it_fails(self):
        value = self.cell("E_A", 100)
        allowed = 1e-8 + 1e-7 * abs(value)  # atol + rtol |ref|, as ReferenceCasesTest
        inside = self.write(self.edited("E_A", 100, repr(value + 0.5 * allowed)), "inside.csv")
        outside = self.write(self.edited("E_A", 100, repr(value + 2 * allowed)), "outside.csv")
        code, out = compare(inside)
        self.assertEqual(0, code, out)
        code, out = compare(outside)
        self.assertEqual(1, code, out)
        self.assertIn("E_A at t=", out)

    def test_a_number_where_the_reference_has_nan_fails(self):
        self.assertEqual("NaN", self.rows[1][self.rows[0].index("T_A_gen")])  # T_gen at t = 0 does not exist
        code, out = compare(self.write(self.edited("T_A_gen", 1, "0.5"), "number-for-nan.csv"))
        self.assertEqual(1, code, out)

    def test_nan_where_the_reference_has_a_number_fails(self):
        code, out = compare(self.write(self.edited("S_AB", 50, "NaN"), "nan-for-number.csv"))
        self.assertEqual(1, code, out)
        self.assertIn("S_AB", out)

    def test_a_missing_column_fails(self):
        drop = self.rows[0].index("D_B")
        rows = [r[:drop] + r[drop + 1:] for r in self.rows]
        code, out = compare(self.write(rows, "no-column.csv"))
        self.assertEqual(1, code, out)
        self.assertIn("no column D_B", out)

    def test_a_missing_row_fails(self):
        code, out = compare(self.write(self.rows[:-1], "short.csv"))
        self.assertEqual(1, code, out)
        self.assertIn("rows", out)

    def test_an_unreadable_file_exits_2(self):
        code, out = compare(Path(self.temp.name) / "absent.csv")
        self.assertEqual(2, code, out)


if __name__ == "__main__":
    unittest.main()
