# SPDX-License-Identifier: GPL-3.0-or-later
# Fills a workbook as a unit would, with openpyxl: python3 fill_workbook.py IN OUT EDITS_JSON
# EDITS_JSON maps "Sheet!A1" to a value (a number, a text, or null to clear).
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
for address, value in json.loads(sys.argv[3]).items():
    sheet, cell = address.rsplit("!", 1)
    wb[sheet][cell] = value
wb.save(sys.argv[2])
