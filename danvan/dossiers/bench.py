"""The register-scale benchmark (`danvan bench --only registers`).

A synthetic province (``units`` units, ``dossiers`` dossiers over 2024–2025, volumes skewed:
a few agencies receive most dossiers, communes few) is imported through the real import path,
then, in the same process:
(a) every dossier indicator for every unit for 2025-H1 through the engine (daily counters),
(b) the same figures by a naive per-unit, per-indicator COUNT over the records,
(c) the same figures by DuckDB scanning the same rows (the columnar-scan reference),
(d) the import rate against a raw bulk insert of the same rows.
(a), (b) and (c) must agree figure for figure.
"""

import csv
import datetime
import random
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.dossiers.models import Dossier
from danvan.dossiers.spec import DOSSIERS
from danvan.indicators.engine import catalogue, indicators_compute_by_unit
from danvan.orgunits.models import OrgUnit, OrgUnitVersion
from danvan.periods.values import Window
from danvan.registers.importing import register_import

D = datetime.date
START, END = D(2024, 1, 1), D(2025, 12, 31)
WINDOW = Window(D(2024, 12, 15), D(2025, 6, 14))  # 2025-H1 under Nghị định 09/2019
HEADER = [c.name for c in DOSSIERS.columns]
CHUNK = 200_000


@dataclass
class Figures:
    units: int
    dossiers: int
    timings: dict[str, float] = field(default_factory=dict)
    agree: bool = False
    mismatches: list[str] = field(default_factory=list)


def _province(units: int) -> list[OrgUnit]:
    rows = [OrgUnit(code="BN", name="Tỉnh Bench", kind="tinh", path="/BN/", level=1)]
    for i in range(1, units):
        kind = "so_nganh" if i <= 30 else "ubnd_xa"
        rows.append(
            OrgUnit(code=f"BN.{i}", name=f"Đơn vị {i}", kind=kind, path=f"/BN/BN.{i}/", level=2)
        )
    OrgUnit.objects.bulk_create(rows, batch_size=2000)
    created = list(OrgUnit.objects.filter(path__startswith="/BN/").order_by("pk"))
    root = created[0]
    for unit in created[1:]:
        unit.parent = root
    OrgUnit.objects.bulk_update(created[1:], ["parent"], batch_size=2000)
    OrgUnitVersion.objects.bulk_create(
        [OrgUnitVersion(unit=u, name=u.name, parent=u.parent) for u in created], batch_size=2000
    )
    return created


def _working_days() -> list[datetime.date]:
    days, day = [], START
    while day <= END + datetime.timedelta(days=60):
        if day.weekday() < 5:
            days.append(day)
        day += datetime.timedelta(days=1)
    return days


def _rows(rng, codes: list[str], weights: list[float], count: int, offset: int, days):
    last = len(days) - 61
    picked = rng.choices(codes, weights=weights, k=count)
    for n in range(count):
        received_index = rng.randrange(last)
        due_index = received_index + rng.randint(3, 20)
        online = rng.random() < 0.55
        finished = outcome = ""
        rating = ""
        roll = rng.random()
        if roll < 0.92:
            finish_index = min(due_index + rng.randint(-10, 3), len(days) - 1)
            finish_index = max(finish_index, received_index)
            finished = days[finish_index].isoformat()
            outcome = (
                "rut_ho_so" if roll < 0.02 else ("tu_choi" if roll < 0.04 else "da_tra_ket_qua")
            )
            if outcome != "rut_ho_so" and rng.random() < 0.6:
                rating = rng.choice(
                    ("rat_hai_long", "hai_long", "hai_long", "binh_thuong", "khong_hai_long")
                )
        yield [
            f"B{offset + n:09d}",
            picked[n],
            "1.000",
            "Thủ tục thử",
            "Thử",
            "truc_tuyen" if online else rng.choice(("truc_tiep", "truc_tiep", "buu_chinh")),
            "toan_trinh" if online else "",
            days[received_index].isoformat(),
            days[due_index].isoformat(),
            finished,
            outcome,
            "1" if online and finished and rng.random() < 0.5 else "0",
            "1" if finished and rng.random() < 0.1 else "0",
            "1" if finished and finished > days[due_index].isoformat() else "0",
            rating,
        ]


def _raw_insert(rows: list[list[str]]) -> float:
    """The floor: the same rows into a bare table with one prepared INSERT, no checks."""
    with connection.cursor() as cursor:
        started = time.perf_counter()
        cursor.executemany(
            "INSERT INTO bench_raw VALUES (" + ", ".join(["%s"] * len(HEADER)) + ")",  # noqa: S608
            rows,
        )
        return time.perf_counter() - started


def _naive(units: list[OrgUnit]) -> dict[int, dict[str, int]]:
    indicators = [
        i for i in catalogue().for_window(WINDOW) if i.register == "dossiers" and not i.is_ratio
    ]
    return {
        unit.pk: {
            i.code: Dossier.objects.filter(unit=unit).filter(i.records(WINDOW)).count()
            for i in indicators
        }
        for unit in units
    }


DUCK_SQL = """
WITH d AS (SELECT * FROM dossiers)
SELECT ma_don_vi,
  count(*) FILTER (WHERE ngay_tiep_nhan < $s AND (ngay_ket_thuc IS NULL OR ngay_ket_thuc >= $s))
    AS HS_KY_TRUOC,
  count(*) FILTER (WHERE ngay_tiep_nhan BETWEEN $s AND $e) AS HS_MOI,
  count(*) FILTER (WHERE ngay_tiep_nhan <= $e AND (ngay_ket_thuc IS NULL OR ngay_ket_thuc >= $s))
    AS HS_TIEP_NHAN,
  count(*) FILTER (WHERE ngay_tiep_nhan BETWEEN $s AND $e AND kenh_nop = 'truc_tuyen')
    AS HS_TRUC_TUYEN,
  count(*) FILTER (WHERE ngay_tiep_nhan BETWEEN $s AND $e AND kenh_nop = 'buu_chinh')
    AS HS_BUU_CHINH,
  count(*) FILTER (WHERE resolved) AS HS_DA_GIAI_QUYET,
  count(*) FILTER (WHERE resolved AND ngay_ket_thuc < ngay_hen_tra) AS HS_TRUOC_HAN,
  count(*) FILTER (WHERE resolved AND (ngay_hen_tra IS NULL OR ngay_ket_thuc = ngay_hen_tra))
    AS HS_DUNG_HAN,
  count(*) FILTER (WHERE resolved AND ngay_ket_thuc > ngay_hen_tra) AS HS_TRE_HAN,
  count(*) FILTER (WHERE ngay_ket_thuc BETWEEN $s AND $e AND ket_qua = 'rut_ho_so') AS HS_RUT,
  count(*) FILTER (WHERE pending) AS HS_DANG_GIAI_QUYET,
  count(*) FILTER (WHERE pending AND ngay_hen_tra < $e) AS HS_QUA_HAN,
  count(*) FILTER (WHERE resolved AND phieu_xin_loi) AS HS_XIN_LOI,
  count(*) FILTER (WHERE resolved AND thanh_toan_truc_tuyen) AS HS_TT_TRUC_TUYEN,
  count(*) FILTER (WHERE resolved AND tra_qua_buu_chinh) AS HS_TRA_BUU_CHINH,
  count(*) FILTER (WHERE resolved AND danh_gia <> '') AS DG_TONG,
  count(*) FILTER (WHERE resolved AND danh_gia = 'rat_hai_long') AS DG_RAT_HAI_LONG,
  count(*) FILTER (WHERE resolved AND danh_gia = 'hai_long') AS DG_HAI_LONG,
  count(*) FILTER (WHERE resolved AND danh_gia = 'binh_thuong') AS DG_BINH_THUONG,
  count(*) FILTER (WHERE resolved AND danh_gia = 'khong_hai_long') AS DG_KHONG_HAI_LONG,
  count(*) FILTER (WHERE resolved AND (ngay_hen_tra IS NULL OR ngay_ket_thuc <= ngay_hen_tra))
    AS HS_TRUOC_DUNG_HAN,
  count(*) FILTER (WHERE resolved AND danh_gia IN ('rat_hai_long', 'hai_long'))
    AS DG_HAI_LONG_CHUNG
FROM (
  SELECT *,
    ngay_ket_thuc BETWEEN $s AND $e AND ket_qua IN ('da_tra_ket_qua', 'tu_choi') AS resolved,
    ngay_tiep_nhan <= $e AND (ngay_ket_thuc IS NULL OR ngay_ket_thuc > $e) AS pending
  FROM d)
GROUP BY ma_don_vi
"""


def _duckdb(files: list[Path]):
    import duckdb  # a measuring tool from requirements-dev.txt: only this benchmark needs it

    con = duckdb.connect()
    types = {
        "ngay_tiep_nhan": "DATE",
        "ngay_hen_tra": "DATE",
        "ngay_ket_thuc": "DATE",
        "thanh_toan_truc_tuyen": "BOOLEAN",
        "tra_qua_buu_chinh": "BOOLEAN",
        "phieu_xin_loi": "BOOLEAN",
        "danh_gia": "VARCHAR",
        "ket_qua": "VARCHAR",
        "muc_do_dvc": "VARCHAR",
    }
    con.execute(
        "CREATE TABLE dossiers AS SELECT * FROM read_csv($files, header=true, types=$types)",
        {"files": [str(f) for f in files], "types": types},
    )
    con.execute(
        "UPDATE dossiers SET danh_gia = coalesce(danh_gia, ''), ket_qua = coalesce(ket_qua, '')"
    )

    def query():
        return con.execute(DUCK_SQL, {"s": WINDOW.start, "e": WINDOW.end}).fetchall()

    query()  # warm
    started = time.perf_counter()
    rows = query()
    elapsed = time.perf_counter() - started
    names = [d[0] for d in con.description][1:]
    return elapsed, {row[0]: dict(zip(names, row[1:], strict=True)) for row in rows}


def run(units: int, dossiers: int, *, log=print, seed: int = 2025) -> Figures:
    figures = Figures(units, dossiers)
    created = _province(units)
    codes = [u.code for u in created]
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(codes))]  # skew: Zipf-like
    random.Random(seed).shuffle(weights)
    days = _working_days()
    rng = random.Random(seed)
    writable = access_register_units(SYSTEM).filter(path__startswith="/BN/")
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS bench_raw")
        cursor.execute("CREATE TABLE bench_raw (" + ", ".join(f"{c} TEXT" for c in HEADER) + ")")
    import_seconds = raw_seconds = 0.0
    files = []
    with tempfile.TemporaryDirectory() as folder:
        for offset in range(0, dossiers, CHUNK):
            count = min(CHUNK, dossiers - offset)
            rows = list(_rows(rng, codes, weights, count, offset, days))
            path = Path(folder) / f"chunk-{offset:09d}.csv"
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(HEADER)
                writer.writerows(rows)
            files.append(path)
            data = path.read_bytes()
            started = time.perf_counter()
            register_import(DOSSIERS, data, path.name, units=writable)
            import_seconds += time.perf_counter() - started
            raw_seconds += _raw_insert([[v or None for v in row] for row in rows])
            log(f"  đã nhập {offset + count:,} hồ sơ")
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE bench_raw")
        scope = OrgUnit.objects.filter(path__startswith="/BN/")
        indicators_compute_by_unit(scope, WINDOW, register="dossiers")  # warm
        started = time.perf_counter()
        engine = indicators_compute_by_unit(scope, WINDOW, register="dossiers")
        figures.timings["a_engine"] = time.perf_counter() - started
        started = time.perf_counter()
        naive = _naive(created)
        figures.timings["b_naive"] = time.perf_counter() - started
        figures.timings["c_duckdb"], duck = _duckdb(files)
    figures.timings["d_import"] = import_seconds
    figures.timings["d_raw_insert"] = raw_seconds
    by_code = {u.pk: u.code for u in created}
    for unit_id, expected in naive.items():
        fast = engine.get(unit_id, dict.fromkeys(expected, 0))
        scan = duck.get(by_code[unit_id], dict.fromkeys(expected, 0))
        for code, value in expected.items():
            if fast.get(code) != value or scan.get(code, scan.get(code.lower())) != value:
                figures.mismatches.append(
                    f"{by_code[unit_id]} {code}: engine {fast.get(code)}, naive {value}, "
                    f"duckdb {scan.get(code)}"
                )
    figures.agree = not figures.mismatches
    return figures
