#!/usr/bin/python3
"""Writes the test workbooks the way other tools write them (not by PerfRules):

* openpyxl.xlsx   -- python3-openpyxl (Debian): the seed table 台式机 from samples/csv/台式机.csv with merged
                     一级/二级 cells, a percentage stored as a number in a percent format, formulas without a
                     stored result (openpyxl never computes them), an error value, and a second sheet of notes.
* libreoffice.xlsx -- the same workbook opened and saved by LibreOffice Calc (headless): formulas now carry
                     their computed results; `=100%` becomes a formula whose result is 1, `=10台` one whose
                     result is #NAME?.
* libreoffice.xls  -- the same, saved by LibreOffice as Excel 97-2003 (.xls, BIFF8).

Run from this folder:  /usr/bin/python3 make_workbooks.py   (needs python3-openpyxl and libreoffice-calc-nogui)
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "..", "..", "..", "samples", "csv", "台式机.csv")


def read_rows():
    with open(CSV, encoding="utf-8-sig", newline="") as f:
        return [row for row in csv.reader(f)]


def build(path):
    rows = read_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if text == "":
                continue
            cell = ws.cell(row=r, column=c)
            if text.startswith("="):
                # What an officer types: `=100%` and `=10台` start with "=", so an office program takes them
                # for formulas. Written here as formulas, as such a program stores them.
                cell.value = text
            else:
                cell.value = text

    header = next(i for i, row in enumerate(rows, start=1) if row and row[0] == "一级指标")
    # Merge each 一级 and 二级 label down over the blank cells under it, as the form is drawn.
    for col in (1, 2):
        r = header + 1
        last = len(rows)
        while r <= last:
            if ws.cell(row=r, column=col).value is None:
                r += 1
                continue
            end = r
            while end + 1 <= last and ws.cell(row=end + 1, column=col).value is None and any(ws.cell(row=end + 1, column=k).value for k in (3, 4, 5)):
                if col == 2 and ws.cell(row=end + 1, column=1).value is not None:
                    break
                end += 1
            if end > r:
                ws.merge_cells(start_row=r, start_column=col, end_row=end, end_column=col)
                ws.cell(row=r, column=col).alignment = Alignment(vertical="center")
            r = end + 1

    # 资金到位率 全年: 100% typed into a percent-formatted cell is stored as the number 1.
    for r in range(header + 1, len(rows) + 1):
        if ws.cell(row=r, column=3).value == "资金到位率":
            ws.cell(row=r, column=5).value = 1
            ws.cell(row=r, column=5).number_format = "0%"

    # The 资金总额 amount as a formula over the single expenditure (no stored result in openpyxl's file).
    for r in range(1, header):
        if ws.cell(row=r, column=3).value == "资金总额":
            ws.cell(row=r, column=5).value = "=E13"

    # A second sheet: notes beside the form, with an error value.
    notes = wb.create_sheet("填表说明")
    notes["A1"] = "填表说明：指标值须量化。"
    notes["A2"] = "完成率"
    notes["B2"] = "#DIV/0!"
    wb.save(path)


def soffice(source, target_format, out_dir):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--calc",
                        "--convert-to", target_format, "--outdir", out_dir, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    build(os.path.join(HERE, "openpyxl.xlsx"))
    work = tempfile.mkdtemp(prefix="perfrules-wb-")
    try:
        source = os.path.join(work, "libreoffice.xlsx")
        shutil.copy(os.path.join(HERE, "openpyxl.xlsx"), source)
        out = os.path.join(work, "out")
        os.mkdir(out)
        soffice(source, "xlsx:Calc MS Excel 2007 XML", out)
        shutil.copy(os.path.join(out, "libreoffice.xlsx"), os.path.join(HERE, "libreoffice.xlsx"))
        soffice(source, "xls:MS Excel 97", out)
        shutil.copy(os.path.join(out, "libreoffice.xls"), os.path.join(HERE, "libreoffice.xls"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
