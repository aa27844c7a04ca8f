#!/usr/bin/env python3
"""Independent oracle for the five zones of SPEC R2.2.

Written from /work/shared/SPEC.md (R2.2) and docs/data-formats.md only, without looking
at the Java engine, so that its segments.csv can be checked row for row.

Usage:
    python3 tools/zone-oracle/zone_oracle.py --in INPUT_DIR \
        --segments OUTPUT_DIR/segments.csv --month YYYY-MM [--A 188] [--M 300] [--C 88]

Exit status: 0 = identical, 1 = any difference, 2 = bad usage or unreadable input.

Python 3.11 standard library only. Money is held as integer fen (1/100 CNY), never float.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import os
import re
import sys
import time
from collections import Counter
from decimal import Decimal, InvalidOperation

# --------------------------------------------------------------------------- formats
# All patterns are ASCII-only on purpose ([0-9], not \d, which also matches other
# scripts' digits). They are used with fullmatch.
MSISDN_RE = re.compile(r"\+?[0-9]{5,20}")
NATIONAL_DIGITS_RE = re.compile(r"[0-9]{11}")
MONEY_RE = re.compile(r"([0-9]+)(?:\.([0-9]{1,2}))?")   # CNY, at most 2 places, >= 0
INT_RE = re.compile(r"[0-9]+")                          # integer >= 0
DECIMAL_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")         # decimal >= 0
MONTH_RE = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

STATES = ("active", "suspended", "precancel", "cancelled")
STATE_CODES = {s: s for s in STATES}  # canonical (interned) strings
BOOLEANS = {"true", "false", "1", "0", "y", "n"}
BRANDS = {"gotone", "mzone", "easyown"}
TIERS = {"diamond", "gold", "silver", "none"}
GENDERS = {"M", "F"}

ZONES = ("blue", "green", "yellow", "red", "white", "none")
RULES = ("white_state", "yellow_bill_drop", "red_mou_drop", "blue_commit",
         "green_no_commit", "none_left", "none_below")

SUBSCRIBER_REQUIRED = ("msisdn", "name", "region", "brand", "join_date")
USAGE_REQUIRED = ("msisdn", "month", "bill", "mou_out", "data_mb", "sms", "state")
SEGMENTS_REQUIRED = ("msisdn", "month", "zone")
SEGMENTS_DETAIL = ("rule", "bill_m1", "mou_m1", "bill_m2", "mou_m2", "state_m1")


def canonical(msisdn: str) -> str:
    """The canonical form of a number (docs/data-formats.md, "One number, two forms"):
    '+86', '0086' or '86' is dropped when exactly 11 digits starting with 1 follow;
    anything else is its own canonical form. Keys and joins use it; outputs keep the
    number as received in subscribers.csv."""
    for prefix in ("+86", "0086", "86"):
        if msisdn.startswith(prefix):
            rest = msisdn[len(prefix):]
            if len(rest) == 11 and rest[0] == "1" and NATIONAL_DIGITS_RE.fullmatch(rest):
                return rest
    return msisdn


class UsageError(Exception):
    """Bad command line or an input that cannot be read at all: exit 2."""


def parse_money(text: str) -> int | None:
    """'188' / '188.5' / '188.00' -> fen (18800 / 18850 / 18800). None when malformed."""
    m = MONEY_RE.fullmatch(text)
    if m is None:
        return None
    whole, frac = m.groups()
    return int(whole) * 100 + (int(frac.ljust(2, "0")) if frac else 0)


def parse_money_loose(text: str) -> int | None:
    """For reading the engine's output: any exact decimal with at most 2 significant
    places (e.g. '188.000' is accepted). None when not a whole number of fen."""
    try:
        d = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return None
    fen = d * 100
    if fen != fen.to_integral_value():
        return None
    return int(fen)


def fmt_fen(fen: int | None) -> str:
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def is_date(text: str) -> bool:
    if DATE_RE.fullmatch(text) is None:
        return False
    try:
        datetime.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return False
    return True


def prev_month(month: str) -> str:
    m = MONTH_RE.fullmatch(month)
    if m is None:
        raise UsageError(f"--month must be YYYY-MM, got {month!r}")
    y, mo = int(m.group(1)), int(m.group(2))
    y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    return f"{y:04d}-{mo:02d}"


def has_bad_bytes(row: list[str]) -> bool:
    """Files are opened with errors='surrogateescape': undecodable bytes become lone
    surrogates, which cannot be encoded back to UTF-8."""
    try:
        "".join(row).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# --------------------------------------------------------------------------- reading
def open_csv(path: str):
    if not os.path.isfile(path):
        raise UsageError(f"{path}: no such file")
    try:
        f = open(path, "r", encoding="utf-8-sig", errors="surrogateescape", newline="")
    except OSError as e:
        raise UsageError(f"{path}: cannot open: {e}") from e
    reader = csv.reader(f)
    try:
        header = next(reader)
    except StopIteration:
        f.close()
        raise UsageError(f"{path}: empty file (no header)")
    except csv.Error as e:
        f.close()
        raise UsageError(f"{path}: unreadable header: {e}") from e
    cols: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        cols.setdefault(key, i)
    return f, reader, cols, len(header)


def need_columns(path: str, cols: dict[str, int], names) -> None:
    for n in names:
        if n not in cols:
            raise UsageError(f"{os.path.basename(path)}: missing required column '{n}'")


def load_subscribers(path: str, checks: str = "full"):
    """Returns (subs, skipped, skipped_rows, received): subs maps the canonical msisdn ->
    min_commit in fen, in file order; skipped is a Counter of reasons for the rows left
    out (first row wins; both forms of one number are a duplicate); received maps the
    canonical msisdn -> the number as the file wrote it."""
    f, reader, cols, ncols = open_csv(path)
    need_columns(path, cols, SUBSCRIBER_REQUIRED if checks == "full" else ("msisdn",))
    i_msisdn = cols["msisdn"]
    i_commit = cols.get("min_commit")
    opt = {k: cols.get(k) for k in ("gender", "birth_date", "lunar_birthday", "tier",
                                    "contract_end", "points", "points_expiry",
                                    "marketing_consent", "dnd", "lat", "lon")}
    req = {k: cols[k] for k in ("name", "region", "brand", "join_date") if k in cols}
    subs: dict[str, int] = {}
    received: dict[str, str] = {}
    skipped: Counter = Counter()
    skipped_rows: dict[str, str] = {}  # canonical msisdn -> reason, for explaining "extra" rows
    try:
        for row in reader:
            if not row:
                skipped["blank line"] += 1
                continue
            if len(row) != ncols:
                skipped["wrong number of fields"] += 1
                continue
            msisdn = row[i_msisdn]
            reason = None
            if has_bad_bytes(row):
                reason = "bytes that are not UTF-8"
            elif MSISDN_RE.fullmatch(msisdn) is None:
                reason = "malformed msisdn"
            commit = 0
            if reason is None and i_commit is not None and row[i_commit] != "":
                c = parse_money(row[i_commit])
                if c is None:
                    reason = "malformed min_commit"
                else:
                    commit = c
            if reason is None and checks == "full":
                reason = _subscriber_full_check(row, req, opt)
            key = canonical(msisdn)
            if reason is None and key in subs:
                reason = "duplicate msisdn"
            if reason is not None:
                skipped[reason] += 1
                if reason != "duplicate msisdn":
                    skipped_rows.setdefault(key, reason)
                continue
            subs[key] = commit
            received[key] = msisdn
    except csv.Error as e:
        raise UsageError(f"{path}: CSV error near line {reader.line_num}: {e}") from e
    finally:
        f.close()
    for m in subs:
        skipped_rows.pop(m, None)
    return subs, skipped, skipped_rows, received


DEGREES_RE = re.compile(r"-?[0-9]{1,3}(\.[0-9]{1,12})?")


def _subscriber_full_check(row, req, opt) -> str | None:
    for k in ("name", "region", "brand", "join_date"):
        if row[req[k]].strip() == "":
            return f"required field {k} empty"
    if row[req["brand"]].lower() not in BRANDS:
        return "unknown brand"
    if not is_date(row[req["join_date"]]):
        return "malformed join_date"
    v = _opt(row, opt, "gender")
    if v and v.upper() not in GENDERS:
        return "unknown gender"
    v = _opt(row, opt, "tier")
    if v and v.lower() not in TIERS:
        return "unknown tier"
    for k in ("birth_date", "contract_end", "points_expiry"):
        v = _opt(row, opt, k)
        if v and not is_date(v):
            return f"malformed {k}"
    for k in ("lunar_birthday", "marketing_consent", "dnd"):
        v = _opt(row, opt, k)
        if v and v.lower() not in BOOLEANS:
            return f"malformed {k}"
    v = _opt(row, opt, "points")
    if v and INT_RE.fullmatch(v) is None:
        return "malformed points"
    # issue 13: lat and lon, WGS-84 decimal degrees, both or neither
    lat, lon = _opt(row, opt, "lat").strip(), _opt(row, opt, "lon").strip()
    if (lat == "") != (lon == ""):
        return "lat without lon or lon without lat"
    for k, v, limit in (("lat", lat, 90), ("lon", lon, 180)):
        if v and (DEGREES_RE.fullmatch(v) is None or abs(float(v)) > limit):
            return f"malformed {k}"
    return None


def _opt(row, opt, key) -> str:
    i = opt.get(key)
    return row[i] if i is not None else ""


def load_usage(path: str, months: tuple[str, ...], subs: dict[str, int]):
    """Streams usage_monthly.csv and keeps only valid rows of the given months.

    Returns (by_month, skipped, stats): by_month[month][canonical msisdn] = (bill_fen, mou, state,
    line); skipped counts reasons for rows of those months that were left out; stats
    has 'rows' (all data rows read), 'other_months', 'bad_shape' (rows whose field count
    is wrong, any month — their month cannot be trusted)."""
    f, reader, cols, ncols = open_csv(path)
    need_columns(path, cols, USAGE_REQUIRED)
    i_msisdn, i_month, i_bill, i_mou, i_data, i_sms, i_state = (
        cols[c] for c in USAGE_REQUIRED)
    by_month: dict[str, dict[str, tuple]] = {m: {} for m in months}
    wanted = set(months)
    skipped: Counter = Counter()
    rows = other = bad_shape = 0
    try:
        for row in reader:
            rows += 1
            if len(row) != ncols:
                bad_shape += 1
                continue
            month = row[i_month]
            if month not in wanted:
                other += 1
                continue
            msisdn = row[i_msisdn]
            if MSISDN_RE.fullmatch(msisdn) is None:
                skipped["malformed msisdn"] += 1
                continue
            bill = parse_money(row[i_bill])
            if bill is None:
                skipped["malformed bill"] += 1
                continue
            mou = row[i_mou]
            if INT_RE.fullmatch(mou) is None:
                skipped["malformed mou_out"] += 1
                continue
            if DECIMAL_RE.fullmatch(row[i_data]) is None:
                skipped["malformed data_mb"] += 1
                continue
            if INT_RE.fullmatch(row[i_sms]) is None:
                skipped["malformed sms"] += 1
                continue
            state = STATE_CODES.get(row[i_state].lower())
            if state is None:
                skipped["unknown state"] += 1
                continue
            if has_bad_bytes(row):
                skipped["bytes that are not UTF-8"] += 1
                continue
            key = canonical(msisdn)
            if key not in subs:
                skipped["unknown subscriber"] += 1
                continue
            target = by_month[month]
            if key in target:
                skipped["duplicate msisdn+month"] += 1
                continue
            target[key] = (bill, int(mou), state, reader.line_num)
    except csv.Error as e:
        raise UsageError(f"{path}: CSV error near line {reader.line_num}: {e}") from e
    finally:
        f.close()
    return by_month, skipped, {"rows": rows, "other_months": other, "bad_shape": bad_shape}


# --------------------------------------------------------------------------- R2.2
def decide(commit: int, r1, r2, A: int, M, C: int) -> tuple[str, str]:
    """SPEC R2.2. commit, A, C in fen; M in minutes; r1 = M-1 row, r2 = M-2 row, each
    (bill_fen, mou, state, ...) or None. First match wins."""
    if r1 is None:
        return "none", "none_left"                      # no usage row for M-1: left
    bill1, mou1, state1 = r1[0], r1[1], r1[2]
    if state1 == "suspended" or state1 == "precancel":
        return "white", "white_state"                   # 1. white
    if state1 == "cancelled":
        return "none", "none_left"                      # cancelled in M-1: left
    high2 = r2 is not None and r2[0] >= A and r2[1] > M  # no M-2 row: yellow/red impossible
    if high2 and bill1 < A:
        return "yellow", "yellow_bill_drop"             # 2. yellow
    if high2 and bill1 >= A and mou1 < M:
        return "red", "red_mou_drop"                    # 3. red
    if bill1 >= A and mou1 > M:
        if commit >= C:
            return "blue", "blue_commit"                # 4. blue
        return "green", "green_no_commit"               # 5. green
    return "none", "none_below"                         # 6. otherwise


def compute_zones(in_dir: str, month: str, A: int, M, C: int, checks: str = "full"):
    """Returns a dict with subs, usage maps and zones {msisdn: (zone, rule)}."""
    m1, m2 = month, prev_month(month)
    subs, sub_skipped, sub_skipped_rows, received = load_subscribers(
        os.path.join(in_dir, "subscribers.csv"), checks)
    if not subs:
        raise UsageError(f"{os.path.join(in_dir, 'subscribers.csv')}: no valid subscriber")
    by_month, use_skipped, use_stats = load_usage(
        os.path.join(in_dir, "usage_monthly.csv"), (m1, m2), subs)
    u1, u2 = by_month[m1], by_month[m2]
    zones = {s: decide(c, u1.get(s), u2.get(s), A, M, C) for s, c in subs.items()}
    return {
        "m1": m1, "m2": m2, "subs": subs, "received": received, "u1": u1, "u2": u2, "zones": zones,
        "sub_skipped": sub_skipped, "sub_skipped_rows": sub_skipped_rows,
        "use_skipped": use_skipped, "use_stats": use_stats,
    }


# --------------------------------------------------------------------------- compare
def _explain(res, msisdn: str) -> str:
    subs, u1, u2 = res["subs"], res["u1"], res["u2"]
    parts = []
    if msisdn in subs:
        parts.append(f"min_commit={fmt_fen(subs[msisdn])}")
    for label, u, mon in (("M-1", u1, res["m1"]), ("M-2", u2, res["m2"])):
        r = u.get(msisdn)
        if r is None:
            parts.append(f"{label}({mon})=no row")
        else:
            parts.append(f"{label}({mon})=bill {fmt_fen(r[0])} mou {r[1]} {r[2]} "
                         f"[line {r[3]}]")
    return "; ".join(parts)


def compare(res, segments_path: str, zone_only: bool = False, limit: int = 20):
    """Streams segments.csv against the oracle. Returns (report_lines, n_differences).
    Rows are matched by canonical number; each must carry the number as received."""
    zones, subs, u1, u2 = res["zones"], res["subs"], res["u1"], res["u2"]
    received = res["received"]
    m1 = res["m1"]
    f, reader, cols, ncols = open_csv(segments_path)
    missing_cols = [c for c in SEGMENTS_REQUIRED if c not in cols]
    out: list[str] = []
    if missing_cols:
        f.close()
        out.append(f"segments.csv lacks required column(s): {', '.join(missing_cols)}")
        return out, 1
    i_msisdn, i_month, i_zone = (cols[c] for c in SEGMENTS_REQUIRED)
    detail = {} if zone_only else {c: cols[c] for c in SEGMENTS_DETAIL if c in cols}

    engine_zones: Counter = Counter()
    engine_rules: Counter = Counter()
    seen: set[str] = set()
    zone_diffs: list[str] = []
    detail_diffs: list[str] = []
    other_diffs: list[str] = []
    n_zone = n_detail = n_dup = n_extra = n_month = n_shape = n_form = 0
    try:
        for row in reader:
            if len(row) != ncols:
                n_shape += 1
                if len(other_diffs) < limit:
                    other_diffs.append(f"line {reader.line_num}: wrong number of fields")
                continue
            written, mon, zone = row[i_msisdn], row[i_month], row[i_zone]
            msisdn = canonical(written)
            engine_zones[zone] += 1
            if "rule" in detail:
                engine_rules[row[detail["rule"]]] += 1
            if mon != m1:
                n_month += 1
                if len(other_diffs) < limit:
                    other_diffs.append(f"line {reader.line_num}: {written}: month {mon!r}, "
                                       f"expected {m1}")
            if msisdn in seen:
                n_dup += 1
                if len(other_diffs) < limit:
                    other_diffs.append(f"line {reader.line_num}: {written}: duplicate row")
                continue
            seen.add(msisdn)
            expected = zones.get(msisdn)
            if expected is not None and written != received[msisdn]:
                n_form += 1
                if len(other_diffs) < limit:
                    other_diffs.append(f"line {reader.line_num}: {written}: not the number as received "
                                       f"({received[msisdn]!r} in subscribers.csv)")
            if expected is None:
                n_extra += 1
                if len(other_diffs) < limit:
                    why = res["sub_skipped_rows"].get(msisdn)
                    why = f" (oracle skipped its subscriber row: {why})" if why else \
                        " (not in subscribers.csv)"
                    other_diffs.append(f"line {reader.line_num}: {written}: extra row{why}")
                continue
            ezone, erule = expected
            if zone != ezone:
                n_zone += 1
                if len(zone_diffs) < limit:
                    er = f"/{row[detail['rule']]}" if "rule" in detail else ""
                    zone_diffs.append(f"{written}: oracle {ezone}/{erule}, engine {zone}{er}"
                                      f" -- {_explain(res, msisdn)}")
                continue
            if detail:
                bad = _detail_mismatch(row, detail, erule, u1.get(msisdn), u2.get(msisdn))
                if bad:
                    n_detail += 1
                    if len(detail_diffs) < limit:
                        detail_diffs.append(f"{written}: zone {zone} agrees; "
                                            f"{'; '.join(bad)} -- {_explain(res, msisdn)}")
    except csv.Error as e:
        raise UsageError(f"{segments_path}: CSV error near line {reader.line_num}: {e}") from e
    finally:
        f.close()

    missing = [s for s in subs if s not in seen]

    oracle_zones = Counter(z for z, _ in zones.values())
    oracle_rules = Counter(r for _, r in zones.values())
    out.append("")
    out.append(f"{'zone':<8} {'oracle':>10} {'engine':>10} {'delta':>8}")
    for z in list(ZONES) + sorted(k for k in engine_zones if k not in ZONES):
        o, e = oracle_zones.get(z, 0), engine_zones.get(z, 0)
        out.append(f"{z:<8} {o:>10} {e:>10} {e - o:>+8}")
    out.append(f"{'total':<8} {sum(oracle_zones.values()):>10} "
               f"{sum(engine_zones.values()):>10}")
    if "rule" in detail:
        out.append("")
        out.append(f"{'rule':<17} {'oracle':>10} {'engine':>10} {'delta':>8}")
        for r in list(RULES) + sorted(k for k in engine_rules if k not in RULES):
            o, e = oracle_rules.get(r, 0), engine_rules.get(r, 0)
            out.append(f"{r:<17} {o:>10} {e:>10} {e - o:>+8}")

    n_missing = len(missing)
    total = n_zone + n_detail + n_dup + n_extra + n_month + n_shape + n_missing + n_form
    out.append("")
    out.append(f"zone disagreements:            {n_zone}")
    if detail:
        out.append(f"rule/value disagreements:      {n_detail}  "
                   f"(zone agrees; columns compared: {', '.join(detail)})")
    else:
        out.append("rule/value disagreements:      not compared")
    out.append(f"subscribers missing in engine: {n_missing}")
    out.append(f"extra rows in engine:          {n_extra}")
    out.append(f"duplicate rows in engine:      {n_dup}")
    out.append(f"{'rows with month != ' + m1 + ':':<31}{n_month}")
    out.append(f"rows with wrong field count:   {n_shape}")
    out.append(f"numbers not as received:       {n_form}")
    if zone_diffs:
        out.append("")
        out.append(f"first {len(zone_diffs)} zone disagreements:")
        out.extend("  " + d for d in zone_diffs)
    if detail_diffs:
        out.append("")
        out.append(f"first {len(detail_diffs)} rule/value disagreements:")
        out.extend("  " + d for d in detail_diffs)
    if missing:
        out.append("")
        out.append(f"first {min(limit, n_missing)} subscribers missing in segments.csv:")
        for s in missing[:limit]:
            z, r = zones[s]
            out.append(f"  {received[s]}: oracle {z}/{r} -- {_explain(res, s)}")
    if other_diffs:
        out.append("")
        out.append(f"first {len(other_diffs)} other differences:")
        out.extend("  " + d for d in other_diffs)
    return out, total


def _detail_mismatch(row, detail, erule, r1, r2) -> list[str]:
    bad = []
    if "rule" in detail and row[detail["rule"]] != erule:
        bad.append(f"rule: oracle {erule}, engine {row[detail['rule']]!r}")
    for col, r, idx, kind in (("bill_m1", r1, 0, "money"), ("mou_m1", r1, 1, "int"),
                              ("bill_m2", r2, 0, "money"), ("mou_m2", r2, 1, "int"),
                              ("state_m1", r1, 2, "code")):
        if col not in detail:
            continue
        got = row[detail[col]]
        want = None if r is None else r[idx]
        if want is None:
            ok = got == ""
            shown = ""
        elif kind == "money":
            ok = parse_money_loose(got) == want
            shown = fmt_fen(want)
        elif kind == "int":
            ok = INT_RE.fullmatch(got) is not None and int(got) == want
            shown = str(want)
        else:
            ok = got == want
            shown = want
        if not ok:
            bad.append(f"{col}: oracle {shown!r}, engine {got!r}")
    return bad


# --------------------------------------------------------------------------- main
def _threshold_money(name: str, text: str) -> int:
    v = parse_money(text)
    if v is None:
        raise UsageError(f"--{name} must be CNY with at most two decimal places, got {text!r}")
    return v


def _threshold_minutes(text: str):
    try:
        v = Decimal(text)
    except InvalidOperation:
        raise UsageError(f"--M must be a number of minutes, got {text!r}") from None
    if not v.is_finite() or v < 0:
        raise UsageError(f"--M must be a number of minutes >= 0, got {text!r}")
    return int(v) if v == v.to_integral_value() else v


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="zone_oracle.py",
        description="Recompute SPEC R2.2 zones from the input CSVs and compare them with "
                    "the engine's segments.csv row for row.")
    p.add_argument("--in", dest="in_dir", required=True,
                   help="input folder holding subscribers.csv and usage_monthly.csv")
    p.add_argument("--segments", required=True, help="the engine's segments.csv")
    p.add_argument("--month", required=True, help="cycle month m (= R2.2's M-1), YYYY-MM")
    p.add_argument("--A", default="188", help="high-value bill threshold, CNY (default 188)")
    p.add_argument("--M", default="300", help="outgoing MOU threshold, minutes (default 300)")
    p.add_argument("--C", default="88", help="min commit threshold, CNY (default 88)")
    p.add_argument("--zone-only", action="store_true",
                   help="compare only the zone column (not rule, bill/mou/state values)")
    p.add_argument("--subscriber-checks", choices=("full", "key"), default="full",
                   help="full: skip subscriber rows that break any data-formats.md rule; "
                        "key: check only msisdn and min_commit (default full)")
    p.add_argument("--limit", type=int, default=20,
                   help="how many disagreements of each kind to print (default 20)")
    return p


def main(argv=None, out=sys.stdout) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:          # argparse: 2 on bad usage, 0 on --help
        return int(e.code or 0)
    try:
        A = _threshold_money("A", args.A)
        C = _threshold_money("C", args.C)
        M = _threshold_minutes(args.M)
        if MONTH_RE.fullmatch(args.month) is None:
            raise UsageError(f"--month must be YYYY-MM, got {args.month!r}")
        if not os.path.isdir(args.in_dir):
            raise UsageError(f"--in {args.in_dir}: not a folder")
        if not os.path.isfile(args.segments):
            raise UsageError(f"--segments {args.segments}: no such file")
        t0 = time.monotonic()
        res = compute_zones(args.in_dir, args.month, A, M, C, args.subscriber_checks)
        t1 = time.monotonic()
        lines, n_diff = compare(res, args.segments, args.zone_only, args.limit)
        t2 = time.monotonic()
    except UsageError as e:
        print(f"zone_oracle: {e}", file=sys.stderr)
        return 2

    p = lambda s="": print(s, file=out)  # noqa: E731
    p(f"zone oracle: month m={res['m1']} (M-1), m-1={res['m2']} (M-2); "
      f"A={fmt_fen(A)} CNY, M={M} min, C={fmt_fen(C)} CNY")
    p(f"subscribers: {len(res['subs'])} kept, "
      f"{sum(res['sub_skipped'].values())} skipped"
      + _reasons(res["sub_skipped"]))
    st = res["use_stats"]
    p(f"usage rows: {st['rows']} read; kept {len(res['u1'])} for {res['m1']} and "
      f"{len(res['u2'])} for {res['m2']}; {st['other_months']} of other months ignored")
    p(f"usage rows skipped: {sum(res['use_skipped'].values()) + st['bad_shape']}"
      + _reasons(res["use_skipped"] + Counter(
          {"wrong number of fields (any month)": st["bad_shape"]})))
    for line in lines:
        p(line)
    p()
    p(f"timings: oracle {t1 - t0:.1f}s, compare {t2 - t1:.1f}s")
    if n_diff == 0:
        p("RESULT: IDENTICAL")
        return 0
    p(f"RESULT: DIFFERENT ({n_diff} differences)")
    return 1


def _reasons(c: Counter) -> str:
    c = +c  # drop zero counts
    if not c:
        return ""
    return " (" + ", ".join(f"{k}: {v}" for k, v in c.most_common()) + ")"


if __name__ == "__main__":
    sys.exit(main())
