# SPDX-License-Identifier: GPL-3.0-or-later
# For the collect/import benchmark: fills the value cell (column H) of every indicator row of each
# workbook in a folder with a whole number valid for every kind (share, count, rank, stage, rate), as
# units would. python3 fill_bench.py DIR
import glob
import sys

import openpyxl

for path in sorted(glob.glob(sys.argv[1] + "/*.xlsx")):
    wb = openpyxl.load_workbook(path)
    ws = wb["Chỉ tiêu"]
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=1).value:
            ws.cell(row=row, column=8).value = 50 + row % 7
    wb.save(path)
