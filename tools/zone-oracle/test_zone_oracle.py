"""Hand-made boundary cases for zone_oracle.py (SPEC R2.2).

Run: python3 -m unittest discover -s tools/zone-oracle
"""

import contextlib
import csv
import io
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zone_oracle as zo  # noqa: E402

M1, M2, M3 = "2024-06", "2024-05", "2024-04"   # cycle month m = M-1; M-2; older

SUB_HEADER = ["msisdn", "name", "region", "brand", "join_date", "min_commit", "tier"]
USAGE_HEADER = ["msisdn", "month", "bill", "mou_out", "data_mb", "sms", "state"]

# msisdn -> min_commit ("" = empty = 0)
SUBS = {
    "13800000001": "88",       # blue: bill 188.00 exactly, mou 301, commit 88 exactly
    "13800000002": "87.99",    # green: commit 87.99
    "13800000003": "",         # green: empty commit
    "13800000004": "88.00",    # none_below: bill 187.99
    "13800000005": "88",       # none_below: mou exactly 300 in M-1 (not red, not blue)
    "13800000006": "88",       # red: M-2 188.00/301, M-1 200/299
    "13800000007": "88",       # yellow: M-2 188.00/301, M-1 187.99
    "13800000008": "88",       # none_below: M-2 mou exactly 300, M-1 187.99
    "13800000009": "88",       # missing M-2: bill drop cannot be yellow
    "13800000010": "88",       # missing M-2: mou drop cannot be red
    "13800000011": "88",       # missing M-1 (only M-2 row): none_left
    "13800000012": "88",       # cancelled in M-1: none_left
    "13800000013": "88",       # suspended in M-1: white, even with high values
    "13800000014": "88",       # precancel in M-1: white
    "13800000015": "88",       # M-2 bill 187.99: not high, M-1 low -> none_below
    "+8613800000016": "0",     # +86 kept; green (commit 0)
    "0013800000017": "88",     # leading zeros kept; blue
    "13800000018": "88",       # state in upper case: SUSPENDED -> white
    "13800000019": "88",       # duplicate M-1 row: first (high) wins -> blue
    "13800000020": "88",       # first M-1 row malformed (skipped), second valid -> blue
    "13800000021": "88",       # no usage at all: none_left
    "13800000022": "88",       # yellow wins over white? no: white first (suspended M-1)
    "13800000023": "88",       # red needs M-1 bill >= A: 187.99/10 after high M-2 -> yellow
    "13800000024": "88",       # M-2 suspended but high: still counts for yellow (only bill/mou)
    "13800000025": "88",       # M-1 high, commit 88, M-2 high: stays blue (not yellow/red)
}

EXPECTED = {
    "13800000001": ("blue", "blue_commit"),
    "13800000002": ("green", "green_no_commit"),
    "13800000003": ("green", "green_no_commit"),
    "13800000004": ("none", "none_below"),
    "13800000005": ("none", "none_below"),
    "13800000006": ("red", "red_mou_drop"),
    "13800000007": ("yellow", "yellow_bill_drop"),
    "13800000008": ("none", "none_below"),
    "13800000009": ("none", "none_below"),
    "13800000010": ("none", "none_below"),
    "13800000011": ("none", "none_left"),
    "13800000012": ("none", "none_left"),
    "13800000013": ("white", "white_state"),
    "13800000014": ("white", "white_state"),
    "13800000015": ("none", "none_below"),
    "+8613800000016": ("green", "green_no_commit"),
    "0013800000017": ("blue", "blue_commit"),
    "13800000018": ("white", "white_state"),
    "13800000019": ("blue", "blue_commit"),
    "13800000020": ("blue", "blue_commit"),
    "13800000021": ("none", "none_left"),
    "13800000022": ("white", "white_state"),
    "13800000023": ("yellow", "yellow_bill_drop"),
    "13800000024": ("yellow", "yellow_bill_drop"),
    "13800000025": ("blue", "blue_commit"),
}

# (msisdn, month, bill, mou_out, state)
USAGE = [
    ("13800000001", M1, "188.00", "301", "active"),
    ("13800000002", M1, "188", "301", "active"),
    ("13800000003", M1, "250.5", "1000", "active"),
    ("13800000004", M1, "187.99", "301", "active"),
    ("13800000005", M1, "200", "300", "active"),
    ("13800000005", M2, "200", "400", "active"),
    ("13800000006", M2, "188.00", "301", "active"),
    ("13800000006", M1, "200", "299", "active"),
    ("13800000007", M2, "188.00", "301", "active"),
    ("13800000007", M1, "187.99", "500", "active"),
    ("13800000008", M2, "500", "300", "active"),
    ("13800000008", M1, "187.99", "500", "active"),
    ("13800000009", M1, "100", "100", "active"),
    ("13800000009", M3, "500", "1000", "active"),   # older month: must be ignored
    ("13800000010", M1, "200", "10", "active"),
    ("13800000011", M2, "500", "1000", "active"),
    ("13800000012", M2, "500", "1000", "active"),
    ("13800000012", M1, "500", "1000", "cancelled"),
    ("13800000013", M1, "500", "1000", "suspended"),
    ("13800000014", M1, "500", "1000", "precancel"),
    ("13800000015", M2, "187.99", "1000", "active"),
    ("13800000015", M1, "10", "10", "active"),
    ("+8613800000016", M1, "188", "301", "active"),
    ("0013800000017", M1, "188", "301", "active"),
    ("13800000018", M1, "500", "1000", "SUSPENDED"),
    ("13800000019", M1, "500", "1000", "active"),
    ("13800000019", M1, "1", "1", "active"),         # duplicate: skipped
    ("13800000020", M1, "12x", "1000", "active"),    # malformed bill: skipped
    ("13800000020", M1, "500", "1000", "active"),
    ("13800000022", M2, "500", "1000", "active"),
    ("13800000022", M1, "10", "10", "suspended"),
    ("13800000023", M2, "500", "1000", "active"),
    ("13800000023", M1, "187.99", "10", "active"),
    ("13800000024", M2, "500", "1000", "suspended"),
    ("13800000024", M1, "100", "1000", "active"),
    ("13800000025", M2, "500", "1000", "active"),
    ("13800000025", M1, "500", "1000", "active"),
    # malformed rows of the relevant months, all skipped
    ("13800000001", M2, "-5", "301", "active"),       # negative money
    ("13800000002", M2, "188.001", "301", "active"),  # three decimals
    ("13800000003", M2, "188", "3.5", "active"),      # non-integer MOU
    ("13800000004", M2, "188", "301", "frozen"),      # unknown state
    ("13899999999", M1, "500", "1000", "active"),     # unknown subscriber
]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def write_inputs(d, subs=SUBS, usage=USAGE):
    write_csv(os.path.join(d, "subscribers.csv"), SUB_HEADER,
              [[m, "Name " + m[-2:], "hangzhou", "gotone", "2015-03-01", c, ""]
               for m, c in subs.items()])
    write_csv(os.path.join(d, "usage_monthly.csv"), USAGE_HEADER,
              [[m, mon, b, mou, "12.5", "3", st] for m, mon, b, mou, st in usage])


def write_segments(path, zones, month=M1, drop=(), override=None):
    override = override or {}
    rows = []
    for m, (z, r) in zones.items():
        if m in drop:
            continue
        z, r = override.get(m, (z, r))
        rows.append([m, month, "gold", "imported", z, r])
    write_csv(path, ["msisdn", "month", "tier", "tier_source", "zone", "rule"], rows)


class ZoneRules(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        write_inputs(cls.tmp.name)
        cls.res = zo.compute_zones(cls.tmp.name, M1, 18800, 300, 8800)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_every_case(self):
        for msisdn, want in EXPECTED.items():
            with self.subTest(msisdn=msisdn):
                self.assertEqual(self.res["zones"][zo.canonical(msisdn)], want)
        self.assertEqual(set(self.res["zones"]), {zo.canonical(m) for m in EXPECTED})

    def test_skipped_rows_counted(self):
        sk = self.res["use_skipped"]
        self.assertEqual(sk["duplicate msisdn+month"], 1)
        self.assertEqual(sk["malformed bill"], 3)       # 12x, -5, 188.001
        self.assertEqual(sk["malformed mou_out"], 1)
        self.assertEqual(sk["unknown state"], 1)
        self.assertEqual(sk["unknown subscriber"], 1)
        self.assertEqual(self.res["use_stats"]["other_months"], 1)

    def test_money_kept_exact(self):
        self.assertEqual(self.res["u1"]["13800000004"][0], 18799)
        self.assertEqual(self.res["u1"]["13800000003"][0], 25050)
        self.assertEqual(self.res["subs"]["13800000002"], 8799)
        self.assertEqual(self.res["subs"]["13800000003"], 0)

    def test_thresholds_are_settings(self):
        with tempfile.TemporaryDirectory() as d:
            write_inputs(d)
            # A = 187.99: 13800000004 (187.99/301, commit 88) becomes blue
            res = zo.compute_zones(d, M1, 18799, 300, 8800)
            self.assertEqual(res["zones"]["13800000004"], ("blue", "blue_commit"))
            # M = 299: 13800000005 (200 / 300) becomes blue
            res = zo.compute_zones(d, M1, 18800, 299, 8800)
            self.assertEqual(res["zones"]["13800000005"], ("blue", "blue_commit"))
            # C = 87.99: commit 87.99 is now >= C -> blue
            res = zo.compute_zones(d, M1, 18800, 300, 8799)
            self.assertEqual(res["zones"]["13800000002"], ("blue", "blue_commit"))


class TwoFormsOfANumber(unittest.TestCase):
    """docs/data-formats.md: +86 and the national form are one number; outputs keep the form received."""

    SUBS = {"+8613900000001": "88", "13900000002": "88", "13900000001": "88",  # the last: a duplicate
            "+86013900000003": "88"}  # +86 before a non-mobile number: its own number

    USAGE = [
        ("13900000001", M1, "500", "1000", "active"),       # national form of the +86 subscriber
        ("+8613900000001", M2, "500", "1000", "active"),
        ("+8613900000002", M1, "100", "1000", "active"),    # +86 form of a national subscriber
        ("8613900000002", M2, "500", "1000", "active"),
        ("13900000002", M1, "999", "1000", "active"),       # the same subscriber and month again
        ("+86013900000003", M1, "500", "1000", "active"),
        ("013900000003", M1, "500", "1000", "active"),      # another number: unknown
    ]

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.d = self.tmp.name
        write_inputs(self.d, self.SUBS, self.USAGE)
        self.seg = os.path.join(self.d, "segments.csv")

    def tearDown(self):
        self.tmp.cleanup()

    def test_canonical(self):
        for written in ("+8613812345678", "008613812345678", "8613812345678", "13812345678"):
            self.assertEqual(zo.canonical(written), "13812345678", written)
        for own in ("+86057112345678", "861381234567", "+4413812345678", "013812345678",
                    "+86238123456789", "12345"):
            self.assertEqual(zo.canonical(own), own)

    def test_both_forms_are_one_key_and_usage_joins_in_either(self):
        res = zo.compute_zones(self.d, M1, 18800, 300, 8800)
        self.assertEqual(set(res["zones"]), {"13900000001", "13900000002", "+86013900000003"})
        self.assertEqual(res["sub_skipped"]["duplicate msisdn"], 1)
        self.assertEqual(res["zones"]["13900000001"], ("blue", "blue_commit"))
        self.assertEqual(res["zones"]["13900000002"], ("yellow", "yellow_bill_drop"))
        self.assertEqual(res["use_skipped"]["duplicate msisdn+month"], 1)
        self.assertEqual(res["use_skipped"]["unknown subscriber"], 1)
        self.assertEqual(res["received"]["13900000001"], "+8613900000001")

    def run_main(self):
        buf = io.StringIO()
        with contextlib.redirect_stderr(io.StringIO()):
            rc = zo.main(["--in", self.d, "--segments", self.seg, "--month", M1], out=buf)
        return rc, buf.getvalue()

    def test_segments_must_keep_the_number_as_received(self):
        zones = {"+8613900000001": ("blue", "blue_commit"), "13900000002": ("yellow", "yellow_bill_drop"),
                 "+86013900000003": ("blue", "blue_commit")}
        write_segments(self.seg, zones)
        rc, out = self.run_main()
        self.assertEqual(rc, 0, out)
        self.assertIn("RESULT: IDENTICAL", out)
        write_segments(self.seg, {("13900000001" if m.startswith("+8613") else m): z for m, z in zones.items()})
        rc, out = self.run_main()
        self.assertEqual(rc, 1, out)
        self.assertIn("numbers not as received:       1", out)
        self.assertIn("13900000001: not the number as received ('+8613900000001' in subscribers.csv)", out)


class Helpers(unittest.TestCase):
    def test_parse_money(self):
        self.assertEqual(zo.parse_money("188"), 18800)
        self.assertEqual(zo.parse_money("188.5"), 18850)
        self.assertEqual(zo.parse_money("188.00"), 18800)
        self.assertEqual(zo.parse_money("187.99"), 18799)
        self.assertEqual(zo.parse_money("0.05"), 5)
        for bad in ("", "-1", "1.234", "1e3", "188.", ".5", " 188", "１８８", "NaN"):
            self.assertIsNone(zo.parse_money(bad), bad)

    def test_prev_month(self):
        self.assertEqual(zo.prev_month("2024-01"), "2023-12")
        self.assertEqual(zo.prev_month("2024-06"), "2024-05")

    def test_decide_direct(self):
        A, M, C = 18800, 300, 8800
        self.assertEqual(zo.decide(0, None, None, A, M, C), ("none", "none_left"))
        self.assertEqual(zo.decide(8800, (18800, 301, "active"), None, A, M, C),
                         ("blue", "blue_commit"))
        self.assertEqual(zo.decide(8799, (18800, 301, "active"), None, A, M, C),
                         ("green", "green_no_commit"))
        self.assertEqual(zo.decide(8800, (18800, 300, "active"), (18800, 301, "active"),
                                   A, M, C), ("none", "none_below"))


class EndToEnd(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.d = self.tmp.name
        write_inputs(self.d)
        self.seg = os.path.join(self.d, "segments.csv")

    def tearDown(self):
        self.tmp.cleanup()

    def run_main(self, *extra):
        buf, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err):
            rc = zo.main(["--in", self.d, "--segments", self.seg, "--month", M1, *extra],
                         out=buf)
        return rc, buf.getvalue() + err.getvalue()

    def test_identical(self):
        write_segments(self.seg, EXPECTED)
        rc, out = self.run_main()
        self.assertEqual(rc, 0, out)
        self.assertIn("RESULT: IDENTICAL", out)

    def test_zone_disagreement(self):
        write_segments(self.seg, EXPECTED,
                       override={"13800000005": ("blue", "blue_commit")})
        rc, out = self.run_main()
        self.assertEqual(rc, 1)
        self.assertIn("zone disagreements:            1", out)
        self.assertIn("13800000005: oracle none/none_below, engine blue", out)
        self.assertIn("bill 200.00 mou 300 active", out)

    def test_rule_disagreement(self):
        write_segments(self.seg, EXPECTED,
                       override={"13800000011": ("none", "none_below")})
        rc, out = self.run_main()
        self.assertEqual(rc, 1)
        rc, out = self.run_main("--zone-only")
        self.assertEqual(rc, 0, out)

    def test_missing_duplicate_wrong_month(self):
        write_segments(self.seg, EXPECTED, drop={"+8613800000016"})
        rc, out = self.run_main()
        self.assertEqual(rc, 1)
        self.assertIn("subscribers missing in engine: 1", out)
        write_segments(self.seg, EXPECTED, month=M2)
        rc, out = self.run_main()
        self.assertEqual(rc, 1)
        self.assertRegex(out, r"rows with month != 2024-06: +25\n")
        write_segments(self.seg, EXPECTED)
        with open(self.seg, "a", encoding="utf-8", newline="") as f:
            csv.writer(f).writerow(["13800000001", M1, "gold", "imported", "blue",
                                    "blue_commit"])
        rc, out = self.run_main()
        self.assertEqual(rc, 1)
        self.assertIn("duplicate rows in engine:      1", out)

    def test_decided_values_compared(self):
        res = zo.compute_zones(self.d, M1, 18800, 300, 8800)
        header = ["zone", "msisdn", "rule", "month", "bill_m1", "mou_m1", "bill_m2",
                  "mou_m2", "state_m1"]

        def rows(tweak=None):
            out = []
            for m, (z, r) in EXPECTED.items():
                r1, r2 = res["u1"].get(zo.canonical(m)), res["u2"].get(zo.canonical(m))
                row = [z, m, r, M1,
                       zo.fmt_fen(r1[0]) if r1 else "", str(r1[1]) if r1 else "",
                       zo.fmt_fen(r2[0]) if r2 else "", str(r2[1]) if r2 else "",
                       r1[2] if r1 else ""]
                if tweak and m == tweak[0]:
                    row[header.index(tweak[1])] = tweak[2]
                out.append(row)
            return out

        write_csv(self.seg, header, rows())
        rc, out = self.run_main()
        self.assertEqual(rc, 0, out)
        write_csv(self.seg, header, rows(("13800000007", "bill_m1", "188.00")))
        rc, out = self.run_main()
        self.assertEqual(rc, 1)
        self.assertIn("bill_m1: oracle '187.99', engine '188.00'", out)
        write_csv(self.seg, header, rows(("13800000021", "mou_m2", "0")))
        rc, out = self.run_main()
        self.assertEqual(rc, 1)
        self.assertIn("rule/value disagreements:      1", out)

    def test_bad_usage(self):
        write_segments(self.seg, EXPECTED)
        self.assertEqual(self.run_main("--A", "18x")[0], 2)
        self.assertEqual(self.run_main("--A", "188.001")[0], 2)
        buf = io.StringIO()
        with contextlib.redirect_stderr(io.StringIO()):
            self.assertEqual(zo.main(["--in", self.d, "--segments", self.seg,
                                      "--month", "2024-13"], out=buf), 2)
            self.assertEqual(zo.main(["--in", self.d, "--segments",
                                      os.path.join(self.d, "nope.csv"), "--month", M1],
                                     out=buf), 2)
        os.remove(os.path.join(self.d, "usage_monthly.csv"))
        self.assertEqual(self.run_main()[0], 2)


class LocationColumns(unittest.TestCase):
    """subscribers.csv's optional lat and lon (issue 13): the rows the engine rejects are skipped here too."""

    def test_lat_and_lon_both_or_neither_and_in_range(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "subscribers.csv")
            row = ["N", "hangzhou", "gotone", "2015-01-01", "", ""]
            write_csv(path, SUB_HEADER[:6] + ["address", "lat", "lon"], [
                ["13800000001"] + row[:5] + ["杭州市西湖区", "30.2741", "120.1551"],
                ["13800000002"] + row[:5] + ["", "", ""],
                ["13800000003"] + row[:5] + ["", "30.27", ""],
                ["13800000004"] + row[:5] + ["", "91", "120"],
                ["13800000005"] + row[:5] + ["", "30.27", "1e2"],
            ])
            subs, skipped, _, _ = zo.load_subscribers(path)
            self.assertEqual(set(subs), {"13800000001", "13800000002"})
            self.assertEqual(skipped["lat without lon or lon without lat"], 1)
            self.assertEqual(skipped["malformed lat"], 1)
            self.assertEqual(skipped["malformed lon"], 1)


if __name__ == "__main__":
    unittest.main()
