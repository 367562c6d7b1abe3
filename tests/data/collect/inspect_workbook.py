# SPDX-License-Identifier: GPL-3.0-or-later
# Reads a workbook with openpyxl (a third-party reader) and prints what the tests check, as JSON:
# sheets and their states, protection, data validation, frozen panes, print set-up, unlocked cells,
# rows, and charts.
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    validations = []
    for dv in ws.data_validations.dataValidation:
        validations.append({"type": dv.type, "operator": dv.operator, "formula1": dv.formula1,
                            "formula2": dv.formula2, "sqref": str(dv.sqref)})
    unlocked = []
    for row in ws.iter_rows():
        for c in row:
            if c.protection is not None and c.protection.locked is False:
                unlocked.append(c.coordinate)
    out["sheets"].append({
        "name": ws.title,
        "state": ws.sheet_state,
        "protected": bool(ws.protection.sheet),
        "validations": validations,
        "frozen": ws.freeze_panes,
        "landscape": ws.page_setup.orientation == "landscape",
        "paper": ws.page_setup.paperSize,
        "printTitles": ws.print_title_rows,
        "autofilter": ws.auto_filter.ref,
        "unlocked": unlocked,
        "rows": [[c.value if not hasattr(c.value, "isoformat") else c.value.isoformat() for c in r]
                 for r in ws.iter_rows()],
        "charts": len(ws._charts),
    })
json.dump(out, sys.stdout, ensure_ascii=False, default=str)
