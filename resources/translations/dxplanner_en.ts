<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupSet</name>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created.</source>
        <translation>The backup folder &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is open in a program; close it there before restoring.</source>
        <translation>The plan &quot;%1&quot; is open in a program; close it there before restoring.</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Expected path</translation>
    </message>
    <message>
        <source>Trend forecast</source>
        <translation>Trend forecast</translation>
    </message>
    <message>
        <source>Recorded values</source>
        <translation>Recorded values</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Required each year</source>
        <translation>Required each year</translation>
    </message>
    <message>
        <source>%1 (est.)</source>
        <translation>%1 (est.)</translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (no data)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>No overdue tasks</source>
        <translation>No overdue tasks</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Year met</source>
        <translation>Year met</translation>
    </message>
    <message>
        <source>Year missed</source>
        <translation>Year missed</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the image could not be encoded.</source>
        <translation>Cannot write &quot;%1&quot;: the image could not be encoded.</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Locality %1</source>
        <translation>Locality %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Overdue tasks per lead agency</source>
        <translation>Overdue tasks per lead agency</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>No lead agency</source>
        <translation>No lead agency</translation>
    </message>
</context>
<context>
    <name>CollectCommands</name>
    <message>
        <source>The plan file (.dxplan).</source>
        <translation>The plan file (.dxplan).</translation>
    </message>
    <message>
        <source>The period to collect: 2024, 2024-H1 or 2024-Q3.</source>
        <translation>The period to collect: 2024, 2024-H1 or 2024-Q3.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>The folder to write the workbooks to.</source>
        <translation>The folder to write the workbooks to.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>One workbook per agency or per locality.</source>
        <translation>One workbook per agency or per locality.</translation>
    </message>
    <message>
        <source>Only this unit (repeatable): its name or short name.</source>
        <translation>Only this unit (repeatable): its name or short name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>When the workbooks must be back, YYYY-MM-DD.</source>
        <translation>When the workbooks must be back, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Whom the units send their workbook to.</source>
        <translation>Whom the units send their workbook to.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Print the collection status (who returned, who not) instead of writing.</source>
        <translation>Print the collection status (who returned, who not) instead of writing.</translation>
    </message>
    <message>
        <source>Give the period with --period, e.g. --period 2024 or --period 2024-H1.</source>
        <translation>Give the period with --period, e.g. --period 2024 or --period 2024-H1.</translation>
    </message>
    <message>
        <source>--by takes agency or locality.</source>
        <translation>--by takes agency or locality.</translation>
    </message>
    <message>
        <source>Give the folder to write to with --out.</source>
        <translation>Give the folder to write to with --out.</translation>
    </message>
    <message>
        <source>No unit &quot;%1&quot; reports anything in this plan; the units are: %2.</source>
        <translation>No unit &quot;%1&quot; reports anything in this plan; the units are: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31.</source>
        <translation>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Cannot create the folder &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) written for %1.</source>
        <translation>
            <numerusform>%n workbook written for %1.</numerusform>
            <numerusform>%n workbooks written for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned workbooks, CSV files or folders.</source>
        <translation>Returned workbooks, CSV files or folders.</translation>
    </message>
    <message>
        <source>Only show what would change; write nothing.</source>
        <translation>Only show what would change; write nothing.</translation>
    </message>
    <message>
        <source>What to do with conflicts: refuse (stop), keep (the plan&apos;s values) or replace (with the files&apos; values; the last file wins).</source>
        <translation>What to do with conflicts: refuse (stop), keep (the plan&apos;s values) or replace (with the files&apos; values; the last file wins).</translation>
    </message>
    <message>
        <source>Import the rest when some files or cells are refused.</source>
        <translation>Import the rest when some files or cells are refused.</translation>
    </message>
    <message>
        <source>Summary format: text or json.</source>
        <translation>Summary format: text or json.</translation>
    </message>
    <message>
        <source>Refuse workbooks made for another period.</source>
        <translation>Refuse workbooks made for another period.</translation>
    </message>
    <message>
        <source>Give the plan file and at least one returned file.</source>
        <translation>Give the plan file and at least one returned file.</translation>
    </message>
    <message>
        <source>--on-conflict takes refuse, keep or replace.</source>
        <translation>--on-conflict takes refuse, keep or replace.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Unknown format &quot;%1&quot;; use text or json.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be written; nothing was imported.</source>
        <translation>The plan &quot;%1&quot; cannot be written; nothing was imported.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 2024, 2024-H1 or 2024-Q3.</source>
        <translation>&quot;%1&quot; is not a period; write 2024, 2024-H1 or 2024-Q3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are refused; nothing was imported (use --skip-refused to import the rest).</source>
        <translation>
            <numerusform>%n file is refused; nothing was imported (use --skip-refused to import the rest).</numerusform>
            <numerusform>%n files are refused; nothing was imported (use --skip-refused to import the rest).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); nothing was imported. Settle them with --on-conflict keep or replace.</source>
        <translation>
            <numerusform>%n conflict; nothing was imported. Settle it with --on-conflict keep or replace.</numerusform>
            <numerusform>%n conflicts; nothing was imported. Settle them with --on-conflict keep or replace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing to import: the plan already holds every value.</source>
        <translation>Nothing to import: the plan already holds every value.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 value(s) and %2 task(s) from %n file(s).</source>
        <translation>
            <numerusform>Imported %1 value and %2 task from %n file.</numerusform>
            <numerusform>Imported %1 values and %2 tasks from %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>Give the file to write with --out.</translation>
    </message>
    <message>
        <source>--separator takes comma, semicolon or tab.</source>
        <translation>--separator takes comma, semicolon or tab.</translation>
    </message>
    <message>
        <source>write a data-entry workbook per unit, or show who has returned theirs</source>
        <translation>write a data-entry workbook per unit, or show who has returned theirs</translation>
    </message>
    <message>
        <source>read returned collection workbooks (.xlsx) or CSV files into the plan, as one change</source>
        <translation>read returned collection workbooks (.xlsx) or CSV files into the plan, as one change</translation>
    </message>
    <message>
        <source>Exit code 0: imported; 2: a file was refused (nothing imported unless --skip-refused); 3: conflicts stopped it.</source>
        <translation>Exit code 0: imported; 2: a file was refused (nothing imported unless --skip-refused); 3: conflicts stopped it.</translation>
    </message>
</context>
<context>
    <name>CollectImport</name>
    <message>
        <source>&quot;%1&quot; is not a collection workbook made by DX Planner (it has no keys); make the unit&apos;s workbook with Collect data &gt; Make workbooks.</source>
        <translation>&quot;%1&quot; is not a collection workbook made by DX Planner (it has no keys); make the unit&apos;s workbook with Collect data &gt; Make workbooks.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made for another plan (%2), not this one (%3).</source>
        <translation>&quot;%1&quot; was made for another plan (%2), not this one (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the workbook&apos;s hidden keys sheet was changed or damaged; send the unit a new workbook.</source>
        <translation>&quot;%1&quot;: the workbook&apos;s hidden keys sheet was changed or damaged; send the unit a new workbook.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made for the period %2, not %3.</source>
        <translation>&quot;%1&quot; was made for the period %2, not %3.</translation>
    </message>
    <message>
        <source>the plan&apos;s value was changed after the workbook was made</source>
        <translation>the plan&apos;s value was changed after the workbook was made</translation>
    </message>
    <message>
        <source>the indicator was removed from the plan</source>
        <translation>the indicator was removed from the plan</translation>
    </message>
    <message>
        <source>the row does not hold indicator %1 any more (rows were moved or deleted)</source>
        <translation>the row does not hold indicator %1 any more (rows were moved or deleted)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>A rank must be a whole number.</source>
        <translation>A rank must be a whole number.</translation>
    </message>
    <message>
        <source>write %1 or %2</source>
        <translation>write %1 or %2</translation>
    </message>
    <message>
        <source>the task was removed from the plan</source>
        <translation>the task was removed from the plan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; choose one from the list</source>
        <translation>&quot;%1&quot; is not a status; choose one from the list</translation>
    </message>
    <message>
        <source>percent complete must be a whole number from 0 to 100</source>
        <translation>percent complete must be a whole number from 0 to 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as day/month/year</source>
        <translation>&quot;%1&quot; is not a date; write it as day/month/year</translation>
    </message>
    <message>
        <source>the task was changed in the plan after the workbook was made</source>
        <translation>the task was changed in the plan after the workbook was made</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no columns &quot;Mã chỉ tiêu&quot;, &quot;Kỳ&quot; and &quot;Giá trị&quot; in its first row; it is not a table of values DX Planner can import.</source>
        <translation>&quot;%1&quot; has no columns &quot;Mã chỉ tiêu&quot;, &quot;Kỳ&quot; and &quot;Giá trị&quot; in its first row; it is not a table of values DX Planner can import.</translation>
    </message>
    <message>
        <source>the plan has no indicator &quot;%1&quot;</source>
        <translation>the plan has no indicator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the plan has no locality &quot;%1&quot;</source>
        <translation>the plan has no locality &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 2024, 2024-H1 or 2024-Q3</source>
        <translation>&quot;%1&quot; is not a period; write 2024, 2024-H1 or 2024-Q3</translation>
    </message>
    <message numerus="yes">
        <source>%n files give different values for it</source>
        <translation>
            <numerusform>%n file gives different values for it</numerusform>
            <numerusform>%n files give different values for it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are refused; nothing was imported.</source>
        <translation>
            <numerusform>%n file is refused; nothing was imported.</numerusform>
            <numerusform>%n files are refused; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) must be settled first; nothing was imported.</source>
        <translation>
            <numerusform>%n conflict must be settled first; nothing was imported.</numerusform>
            <numerusform>%n conflicts must be settled first; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectKeys</name>
    <message>
        <source>&quot;%1&quot;: the workbook&apos;s hidden keys sheet was changed or damaged; send the unit a new workbook.</source>
        <translation>&quot;%1&quot;: the workbook&apos;s hidden keys sheet was changed or damaged; send the unit a new workbook.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer DX Planner (%2); update the program to import it.</source>
        <translation>&quot;%1&quot; was made by a newer DX Planner (%2); update the program to import it.</translation>
    </message>
</context>
<context>
    <name>CollectPreview</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: refused: %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 new, %5 changed, %6 unchanged, %7 conflicts, %8 refused, %9 left blank</source>
        <translation>%1 (%2, %3): %4 new, %5 changed, %6 unchanged, %7 conflicts, %8 refused, %9 left blank</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>no unit</translation>
    </message>
    <message>
        <source>any period</source>
        <translation>any period</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: conflict: %3 (plan: %4, file: %5)</source>
        <translation>%1, %2: conflict: %3 (plan: %4, file: %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>In all: %1 to write, %2 conflicts not settled, %3 refused files.</source>
        <translation>In all: %1 to write, %2 conflicts not settled, %3 refused files.</translation>
    </message>
</context>
<context>
    <name>CollectStatus</name>
    <message>
        <source>Collection for %1: %2 of %3 units returned.</source>
        <translation>Collection for %1: %2 of %3 units returned.</translation>
    </message>
    <message numerus="yes">
        <source>Not returned (%n):</source>
        <translation>
            <numerusform>Not returned (%n):</numerusform>
            <numerusform>Not returned (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned (%n):</source>
        <translation>
            <numerusform>Returned (%n):</numerusform>
            <numerusform>Returned (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectWorkbookWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Cannot write &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>DX Planner %1: %2</source>
        <translation>DX Planner %1: %2</translation>
    </message>
    <message>
        <source>create a plan file from a template</source>
        <translation>create a plan file from a template</translation>
    </message>
    <message>
        <source>check a plan file&apos;s integrity and format</source>
        <translation>check a plan file&apos;s integrity and format</translation>
    </message>
    <message>
        <source>The plan file (.dxplan).</source>
        <translation>The plan file (.dxplan).</translation>
    </message>
    <message>
        <source>Template name (%1) or path of a template or export file.</source>
        <translation>Template name (%1) or path of a template or export file.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Write to this file instead of standard output.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Give exactly one plan file.</source>
        <translation>Give exactly one plan file.</translation>
    </message>
    <message>
        <source>Created %1 from template &quot;%2&quot;.</source>
        <translation>Created %1 from template &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the plan is sound.</source>
        <translation>%1: the plan is sound.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>print every indicator&apos;s status as of a date</source>
        <translation>print every indicator&apos;s status as of a date</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Output format: text or json.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Unknown format &quot;%1&quot;; use text or json.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>Header format: state (Nghị định 30/2020) or party (Hướng dẫn 36-HD/VPTW). Default: the plan&apos;s report settings.</source>
        <translation>Header format: state (Nghị định 30/2020) or party (Hướng dẫn 36-HD/VPTW). Default: the plan&apos;s report settings.</translation>
    </message>
    <message>
        <source>Language of the report: vi or en. Default: the plan&apos;s report settings.</source>
        <translation>Language of the report: vi or en. Default: the plan&apos;s report settings.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reporting period; write a year (2024), a half (2024-H1) or a quarter (2024-Q3).</source>
        <translation>&quot;%1&quot; is not a reporting period; write a year (2024), a half (2024-H1) or a quarter (2024-Q3).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use state or party.</source>
        <translation>Unknown format &quot;%1&quot;; use state or party.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use vi or en.</source>
        <translation>Unknown language &quot;%1&quot;; use vi or en.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Wrote the report to %1.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Default: %1.</translation>
    </message>
    <message>
        <source>DX Planner: plan and monitor a digital-transformation resolution. With a plan file, or none for the last one, it opens the window.</source>
        <translation>DX Planner: plan and monitor a digital-transformation resolution. With a plan file, or none for the last one, it opens the window.</translation>
    </message>
    <message>
        <source>Commands (run &quot;dxplanner COMMAND --help&quot; for each):</source>
        <translation>Commands (run &quot;dxplanner COMMAND --help&quot; for each):</translation>
    </message>
    <message>
        <source>Give a command (%1) or open the window without --help and --version.</source>
        <translation>Give a command (%1) or open the window without --help and --version.</translation>
    </message>
    <message>
        <source>plan and monitor a digital-transformation resolution</source>
        <translation>plan and monitor a digital-transformation resolution</translation>
    </message>
    <message>
        <source>DX Planner keeps a digital-transformation resolution: its groups of tasks, every task with its agencies, people and deadlines, and the indicators with their yearly values and targets. Without a command it opens the window on FILE, or on the last plan used (on the very first start, a new plan from the bundled template).</source>
        <translation>DX Planner keeps a digital-transformation resolution: its groups of tasks, every task with its agencies, people and deadlines, and the indicators with their yearly values and targets. Without a command it opens the window on FILE, or on the last plan used (on the very first start, a new plan from the bundled template).</translation>
    </message>
    <message>
        <source>The commands run without a display. Every command also takes --help and --version.</source>
        <translation>The commands run without a display. Every command also takes --help and --version.</translation>
    </message>
    <message>
        <source>Print the help and exit.</source>
        <translation>Print the help and exit.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Print the version and exit.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Success.</translation>
    </message>
    <message>
        <source>Bad usage: an unknown option, a missing argument or a value that is not valid.</source>
        <translation>Bad usage: an unknown option, a missing argument or a value that is not valid.</translation>
    </message>
    <message>
        <source>The file is missing, unreadable, not a plan, damaged or written by a newer version; it is left untouched.</source>
        <translation>The file is missing, unreadable, not a plan, damaged or written by a newer version; it is left untouched.</translation>
    </message>
    <message>
        <source>The plan created on the very first start.</source>
        <translation>The plan created on the very first start.</translation>
    </message>
    <message>
        <source>Settings: the recent files, the language and the window&apos;s layout.</source>
        <translation>Settings: the recent files, the language and the window&apos;s layout.</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>Cannot write the output: %1</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>the disk may be full</translation>
    </message>
    <message>
        <source>write the whole plan as JSON, an Excel workbook or CSV values</source>
        <translation>write the whole plan as JSON, an Excel workbook or CSV values</translation>
    </message>
    <message>
        <source>Output format: json, xlsx or csv.</source>
        <translation>Output format: json, xlsx or csv.</translation>
    </message>
    <message>
        <source>CSV separator: comma, semicolon or tab.</source>
        <translation>CSV separator: comma, semicolon or tab.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json, xlsx or csv.</source>
        <translation>Unknown format &quot;%1&quot;; use json, xlsx or csv.</translation>
    </message>
    <message>
        <source>import only: conflicts stopped it and nothing was imported (import also exits with 2 when a returned file is refused).</source>
        <translation>import only: conflicts stopped it and nothing was imported (import also exits with 2 when a returned file is refused).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>The &quot;as of&quot; date, YYYY-MM-DD or DD/MM/YYYY (default: today).</source>
        <translation>The &quot;as of&quot; date, YYYY-MM-DD or DD/MM/YYYY (default: today).</translation>
    </message>
    <message>
        <source>write the meeting report as PDF or as a Word document (.docx)</source>
        <translation>write the meeting report as PDF or as a Word document (.docx)</translation>
    </message>
    <message>
        <source>Write the report here (required): a .pdf file, or a .docx file to edit in Word or LibreOffice Writer.</source>
        <translation>Write the report here (required): a .pdf file, or a .docx file to edit in Word or LibreOffice Writer.</translation>
    </message>
    <message>
        <source>The reporting period: a year (2024), a half (2024-H1) or a quarter (2024-Q3). Default: the year of the data cut-off.</source>
        <translation>The reporting period: a year (2024), a half (2024-H1) or a quarter (2024-Q3). Default: the year of the data cut-off.</translation>
    </message>
    <message>
        <source>The data cut-off, YYYY-MM-DD or DD/MM/YYYY: figures and tasks as they were at the end of that day. Default: the period&apos;s cut-off in the plan&apos;s reporting calendar (14/12 for a year), or today while that day is still to come.</source>
        <translation>The data cut-off, YYYY-MM-DD or DD/MM/YYYY: figures and tasks as they were at the end of that day. Default: the period&apos;s cut-off in the plan&apos;s reporting calendar (14/12 for a year), or today while that day is still to come.</translation>
    </message>
    <message>
        <source>The report&apos;s own date in its date line, YYYY-MM-DD or DD/MM/YYYY. Default: the cut-off plus the days the plan&apos;s report settings give.</source>
        <translation>The report&apos;s own date in its date line, YYYY-MM-DD or DD/MM/YYYY. Default: the cut-off plus the days the plan&apos;s report settings give.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2025-12-31 or 31/12/2025.</source>
        <translation>&quot;%1&quot; is not a date; write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2025-12-31 or 31/12/2025.</translation>
    </message>
    <message>
        <source>Give the output file with --out REPORT.pdf or --out REPORT.docx.</source>
        <translation>Give the output file with --out REPORT.pdf or --out REPORT.docx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends neither in .pdf nor in .docx; the report is written as PDF (REPORT.pdf) or as a Word document (REPORT.docx).</source>
        <translation>&quot;%1&quot; ends neither in .pdf nor in .docx; the report is written as PDF (REPORT.pdf) or as a Word document (REPORT.docx).</translation>
    </message>
    <message>
        <source>Issue the report as PDF (--out REPORT.pdf); a Word document cannot be issued.</source>
        <translation>Issue the report as PDF (--out REPORT.pdf); a Word document cannot be issued.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write the values: %1</source>
        <translation>Cannot write the values: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Out of memory while reading the table.</source>
        <translation>Out of memory while reading the table.</translation>
    </message>
    <message>
        <source>The table has too many rows or columns.</source>
        <translation>The table has too many rows or columns.</translation>
    </message>
    <message>
        <source>The table is not valid CSV: a quoted cell is not closed, or a quote stands inside an unquoted cell (row %1).</source>
        <translation>The table is not valid CSV: a quoted cell is not closed, or a quote stands inside an unquoted cell (row %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to import; nothing was read from it.</source>
        <translation>&quot;%1&quot; is too large to import; nothing was read from it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the pages could not be painted.</source>
        <translation>Cannot write &quot;%1&quot;: the pages could not be painted.</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>The disk that holds &quot;%1&quot; is full; nothing was changed. Free some space and try again.</source>
        <translation>The disk that holds &quot;%1&quot; is full; nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on read-only media (a locked USB stick, a CD or a read-only folder); nothing can be written there.</source>
        <translation>&quot;%1&quot; is on read-only media (a locked USB stick, a CD or a read-only folder); nothing can be written there.</translation>
    </message>
    <message>
        <source>You do not have permission to read &quot;%1&quot;.</source>
        <translation>You do not have permission to read &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You do not have permission to write &quot;%1&quot; or its folder.</source>
        <translation>You do not have permission to write &quot;%1&quot; or its folder.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>The file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link that leads back to itself; it names no file.</source>
        <translation>&quot;%1&quot; is a link that leads back to itself; it names no file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by another program; close it there and try again.</source>
        <translation>&quot;%1&quot; is locked by another program; close it there and try again.</translation>
    </message>
    <message>
        <source>The disk could not read or write &quot;%1&quot; (an input/output error); the medium may be failing or was removed.</source>
        <translation>The disk could not read or write &quot;%1&quot; (an input/output error); the medium may be failing or was removed.</translation>
    </message>
    <message>
        <source>The system refused to use &quot;%1&quot;: %2</source>
        <translation>The system refused to use &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is on read-only media, so it is open for reading only.</source>
        <translation>The plan &quot;%1&quot; is on read-only media, so it is open for reading only.</translation>
    </message>
    <message>
        <source>You may not change the file &quot;%1&quot;, so it is open for reading only.</source>
        <translation>You may not change the file &quot;%1&quot;, so it is open for reading only.</translation>
    </message>
    <message>
        <source>The disk that holds &quot;%1&quot; is full, so the plan is open for reading only; free some space and open it again to edit it.</source>
        <translation>The disk that holds &quot;%1&quot; is full, so the plan is open for reading only; free some space and open it again to edit it.</translation>
    </message>
    <message>
        <source>You may not write in the folder of &quot;%1&quot; (DX Planner keeps its journal there), so the plan is open for reading only.</source>
        <translation>You may not write in the folder of &quot;%1&quot; (DX Planner keeps its journal there), so the plan is open for reading only.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>The folder &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>You may not create files in the folder &quot;%1&quot;.</source>
        <translation>You may not create files in the folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on a network share. The plan file is safe there for one person at a time only: if several people edit it at once, changes can be lost or the file damaged. For shared work, keep the plan on a DX Planner server (server mode) once it is available, or take turns.</source>
        <translation>&quot;%1&quot; is on a network share. The plan file is safe there for one person at a time only: if several people edit it at once, changes can be lost or the file damaged. For shared work, keep the plan on a DX Planner server (server mode) once it is available, or take turns.</translation>
    </message>
</context>
<context>
    <name>IndicatorSummary</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>%1 of %2 localities reached %3</source>
        <translation>%1 of %2 localities reached %3</translation>
    </message>
    <message>
        <source>No value yet; target %1</source>
        <translation>No value yet; target %1</translation>
    </message>
    <message>
        <source>%1 in %2 (%3 of %4 years met); target %5</source>
        <translation>%1 in %2 (%3 of %4 years met); target %5</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 against %2</translation>
    </message>
    <message>
        <source>Expected by now: %1</source>
        <translation>Expected by now: %1</translation>
    </message>
    <message>
        <source>trend on course for %1</source>
        <translation>trend on course for %1</translation>
    </message>
    <message>
        <source>trend short of %1 (%2)</source>
        <translation>trend short of %1 (%2)</translation>
    </message>
    <message>
        <source>No value yet; no target, followed for information</source>
        <translation>No value yet; no target, followed for information</translation>
    </message>
    <message>
        <source>%1; no target, followed for information</source>
        <translation>%1; no target, followed for information</translation>
    </message>
</context>
<context>
    <name>IssueReport</name>
    <message>
        <source>The report&apos;s pages could not be painted; nothing was issued.</source>
        <translation>The report&apos;s pages could not be painted; nothing was issued.</translation>
    </message>
</context>
<context>
    <name>IssuedCommands</name>
    <message>
        <source>Compare with the last issued report: a column &quot;Kỳ trước&quot; in Biểu 01 and an appendix of what changed since (Biểu 03).</source>
        <translation>Compare with the last issued report: a column &quot;Kỳ trước&quot; in Biểu 01 and an appendix of what changed since (Biểu 03).</translation>
    </message>
    <message>
        <source>Issue the report: keep it in the plan, read-only, with its PDF and the figures it used (listed by &quot;dxplanner reports&quot;). It cannot be undone.</source>
        <translation>Issue the report: keep it in the plan, read-only, with its PDF and the figures it used (listed by &quot;dxplanner reports&quot;). It cannot be undone.</translation>
    </message>
    <message>
        <source>No report has been issued from this plan yet, so there is nothing to compare with: issue one first (dxplanner report FILE --out REPORT.pdf --issue), or leave out --since-last. Nothing was written.</source>
        <translation>No report has been issued from this plan yet, so there is nothing to compare with: issue one first (dxplanner report FILE --out REPORT.pdf --issue), or leave out --since-last. Nothing was written.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be written; the report was not issued.</source>
        <translation>The plan &quot;%1&quot; cannot be written; the report was not issued.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>Issued report %1 (period %2, figures as of %3) and wrote it to %4.</source>
        <translation>Issued report %1 (period %2, figures as of %3) and wrote it to %4.</translation>
    </message>
    <message>
        <source>list the reports issued from a plan</source>
        <translation>list the reports issued from a plan</translation>
    </message>
    <message>
        <source>The plan file (.dxplan).</source>
        <translation>The plan file (.dxplan).</translation>
    </message>
    <message>
        <source>No report has been issued from this plan yet.</source>
        <translation>No report has been issued from this plan yet.</translation>
    </message>
    <message>
        <source>%1. No. %2, period %3, figures as of %4, dated %5, issued %6 by %7</source>
        <translation>%1. No. %2, period %3, figures as of %4, dated %5, issued %6 by %7</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>expected text, got %1</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation>the text is %1 characters long; at most %2 are allowed</translation>
    </message>
    <message>
        <source>expected a date yyyy-MM-dd, got %1</source>
        <translation>expected a date yyyy-MM-dd, got %1</translation>
    </message>
    <message>
        <source>expected a number %1-%2, got %3</source>
        <translation>expected a number %1-%2, got %3</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>expected a number, got %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>expected true or false, got %1</translation>
    </message>
    <message>
        <source>expected a list [...], got %1</source>
        <translation>expected a list [...], got %1</translation>
    </message>
    <message>
        <source>expected an object {...}, got %1</source>
        <translation>expected an object {...}, got %1</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>is required: one of %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>expected one of %1, got %2</translation>
    </message>
</context>
<context>
    <name>PlanExporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>The file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>&quot;%1&quot; is not a file.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty: it is not a DX Planner plan.</source>
        <translation>The file &quot;%1&quot; is empty: it is not a DX Planner plan.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a DX Planner plan.</source>
        <translation>The file &quot;%1&quot; is not a DX Planner plan.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is damaged or incomplete and cannot be opened.</source>
        <translation>The plan &quot;%1&quot; is damaged or incomplete and cannot be opened.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a database, but not a DX Planner plan.</source>
        <translation>The file &quot;%1&quot; is a database, but not a DX Planner plan.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was written by a newer version of DX Planner (file format %2; this version reads up to %3). Please update DX Planner to open it.</source>
        <translation>The plan &quot;%1&quot; was written by a newer version of DX Planner (file format %2; this version reads up to %3). Please update DX Planner to open it.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists.</source>
        <translation>The file &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>The plan could not be upgraded to file format %1: %2</source>
        <translation>The plan could not be upgraded to file format %1: %2</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is damaged: %2</source>
        <translation>The plan &quot;%1&quot; is damaged: %2</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a missing row of table %2</source>
        <translation>a row of table %1 refers to a missing row of table %2</translation>
    </message>
    <message>
        <source>unexpected file format version</source>
        <translation>unexpected file format version</translation>
    </message>
    <message>
        <source>The plan cannot be written: %1</source>
        <translation>The plan cannot be written: %1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; beside the plan does not belong to it (it comes from another plan or an older copy), so it was not applied and the plan is open read-only as it was last saved; move that file away to edit it.</source>
        <translation>The file &quot;%1&quot; beside the plan does not belong to it (it comes from another plan or an older copy), so it was not applied and the plan is open read-only as it was last saved; move that file away to edit it.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a sound plan (%2); it was not changed.</source>
        <translation>The file &quot;%1&quot; is not a sound plan (%2); it was not changed.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; it was not changed.</source>
        <translation>The file &quot;%1&quot; already exists; it was not changed.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be completed.</source>
        <translation>The file &quot;%1&quot; could not be completed.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is open for reading only.</source>
        <translation>The plan &quot;%1&quot; is open for reading only.</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <source>locality</source>
        <translation>locality</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>task group</source>
        <translation>task group</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;. Bundled templates: %2.</source>
        <translation>There is no template &quot;%1&quot;. Bundled templates: %2.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read: %2</source>
        <translation>The template &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a DX Planner plan template.</source>
        <translation>The file &quot;%1&quot; is not a DX Planner plan template.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was written by a newer version of DX Planner.</source>
        <translation>The template &quot;%1&quot; was written by a newer version of DX Planner.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; it was not changed.</source>
        <translation>The file &quot;%1&quot; already exists; it was not changed.</translation>
    </message>
    <message>
        <source>refers to an unknown %1 &quot;%2&quot;</source>
        <translation>refers to an unknown %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>the key &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is used twice</source>
        <translation>the code &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>expected a key, got %1</source>
        <translation>expected a key, got %1</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>is listed twice</translation>
    </message>
    <message>
        <source>expected one of &gt;=, &gt;, &lt;=, =, got %1</source>
        <translation>expected one of &gt;=, &gt;, &lt;=, =, got %1</translation>
    </message>
    <message>
        <source>a second target for %1 and the same locality</source>
        <translation>a second target for %1 and the same locality</translation>
    </message>
    <message>
        <source>sub-tasks are nested more than 32 levels deep</source>
        <translation>sub-tasks are nested more than 32 levels deep</translation>
    </message>
    <message>
        <source>expected a date and time yyyy-MM-ddTHH:mm:ss, got %1</source>
        <translation>expected a date and time yyyy-MM-ddTHH:mm:ss, got %1</translation>
    </message>
    <message>
        <source>a second value for the same indicator, locality and period as %1</source>
        <translation>a second value for the same indicator, locality and period as %1</translation>
    </message>
    <message>
        <source>a setting name is too long</source>
        <translation>a setting name is too long</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to be a plan template (%2 MB; at most %3 MB).</source>
        <translation>The file &quot;%1&quot; is too large to be a plan template (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a plan template: %2 (at byte %3).</source>
        <translation>The file &quot;%1&quot; is not a plan template: %2 (at byte %3).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a plan template: it holds a JSON list, not an object {...}.</source>
        <translation>The file &quot;%1&quot; is not a plan template: it holds a JSON list, not an object {...}.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was refused, and no plan was created: %2</source>
        <translation>The template &quot;%1&quot; was refused, and no plan was created: %2</translation>
    </message>
</context>
<context>
    <name>Plausibility</name>
    <message>
        <source>Not started, but %1% is done.</source>
        <translation>Not started, but %1% is done.</translation>
    </message>
    <message>
        <source>Marked done at %1%.</source>
        <translation>Marked done at %1%.</translation>
    </message>
    <message>
        <source>100% done but still in progress.</source>
        <translation>100% done but still in progress.</translation>
    </message>
    <message>
        <source>Has a completion date (%1) but is not done.</source>
        <translation>Has a completion date (%1) but is not done.</translation>
    </message>
    <message>
        <source>Completed on %1, after the &quot;as of&quot; date %2.</source>
        <translation>Completed on %1, after the &quot;as of&quot; date %2.</translation>
    </message>
    <message>
        <source>%1 %2: fell from %3 (%4) to %5, by %6%.</source>
        <translation>%1 %2: fell from %3 (%4) to %5, by %6%.</translation>
    </message>
    <message>
        <source>%1 %2: rose from %3 (%4) to %5, by %6%.</source>
        <translation>%1 %2: rose from %3 (%4) to %5, by %6%.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add agency &quot;%1&quot;</source>
        <translation>Add agency &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit agency &quot;%1&quot;</source>
        <translation>Edit agency &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Merge &quot;%1&quot; into &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add person &quot;%1&quot;</source>
        <translation>Add person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit person &quot;%1&quot;</source>
        <translation>Edit person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add group &quot;%1&quot;</source>
        <translation>Add group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit group &quot;%1&quot;</source>
        <translation>Edit group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reorder groups</source>
        <translation>Reorder groups</translation>
    </message>
    <message>
        <source>Delete group &quot;%1&quot;</source>
        <translation>Delete group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add task &quot;%1&quot;</source>
        <translation>Add task &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>Add indicator %1</translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation>Delete indicator %1</translation>
    </message>
    <message>
        <source>Change the report settings</source>
        <translation>Change the report settings</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Cannot redo “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Cannot undo “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ReportDocxExport</name>
    <message>
        <source>Export as Word</source>
        <translation>Export as Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
</context>
<context>
    <name>ReportDocxWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>not a regular file.</source>
        <translation>not a regular file.</translation>
    </message>
    <message>
        <source>a chart could not be drawn.</source>
        <translation>a chart could not be drawn.</translation>
    </message>
</context>
<context>
    <name>ReportDraft</name>
    <message>
        <source>Leadership, direction and organisation</source>
        <translation>Leadership, direction and organisation</translation>
    </message>
    <message>
        <source>Shortcomings, limitations and causes</source>
        <translation>Shortcomings, limitations and causes</translation>
    </message>
    <message>
        <source>Key tasks and solutions for the coming period</source>
        <translation>Key tasks and solutions for the coming period</translation>
    </message>
    <message>
        <source>Proposals and recommendations</source>
        <translation>Proposals and recommendations</translation>
    </message>
    <message>
        <source> (%1, deadline %2)</source>
        <translation> (%1, deadline %2)</translation>
    </message>
    <message>
        <source>- and %1 other tasks (see Biểu 02).</source>
        <translation>- and %1 other tasks (see Biểu 02).</translation>
    </message>
    <message>
        <source>The agencies and units are carrying out the plan&apos;s %1 tasks: %2 done, %3 under way and %4 not started as of %5.</source>
        <translation>The agencies and units are carrying out the plan&apos;s %1 tasks: %2 done, %3 under way and %4 not started as of %5.</translation>
    </message>
    <message>
        <source>Completed in the period:</source>
        <translation>Completed in the period:</translation>
    </message>
    <message>
        <source>Targets behind schedule or at risk: %1.</source>
        <translation>Targets behind schedule or at risk: %1.</translation>
    </message>
    <message>
        <source>%1 tasks are overdue:</source>
        <translation>%1 tasks are overdue:</translation>
    </message>
    <message>
        <source>%1 figures of the last year have not been reported, so those targets cannot yet be assessed.</source>
        <translation>%1 figures of the last year have not been reported, so those targets cannot yet be assessed.</translation>
    </message>
    <message>
        <source>No target is behind schedule and no task is overdue.</source>
        <translation>No target is behind schedule and no task is overdue.</translation>
    </message>
    <message>
        <source>Causes: </source>
        <translation>Causes: </translation>
    </message>
    <message>
        <source>Complete the overdue tasks:</source>
        <translation>Complete the overdue tasks:</translation>
    </message>
    <message>
        <source>Carry out the tasks due by %1:</source>
        <translation>Carry out the tasks due by %1:</translation>
    </message>
    <message>
        <source>Collect and update the figures still missing.</source>
        <translation>Collect and update the figures still missing.</translation>
    </message>
    <message>
        <source>Continue carrying out the plan&apos;s tasks on schedule.</source>
        <translation>Continue carrying out the plan&apos;s tasks on schedule.</translation>
    </message>
    <message>
        <source>The agencies and units are asked to send the missing figures so that the targets can be assessed.</source>
        <translation>The agencies and units are asked to send the missing figures so that the targets can be assessed.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>ReportWarnings</name>
    <message>
        <source>The Party report has no signer&apos;s name.</source>
        <translation>The Party report has no signer&apos;s name.</translation>
    </message>
    <message>
        <source>The report has no signer&apos;s name.</source>
        <translation>The report has no signer&apos;s name.</translation>
    </message>
    <message>
        <source>The Party report has no signer&apos;s position.</source>
        <translation>The Party report has no signer&apos;s position.</translation>
    </message>
    <message>
        <source>The report has no signer&apos;s position.</source>
        <translation>The report has no signer&apos;s position.</translation>
    </message>
    <message>
        <source>The report has no recipients.</source>
        <translation>The report has no recipients.</translation>
    </message>
    <message>
        <source>The report has no number: the space after &quot;Số&quot; is left for the clerk.</source>
        <translation>The report has no number: the space after &quot;Số&quot; is left for the clerk.</translation>
    </message>
    <message>
        <source>The last issued report&apos;s figures cannot be read: nothing is compared.</source>
        <translation>The last issued report&apos;s figures cannot be read: nothing is compared.</translation>
    </message>
    <message>
        <source>No report has been issued yet: there is nothing to compare with.</source>
        <translation>No report has been issued yet: there is nothing to compare with.</translation>
    </message>
    <message>
        <source>The English report prints these in Vietnamese, for want of an English name: %1.</source>
        <translation>The English report prints these in Vietnamese, for want of an English name: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) deleted after the data cut-off cannot be shown as they were then (the history keeps only their titles) and are left out: %1</source>
        <translation>
            <numerusform>%n task deleted after the data cut-off cannot be shown as they were then (the history keeps only their titles) and are left out: %1</numerusform>
            <numerusform>%n tasks deleted after the data cut-off cannot be shown as they were then (the history keeps only their titles) and are left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the parent agency</source>
        <translation>the parent agency</translation>
    </message>
    <message>
        <source>the issuing agency</source>
        <translation>the issuing agency</translation>
    </message>
    <message>
        <source>the signer&apos;s authority</source>
        <translation>the signer&apos;s authority</translation>
    </message>
    <message>
        <source>the signer&apos;s position</source>
        <translation>the signer&apos;s position</translation>
    </message>
    <message>
        <source>the recipients</source>
        <translation>the recipients</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>this version of DX Planner does not know its file format %1</source>
        <translation>this version of DX Planner does not know its file format %1</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>its list of tables cannot be read</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>the %1 %2 is missing</source>
        <translation>the %1 %2 is missing</translation>
    </message>
    <message>
        <source>the %1 %2 has been changed</source>
        <translation>the %1 %2 has been changed</translation>
    </message>
    <message>
        <source>it has a foreign %1 %2</source>
        <translation>it has a foreign %1 %2</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Data source: %1</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Change needed per year</source>
        <translation>Change needed per year</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded values</source>
        <translation>Recorded values</translation>
    </message>
    <message>
        <source>Whole plan area</source>
        <translation>Whole plan area</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Official or estimate</source>
        <translation>Official or estimate</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>Indicators and tasks</source>
        <translation>Indicators and tasks</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Status of the indicators as of %1</source>
        <translation>Status of the indicators as of %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Latest value: %1 %2 (%3)</source>
        <translation>Latest value: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>Latest value: none recorded</source>
        <translation>Latest value: none recorded</translation>
    </message>
    <message>
        <source>Localities that reached the target: %1 of %2</source>
        <translation>Localities that reached the target: %1 of %2</translation>
    </message>
    <message>
        <source>Expected on %1: %2 %3</source>
        <translation>Expected on %1: %2 %3</translation>
    </message>
    <message>
        <source>On course for %1 (trend gives %2)</source>
        <translation>On course for %1 (trend gives %2)</translation>
    </message>
    <message>
        <source>Not on course for %1 (trend gives %2)</source>
        <translation>Not on course for %1 (trend gives %2)</translation>
    </message>
    <message>
        <source>Forecast: needs at least 3 values</source>
        <translation>Forecast: needs at least 3 values</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>%1: target %2</source>
        <translation>%1: target %2</translation>
    </message>
    <message>
        <source>%1 of %2 localities at %3</source>
        <translation>%1 of %2 localities at %3</translation>
    </message>
    <message>
        <source>%1: no value for the year, target %2</source>
        <translation>%1: no value for the year, target %2</translation>
    </message>
    <message>
        <source>%1 of %2 years at %3</source>
        <translation>%1 of %2 years at %3</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 against %2</translation>
    </message>
    <message>
        <source>%1: met, %2</source>
        <translation>%1: met, %2</translation>
    </message>
    <message>
        <source>%1: not met, %2</source>
        <translation>%1: not met, %2</translation>
    </message>
    <message>
        <source>%1: already met, %2</source>
        <translation>%1: already met, %2</translation>
    </message>
    <message>
        <source>%1: not yet met, %2</source>
        <translation>%1: not yet met, %2</translation>
    </message>
    <message>
        <source>(needs %1 a year)</source>
        <translation>(needs %1 a year)</translation>
    </message>
</context>
<context>
    <name>TaskPresentation</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress, on time</source>
        <translation>In progress, on time</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>In progress, overdue</source>
        <translation>In progress, overdue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, due today</source>
        <translation>%1, due today</translation>
    </message>
    <message numerus="yes">
        <source>%1, due in %n day(s)</source>
        <translation>
            <numerusform>%1, due in %n day</numerusform>
            <numerusform>%1, due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The plan needs a document number.</source>
        <translation>The plan needs a document number.</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>The plan needs a title.</translation>
    </message>
    <message>
        <source>The plan&apos;s last year cannot come before its first year.</source>
        <translation>The plan&apos;s last year cannot come before its first year.</translation>
    </message>
    <message>
        <source>A task group needs a title.</source>
        <translation>A task group needs a title.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>A task needs a title.</translation>
    </message>
    <message>
        <source>A task must belong to a task group.</source>
        <translation>A task must belong to a task group.</translation>
    </message>
    <message>
        <source>Percent complete must be between 0 and 100.</source>
        <translation>Percent complete must be between 0 and 100.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the start date.</source>
        <translation>The deadline cannot be before the start date.</translation>
    </message>
    <message>
        <source>A task cannot be its own sub-task.</source>
        <translation>A task cannot be its own sub-task.</translation>
    </message>
    <message>
        <source>The completion date cannot be before the start date.</source>
        <translation>The completion date cannot be before the start date.</translation>
    </message>
    <message>
        <source>An agency needs a name.</source>
        <translation>An agency needs a name.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <source>A locality needs a name.</source>
        <translation>A locality needs a name.</translation>
    </message>
    <message>
        <source>An indicator needs a code.</source>
        <translation>An indicator needs a code.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>An indicator needs a name.</translation>
    </message>
    <message>
        <source>The baseline period &quot;%1&quot; is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).</source>
        <translation>The baseline period &quot;%1&quot; is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).</translation>
    </message>
    <message>
        <source>A target year must be between 1900 and 2200.</source>
        <translation>A target year must be between 1900 and 2200.</translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation>The value is not a number.</translation>
    </message>
    <message>
        <source>A share must be between 0 and 100.</source>
        <translation>A share must be between 0 and 100.</translation>
    </message>
    <message>
        <source>A rank must be 1 or more.</source>
        <translation>A rank must be 1 or more.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).</source>
        <translation>The period &quot;%1&quot; is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).</translation>
    </message>
    <message>
        <source>Another indicator already has this code.</source>
        <translation>Another indicator already has this code.</translation>
    </message>
    <message>
        <source>A value for this period and locality is already recorded.</source>
        <translation>A value for this period and locality is already recorded.</translation>
    </message>
    <message>
        <source>This indicator already has a target for that year.</source>
        <translation>This indicator already has a target for that year.</translation>
    </message>
    <message>
        <source>The period is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).</source>
        <translation>The period is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).</translation>
    </message>
    <message>
        <source>The item refers to something that no longer exists.</source>
        <translation>The item refers to something that no longer exists.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>The agency no longer exists.</source>
        <translation>The agency no longer exists.</translation>
    </message>
    <message>
        <source>An agency cannot be merged into itself.</source>
        <translation>An agency cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>The indicator no longer exists.</translation>
    </message>
    <message>
        <source>Some recorded values do not fit the new kind of indicator.</source>
        <translation>Some recorded values do not fit the new kind of indicator.</translation>
    </message>
    <message>
        <source>The task group no longer exists.</source>
        <translation>The task group no longer exists.</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>The task no longer exists.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation>A setting needs a name.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 is %2 characters long; at most %3 are allowed.</translation>
    </message>
    <message>
        <source>The document number</source>
        <translation>The document number</translation>
    </message>
    <message>
        <source>The plan&apos;s title</source>
        <translation>The plan&apos;s title</translation>
    </message>
    <message>
        <source>The plan&apos;s English title</source>
        <translation>The plan&apos;s English title</translation>
    </message>
    <message>
        <source>The document type</source>
        <translation>The document type</translation>
    </message>
    <message>
        <source>The issuer</source>
        <translation>The issuer</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>The place</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>The summary</translation>
    </message>
    <message>
        <source>The legal references</source>
        <translation>The legal references</translation>
    </message>
    <message>
        <source>The group&apos;s title</source>
        <translation>The group&apos;s title</translation>
    </message>
    <message>
        <source>The group&apos;s English title</source>
        <translation>The group&apos;s English title</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>The task&apos;s title</source>
        <translation>The task&apos;s title</translation>
    </message>
    <message>
        <source>The legal reference</source>
        <translation>The legal reference</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>The output</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>The notes</translation>
    </message>
    <message>
        <source>The agency&apos;s name</source>
        <translation>The agency&apos;s name</translation>
    </message>
    <message>
        <source>The short name</source>
        <translation>The short name</translation>
    </message>
    <message>
        <source>The English name</source>
        <translation>The English name</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>The person&apos;s name</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>The position</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>The locality&apos;s code</source>
        <translation>The locality&apos;s code</translation>
    </message>
    <message>
        <source>The locality&apos;s name</source>
        <translation>The locality&apos;s name</translation>
    </message>
    <message>
        <source>The indicator&apos;s code</source>
        <translation>The indicator&apos;s code</translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation>The indicator&apos;s name</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>The unit</translation>
    </message>
    <message>
        <source>The English unit</source>
        <translation>The English unit</translation>
    </message>
    <message>
        <source>The data source</source>
        <translation>The data source</translation>
    </message>
    <message>
        <source>The stage names</source>
        <translation>The stage names</translation>
    </message>
    <message>
        <source>A target&apos;s note</source>
        <translation>A target&apos;s note</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>The source</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>The name of who recorded it</source>
        <translation>The name of who recorded it</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>the value for %1</source>
        <translation>the value for %1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Your change was not saved; the current value is shown. Make the change again if it is still needed.</source>
        <translation>Your change was not saved; the current value is shown. Make the change again if it is still needed.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” to “%4” on %5, after you last saw it. %6</source>
        <translation>%1 changed %2 of “%3” to “%4” on %5, after you last saw it. %6</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” to “%4” after you last saw it. %5</source>
        <translation>%1 changed %2 of “%3” to “%4” after you last saw it. %5</translation>
    </message>
    <message>
        <source>An issued report is kept as it was issued: it cannot be changed or removed.</source>
        <translation>An issued report is kept as it was issued: it cannot be changed or removed.</translation>
    </message>
    <message>
        <source>The report cannot be issued: its period, dates, PDF or figures are missing.</source>
        <translation>The report cannot be issued: its period, dates, PDF or figures are missing.</translation>
    </message>
</context>
<context>
    <name>WorkbookExporter</name>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Cannot write &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook: it has no %2.</source>
        <translation>&quot;%1&quot; is not an Excel workbook: it has no %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its zip contents cannot be read. Ask the sender to save it again.</source>
        <translation>&quot;%1&quot; is damaged: its zip contents cannot be read. Ask the sender to save it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a collection workbook; nothing was read from it.</source>
        <translation>&quot;%1&quot; is too large to be a collection workbook; nothing was read from it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 is not well-formed XML.</source>
        <translation>&quot;%1&quot; is damaged: its part %2 is not well-formed XML.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>&quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password or is an old .xls file; ask the sender to save it as .xlsx without a password.</source>
        <translation>&quot;%1&quot; is protected by a password or is an old .xls file; ask the sender to save it as .xlsx without a password.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (.xlsx).</source>
        <translation>&quot;%1&quot; is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted; ask the sender to save it without a password.</source>
        <translation>&quot;%1&quot; is encrypted; ask the sender to save it without a password.</translation>
    </message>
</context>
<context>
    <name>dx::AgencyPicker</name>
    <message>
        <source>&quot;%1&quot; is not in the list of agencies. Add it?</source>
        <translation>&quot;%1&quot; is not in the list of agencies. Add it?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list of people. Add this person?</source>
        <translation>&quot;%1&quot; is not in the list of people. Add this person?</translation>
    </message>
    <message>
        <source>Add to the directory</source>
        <translation>Add to the directory</translation>
    </message>
</context>
<context>
    <name>dx::Application</name>
    <message>
        <source>DX Planner</source>
        <translation>DX Planner</translation>
    </message>
</context>
<context>
    <name>dx::BulkEditDialog</name>
    <message>
        <source>Set &amp;lead agency:</source>
        <translation>Set &amp;lead agency:</translation>
    </message>
    <message>
        <source>Set &amp;deadline:</source>
        <translation>Set &amp;deadline:</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>Set &amp;status:</translation>
    </message>
    <message numerus="yes">
        <source>Change %n task(s)</source>
        <translation>
            <numerusform>Change %n task</numerusform>
            <numerusform>Change %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick what to change in all %n selected task(s):</source>
        <translation>
            <numerusform>Tick what to change in the %n selected task:</numerusform>
            <numerusform>Tick what to change in all %n selected tasks:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::CollectActions</name>
    <message>
        <source>&amp;Collect data</source>
        <translation>&amp;Collect data</translation>
    </message>
    <message>
        <source>&amp;Make workbooks...</source>
        <translation>&amp;Make workbooks...</translation>
    </message>
    <message>
        <source>&amp;Import returned workbooks...</source>
        <translation>&amp;Import returned workbooks...</translation>
    </message>
    <message>
        <source>Collection &amp;status...</source>
        <translation>Collection &amp;status...</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Excel workbook...</source>
        <translation>&amp;Excel workbook...</translation>
    </message>
    <message>
        <source>&amp;CSV values...</source>
        <translation>&amp;CSV values...</translation>
    </message>
    <message>
        <source>Make data-entry workbooks</source>
        <translation>Make data-entry workbooks</translation>
    </message>
    <message>
        <source>One per agency</source>
        <translation>One per agency</translation>
    </message>
    <message>
        <source>One per locality</source>
        <translation>One per locality</translation>
    </message>
    <message>
        <source>Period (2024, 2024-H1, 2024-Q3):</source>
        <translation>Period (2024, 2024-H1, 2024-Q3):</translation>
    </message>
    <message>
        <source>Workbooks:</source>
        <translation>Workbooks:</translation>
    </message>
    <message>
        <source>Send back by:</source>
        <translation>Send back by:</translation>
    </message>
    <message>
        <source>Send back to:</source>
        <translation>Send back to:</translation>
    </message>
    <message>
        <source>Make workbooks</source>
        <translation>Make workbooks</translation>
    </message>
    <message>
        <source>Write the period as 2024, 2024-H1 or 2024-Q3.</source>
        <translation>Write the period as 2024, 2024-H1 or 2024-Q3.</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>Folder for the workbooks</translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) for %1 are in %2.</source>
        <translation>
            <numerusform>%n workbook for %1 is in %2.</numerusform>
            <numerusform>%n workbooks for %1 are in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import returned workbooks</source>
        <translation>Import returned workbooks</translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.csv);;All files (*)</source>
        <translation>Workbooks and CSV files (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n returned file(s)</source>
        <translation>
            <numerusform>Import %n returned file</numerusform>
            <numerusform>Import %n returned files</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as an Excel workbook</source>
        <translation>Export as an Excel workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the values as CSV</source>
        <translation>Export the values as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>dx::CollectPreviewModel</name>
    <message>
        <source>file refused</source>
        <translation>file refused</translation>
    </message>
    <message>
        <source>conflict: take the file&apos;s value</source>
        <translation>conflict: take the file&apos;s value</translation>
    </message>
    <message>
        <source>conflict: keep the plan&apos;s</source>
        <translation>conflict: keep the plan&apos;s</translation>
    </message>
    <message>
        <source>conflict: not settled</source>
        <translation>conflict: not settled</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Indicator or task</source>
        <translation>Indicator or task</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>In the plan</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>dx::CollectStatusDialog</name>
    <message>
        <source>Collection status</source>
        <translation>Collection status</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Localities</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <source>&amp;Print the follow-up list...</source>
        <translation>&amp;Print the follow-up list...</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Rows asked</source>
        <translation>Rows asked</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Write the period as 2024, 2024-H1 or 2024-Q3.</source>
        <translation>Write the period as 2024, 2024-H1 or 2024-Q3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 of %2 units returned their workbook for %3.</source>
        <translation>%1 of %2 units returned their workbook for %3.</translation>
    </message>
</context>
<context>
    <name>dx::DashboardPanel</name>
    <message>
        <source>%1 of %2 targets met</source>
        <translation>%1 of %2 targets met</translation>
    </message>
    <message>
        <source>As of %1: %2 on track, %3 at risk, %4 off track, %5 without data.</source>
        <translation>As of %1: %2 on track, %3 at risk, %4 off track, %5 without data.</translation>
    </message>
    <message>
        <source>Tasks without a group</source>
        <translation>Tasks without a group</translation>
    </message>
    <message>
        <source>%1% · %2 of %3 done · %4 overdue</source>
        <translation>%1% · %2 of %3 done · %4 overdue</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue by %n day(s))</source>
        <translation>
            <numerusform>%1 (overdue by %n day)</numerusform>
            <numerusform>%1 (overdue by %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No overdue tasks and no deadlines in the next %n day(s).</source>
        <translation>
            <numerusform>No overdue tasks and no deadlines in the next %n day.</numerusform>
            <numerusform>No overdue tasks and no deadlines in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress of the task groups</source>
        <translation>Progress of the task groups</translation>
    </message>
    <message numerus="yes">
        <source>Overdue tasks and deadlines in the next %n day(s)</source>
        <translation>
            <numerusform>Overdue tasks and deadlines in the next %n day</numerusform>
            <numerusform>Overdue tasks and deadlines in the next %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Calculating the status of the indicators...</source>
        <translation>Calculating the status of the indicators...</translation>
    </message>
    <message>
        <source>Targets off track or at risk</source>
        <translation>Targets off track or at risk</translation>
    </message>
    <message>
        <source>Figures to ask for</source>
        <translation>Figures to ask for</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>From / indicator</source>
        <translation>From / indicator</translation>
    </message>
    <message>
        <source>No target is off track or at risk.</source>
        <translation>No target is off track or at risk.</translation>
    </message>
    <message>
        <source>No agency assigned</source>
        <translation>No agency assigned</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>last: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message>
        <source>Every figure is recorded for the last year.</source>
        <translation>Every figure is recorded for the last year.</translation>
    </message>
    <message>
        <source>Every indicator</source>
        <translation>Every indicator</translation>
    </message>
    <message>
        <source>Overdue tasks by lead agency</source>
        <translation>Overdue tasks by lead agency</translation>
    </message>
</context>
<context>
    <name>dx::DataCheckDialog</name>
    <message>
        <source>Nothing to check: no status contradicts its percent, no completion lies after the &quot;as of&quot; date and no value jumps.</source>
        <translation>Nothing to check: no status contradicts its percent, no completion lies after the &quot;as of&quot; date and no value jumps.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to check. These are warnings, not errors: correct what is wrong, leave what is right. Double-click a line to go to it.</source>
        <translation>
            <numerusform>%n thing to check. These are warnings, not errors: correct what is wrong, leave what is right. Double-click a line to go to it.</numerusform>
            <numerusform>%n things to check. These are warnings, not errors: correct what is wrong, leave what is right. Double-click a line to go to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <source>Task or indicator</source>
        <translation>Task or indicator</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>What to check</translation>
    </message>
</context>
<context>
    <name>dx::DirectoryDialog</name>
    <message>
        <source>Agencies and people</source>
        <translation>Agencies and people</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Add agency...</source>
        <translation>&amp;Add agency...</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates...</source>
        <translation>&amp;Merge duplicates...</translation>
    </message>
    <message>
        <source>&amp;Retire / restore</source>
        <translation>&amp;Retire / restore</translation>
    </message>
    <message>
        <source>Select two agencies: the second is merged into the first</source>
        <translation>Select two agencies: the second is merged into the first</translation>
    </message>
    <message>
        <source>Add &amp;person...</source>
        <translation>Add &amp;person...</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Add agency</translation>
    </message>
    <message>
        <source>Full name of the agency:</source>
        <translation>Full name of the agency:</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Select exactly two agencies (hold Ctrl): the second is merged into the first.</source>
        <translation>Select exactly two agencies (hold Ctrl): the second is merged into the first.</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;? Every task of &quot;%1&quot; will name &quot;%2&quot; instead. (You can undo this.)</source>
        <translation>Merge &quot;%1&quot; into &quot;%2&quot;? Every task of &quot;%1&quot; will name &quot;%2&quot; instead. (You can undo this.)</translation>
    </message>
</context>
<context>
    <name>dx::Fields</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Parent task</source>
        <translation>Parent task</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Legal reference</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <source>Cooperating agencies</source>
        <translation>Cooperating agencies</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation>Percent done</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>English unit</source>
        <translation>English unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Baseline period</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Localities</translation>
    </message>
    <message>
        <source>Reporting agency</source>
        <translation>Reporting agency</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Stage names</source>
        <translation>Stage names</translation>
    </message>
    <message>
        <source>Ranked units</source>
        <translation>Ranked units</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Task groups</source>
        <translation>Task groups</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Milestone years</source>
        <translation>Milestone years</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Implementing documents</source>
        <translation>Implementing documents</translation>
    </message>
</context>
<context>
    <name>dx::GroupDialog</name>
    <message>
        <source>Edit task group</source>
        <translation>Edit task group</translation>
    </message>
    <message>
        <source>New task group</source>
        <translation>New task group</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>Title in &amp;English:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Lead &amp;agency:</source>
        <translation>Lead &amp;agency:</translation>
    </message>
</context>
<context>
    <name>dx::ImportPreviewDialog</name>
    <message>
        <source>Import returned workbooks: preview</source>
        <translation>Import returned workbooks: preview</translation>
    </message>
    <message>
        <source>Keep the plan&apos;s values</source>
        <translation>Keep the plan&apos;s values</translation>
    </message>
    <message>
        <source>Settle every open conflict by keeping what the plan holds.</source>
        <translation>Settle every open conflict by keeping what the plan holds.</translation>
    </message>
    <message>
        <source>Take the files&apos; values</source>
        <translation>Take the files&apos; values</translation>
    </message>
    <message>
        <source>Settle every open conflict with the returned value (the last file wins).</source>
        <translation>Settle every open conflict with the returned value (the last file wins).</translation>
    </message>
    <message>
        <source>Leave refused files and cells out</source>
        <translation>Leave refused files and cells out</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): </source>
        <translation>
            <numerusform>%n file: </numerusform>
            <numerusform>%n files: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 conflicts (%5 not settled), %6 refused.</source>
        <translation>%1 new, %2 changed, %3 unchanged, %4 conflicts (%5 not settled), %6 refused.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are refused: correct them, or leave them out to import the rest.</source>
        <translation>
            <numerusform>%n file is refused: correct it, or leave it out to import the rest.</numerusform>
            <numerusform>%n files are refused: correct them, or leave them out to import the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settle each conflict (tick to take the file&apos;s value) before importing.</source>
        <translation>Settle each conflict (tick to take the file&apos;s value) before importing.</translation>
    </message>
    <message numerus="yes">
        <source>Import writes %n value(s) or task(s) as one step you can undo.</source>
        <translation>
            <numerusform>Import writes %n value or task as one step you can undo.</numerusform>
            <numerusform>Import writes %n values or tasks as one step you can undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::IndicatorChartView</name>
    <message>
        <source>Choose an indicator to see its chart.</source>
        <translation>Choose an indicator to see its chart.</translation>
    </message>
</context>
<context>
    <name>dx::IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>Edit indicator %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Baseline and targets</source>
        <translation>Baseline and targets</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Linked groups and tasks</source>
        <translation>Linked groups and tasks</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>One stage per line, from stage 1 up</source>
        <translation>One stage per line, from stage 1 up</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Unit in English</source>
        <translation>Unit in English</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>Ranked out of</source>
        <translation>Ranked out of</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>&amp;Owner agency</source>
        <translation>&amp;Owner agency</translation>
    </message>
    <message>
        <source>Data &amp;source</source>
        <translation>Data &amp;source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>e.g. 2020, 2020-H1 or 2020-Q4</source>
        <translation>e.g. 2020, 2020-H1 or 2020-Q4</translation>
    </message>
    <message>
        <source>empty: no baseline</source>
        <translation>empty: no baseline</translation>
    </message>
    <message>
        <source>Baseline &amp;period</source>
        <translation>Baseline &amp;period</translation>
    </message>
    <message>
        <source>Baseline &amp;value</source>
        <translation>Baseline &amp;value</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation>&amp;Add target</translation>
    </message>
    <message>
        <source>&amp;Remove target</source>
        <translation>&amp;Remove target</translation>
    </message>
    <message>
        <source>Targets (for a stage indicator, the value is the stage number):</source>
        <translation>Targets (for a stage indicator, the value is the stage number):</translation>
    </message>
    <message>
        <source>Plan area / each locality</source>
        <translation>Plan area / each locality</translation>
    </message>
    <message>
        <source>The plan area as a whole (one value per period)</source>
        <translation>The plan area as a whole (one value per period)</translation>
    </message>
    <message>
        <source>Each of the chosen localities (a value per locality)</source>
        <translation>Each of the chosen localities (a value per locality)</translation>
    </message>
    <message>
        <source>Task groups</source>
        <translation>Task groups</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>The baseline value &quot;%1&quot; is not a number.</source>
        <translation>The baseline value &quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>The target for %1 is not a number: &quot;%2&quot;.</source>
        <translation>The target for %1 is not a number: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There are two targets for %1; keep one.</source>
        <translation>There are two targets for %1; keep one.</translation>
    </message>
    <message>
        <source>Choose the localities the indicator is measured in, or measure it for the plan area.</source>
        <translation>Choose the localities the indicator is measured in, or measure it for the plan area.</translation>
    </message>
</context>
<context>
    <name>dx::IndicatorPanel</name>
    <message>
        <source>No indicator chosen.</source>
        <translation>No indicator chosen.</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>Add indicator %1</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>Edit indicator %1</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message numerus="yes">
        <source>Delete indicator %1 and its %n recorded value(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Delete indicator %1 and its %n recorded value? Undo brings them back.</numerusform>
            <numerusform>Delete indicator %1 and its %n recorded values? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Add indicator...</source>
        <translation>&amp;Add indicator...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>dx::IndicatorTableModel</name>
    <message>
        <source>Share (0-100)</source>
        <translation>Share (0-100)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Yearly rate (every year)</source>
        <translation>Yearly rate (every year)</translation>
    </message>
    <message>
        <source>Rank (lower is better)</source>
        <translation>Rank (lower is better)</translation>
    </message>
    <message>
        <source>Stage per locality</source>
        <translation>Stage per locality</translation>
    </message>
    <message>
        <source>%1 in each locality</source>
        <translation>%1 in each locality</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>%1 of %2 localities</source>
        <translation>%1 of %2 localities</translation>
    </message>
    <message>
        <source>%1, est.</source>
        <translation>%1, est.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>dx::IssuedReportsDialog</name>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>The figures of this report cannot be read.</source>
        <translation>The figures of this report cannot be read.</translation>
    </message>
    <message>
        <source>Changes since report %1 (figures as of %2), compared on %3:</source>
        <translation>Changes since report %1 (figures as of %2), compared on %3:</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Issued reports</translation>
    </message>
    <message>
        <source>The PDF of this report could not be written to a temporary file.</source>
        <translation>The PDF of this report could not be written to a temporary file.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The report was written to %1.</source>
        <translation>No program to show PDF files was found. The report was written to %1.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <source>&amp;Compare with now</source>
        <translation>&amp;Compare with now</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>An issued report is kept as it was issued; choose one and compare it with the plan now.</source>
        <translation>An issued report is kept as it was issued; choose one and compare it with the plan now.</translation>
    </message>
</context>
<context>
    <name>dx::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New plan from the bundled template...</source>
        <translation>&amp;New plan from the bundled template...</translation>
    </message>
    <message>
        <source>New &amp;blank plan...</source>
        <translation>New &amp;blank plan...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>DX Planner plans (*.dxplan)</source>
        <translation>DX Planner plans (*.dxplan)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Save a &amp;copy as...</source>
        <translation>Save a &amp;copy as...</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>&amp;Close plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Agencies and people...</source>
        <translation>&amp;Agencies and people...</translation>
    </message>
    <message>
        <source>Set the &quot;&amp;as of&quot; date...</source>
        <translation>Set the &quot;&amp;as of&quot; date...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferences...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About DX Planner</source>
        <translation>&amp;About DX Planner</translation>
    </message>
    <message>
        <source>About DX Planner</source>
        <translation>About DX Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;DX Planner %1&lt;/b&gt;&lt;p&gt;Plans and monitors a digital-transformation resolution: task groups, tasks, owners and deadlines, indicators and their targets.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DX Planner %1&lt;/b&gt;&lt;p&gt;Plans and monitors a digital-transformation resolution: task groups, tasks, owners and deadlines, indicators and their targets.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Task details</translation>
    </message>
    <message>
        <source>%1 - DX Planner</source>
        <translation>%1 - DX Planner</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) shown</source>
        <translation>
            <numerusform>%1 of %n task shown</numerusform>
            <numerusform>%1 of %n tasks shown</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>A copy was saved as %1.</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>I&amp;ndicators</source>
        <translation>I&amp;ndicators</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>DX Planner</source>
        <translation>DX Planner</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later), with no warranty. The bundled Noto fonts are under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later), with no warranty. The bundled Noto fonts are under the SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The plan is open for reading only.</source>
        <translation>The plan is open for reading only.</translation>
    </message>
    <message>
        <source>Restore from &amp;backup...</source>
        <translation>Restore from &amp;backup...</translation>
    </message>
    <message>
        <source>%1 (read-only) - DX Planner</source>
        <translation>%1 (read-only) - DX Planner</translation>
    </message>
    <message>
        <source>A copy cannot replace the plan itself.</source>
        <translation>A copy cannot replace the plan itself.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>There is no backup of this plan yet (they are kept in %1).</source>
        <translation>There is no backup of this plan yet (they are kept in %1).</translation>
    </message>
    <message>
        <source>%1  (%2 KB)</source>
        <translation>%1  (%2 KB)</translation>
    </message>
    <message>
        <source>The plan will be replaced by the backup made at:</source>
        <translation>The plan will be replaced by the backup made at:</translation>
    </message>
    <message>
        <source>The plan was restored from the backup of %1; the plan as it was is kept as a backup too.</source>
        <translation>The plan was restored from the backup of %1; the plan as it was is kept as a backup too.</translation>
    </message>
    <message>
        <source>&amp;Print current view...</source>
        <translation>&amp;Print current view...</translation>
    </message>
    <message>
        <source>C&amp;heck the data...</source>
        <translation>C&amp;heck the data...</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>dx::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>dx::NavigationModel</name>
    <message>
        <source>%1. %2 (%3 tasks, %4% done)</source>
        <translation>%1. %2 (%3 tasks, %4% done)</translation>
    </message>
    <message numerus="yes">
        <source>[%n overdue]</source>
        <translation>
            <numerusform>[%n overdue]</numerusform>
            <numerusform>[%n overdue]</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
</context>
<context>
    <name>dx::OptionalDateEdit</name>
    <message>
        <source>Untick when there is no date</source>
        <translation>Untick when there is no date</translation>
    </message>
</context>
<context>
    <name>dx::PlanDocument</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>The task no longer exists.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>Move %n task to &quot;%1&quot;</numerusform>
            <numerusform>Move %n tasks to &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>The task group no longer exists.</source>
        <translation>The task group no longer exists.</translation>
    </message>
    <message>
        <source>The agency no longer exists.</source>
        <translation>The agency no longer exists.</translation>
    </message>
    <message>
        <source>Choose two different agencies to merge.</source>
        <translation>Choose two different agencies to merge.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>The indicator no longer exists.</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>Edit indicator %1</translation>
    </message>
    <message>
        <source>Reorder indicators</source>
        <translation>Reorder indicators</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n task(s)</source>
        <translation>
            <numerusform>Edit %n task</numerusform>
            <numerusform>Edit %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %1 of %n tasks</source>
        <translation>
            <numerusform>Edit %1 of %n task</numerusform>
            <numerusform>Edit %1 of %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1: %2 -&gt; %3</source>
        <translation>Edit %1: %2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>dx::PreferencesDialog</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Fixed date:</source>
        <translation>&amp;Fixed date:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Judge deadlines as of:</source>
        <translation>Judge deadlines as of:</translation>
    </message>
    <message>
        <source>Written in the history of every change you make. Empty: your account name (%1).</source>
        <translation>Written in the history of every change you make. Empty: your account name (%1).</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Your &amp;name in the history:</translation>
    </message>
</context>
<context>
    <name>dx::PrintActions</name>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Print pre&amp;view...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>&amp;Export to PDF...</source>
        <translation>&amp;Export to PDF...</translation>
    </message>
    <message>
        <source>No indicator chosen</source>
        <translation>No indicator chosen</translation>
    </message>
    <message>
        <source>Choose an indicator in the Indicators tab first.</source>
        <translation>Choose an indicator in the Indicators tab first.</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>The year %1</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>First half of %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>Second half of %1</translation>
    </message>
    <message>
        <source>First quarter of %1</source>
        <translation>First quarter of %1</translation>
    </message>
    <message>
        <source>Second quarter of %1</source>
        <translation>Second quarter of %1</translation>
    </message>
    <message>
        <source>Third quarter of %1</source>
        <translation>Third quarter of %1</translation>
    </message>
    <message>
        <source>Fourth quarter of %1</source>
        <translation>Fourth quarter of %1</translation>
    </message>
    <message>
        <source>Meeting &amp;report</source>
        <translation>Meeting &amp;report</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Meeting report</translation>
    </message>
    <message>
        <source>meeting-report.pdf</source>
        <translation>meeting-report.pdf</translation>
    </message>
    <message>
        <source>Report &amp;settings...</source>
        <translation>Report &amp;settings...</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>dashboard.pdf</source>
        <translation>dashboard.pdf</translation>
    </message>
    <message>
        <source>&amp;Task table</source>
        <translation>&amp;Task table</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>tasks.pdf</source>
        <translation>tasks.pdf</translation>
    </message>
    <message>
        <source>As of %1; tasks shown: %2</source>
        <translation>As of %1; tasks shown: %2</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tasks: %1</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>chart.pdf</source>
        <translation>chart.pdf</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Copy chart</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Save chart as SVG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Save as P&amp;NG (300 dpi)...</source>
        <translation>Save as P&amp;NG (300 dpi)...</translation>
    </message>
    <message>
        <source>Save as &amp;SVG...</source>
        <translation>Save as &amp;SVG...</translation>
    </message>
    <message>
        <source>Indicator &amp;sheet</source>
        <translation>Indicator &amp;sheet</translation>
    </message>
    <message>
        <source>Indicator sheet</source>
        <translation>Indicator sheet</translation>
    </message>
    <message>
        <source>indicator.pdf</source>
        <translation>indicator.pdf</translation>
    </message>
    <message>
        <source>Written s&amp;ections (I, III, IV, V)...</source>
        <translation>Written s&amp;ections (I, III, IV, V)...</translation>
    </message>
    <message>
        <source>The report will be made, but it lacks:
- %1

Fill these in under File &gt; Meeting report &gt; Report settings.</source>
        <translation>The report will be made, but it lacks:
- %1

Fill these in under File &gt; Meeting report &gt; Report settings.</translation>
    </message>
    <message>
        <source>Export as &amp;Word...</source>
        <translation>Export as &amp;Word...</translation>
    </message>
    <message>
        <source>meeting-report.docx</source>
        <translation>meeting-report.docx</translation>
    </message>
    <message>
        <source>&amp;Issue report...</source>
        <translation>&amp;Issue report...</translation>
    </message>
    <message>
        <source>Iss&amp;ued reports...</source>
        <translation>Iss&amp;ued reports...</translation>
    </message>
    <message>
        <source>no number (the space after &quot;Số&quot; stays blank)</source>
        <translation>no number (the space after &quot;Số&quot; stays blank)</translation>
    </message>
    <message>
        <source>Issue the meeting report?

Number: %1
Date: %2
Period: %3

The report, its PDF and the figures it uses are kept in the plan as they are now. An issued report cannot be changed, removed or undone; the next report can compare with it.</source>
        <translation>Issue the meeting report?

Number: %1
Date: %2
Period: %3

The report, its PDF and the figures it uses are kept in the plan as they are now. An issued report cannot be changed, removed or undone; the next report can compare with it.</translation>
    </message>
    <message>
        <source>The report lacks:
- %1</source>
        <translation>The report lacks:
- %1</translation>
    </message>
    <message>
        <source>Issue report</source>
        <translation>Issue report</translation>
    </message>
    <message>
        <source>The report is issued and kept in the plan. See File &gt; Meeting report &gt; Issued reports.</source>
        <translation>The report is issued and kept in the plan. See File &gt; Meeting report &gt; Issued reports.</translation>
    </message>
</context>
<context>
    <name>dx::ReportDraftDialog</name>
    <message>
        <source>Report sections for %1</source>
        <translation>Report sections for %1</translation>
    </message>
    <message>
        <source>Sections I, III, IV and V of the meeting report for %1. Each starts from sentences computed from the plan as of %2; rewrite them as the report should read. One paragraph per line. Section II (the results) is computed when the report is printed.</source>
        <translation>Sections I, III, IV and V of the meeting report for %1. Each starts from sentences computed from the plan as of %2; rewrite them as the report should read. One paragraph per line. Section II (the results) is computed when the report is printed.</translation>
    </message>
    <message>
        <source>Start again from the plan&apos;s figures</source>
        <translation>Start again from the plan&apos;s figures</translation>
    </message>
</context>
<context>
    <name>dx::ReportPeriodDialog</name>
    <message>
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Report &amp;on:</source>
        <translation>Report &amp;on:</translation>
    </message>
    <message>
        <source>Figures &amp;as of the end of:</source>
        <translation>Figures &amp;as of the end of:</translation>
    </message>
    <message>
        <source>Report &amp;dated:</source>
        <translation>Report &amp;dated:</translation>
    </message>
    <message>
        <source>The cut-off and the date follow the reporting calendar in the report settings; change them here for this report only.</source>
        <translation>The cut-off and the date follow the reporting calendar in the report settings; change them here for this report only.</translation>
    </message>
    <message>
        <source>Choose a reporting period.</source>
        <translation>Choose a reporting period.</translation>
    </message>
    <message>
        <source>The data cut-off is before the reporting period begins.</source>
        <translation>The data cut-off is before the reporting period begins.</translation>
    </message>
    <message>
        <source>The report cannot be dated before its data cut-off.</source>
        <translation>The report cannot be dated before its data cut-off.</translation>
    </message>
</context>
<context>
    <name>dx::ReportSettingsDialog</name>
    <message>
        <source>Report settings</source>
        <translation>Report settings</translation>
    </message>
    <message>
        <source>State document (Decree 30/2020/NĐ-CP)</source>
        <translation>State document (Decree 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>Party document (Guideline 36-HD/VPTW)</source>
        <translation>Party document (Guideline 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Two charts per portrait page</source>
        <translation>Two charts per portrait page</translation>
    </message>
    <message>
        <source>One chart per landscape page</source>
        <translation>One chart per landscape page</translation>
    </message>
    <message>
        <source>Left blank for the clerk</source>
        <translation>Left blank for the clerk</translation>
    </message>
    <message>
        <source>One recipient per line, e.g. &quot;UBND tỉnh (để b/c)&quot; and &quot;Lưu: VT&quot;</source>
        <translation>One recipient per line, e.g. &quot;UBND tỉnh (để b/c)&quot; and &quot;Lưu: VT&quot;</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Parent &amp;agency:</source>
        <translation>Parent &amp;agency:</translation>
    </message>
    <message>
        <source>&amp;Issuing agency:</source>
        <translation>&amp;Issuing agency:</translation>
    </message>
    <message>
        <source>Issuer&apos;s &amp;code (after BC-):</source>
        <translation>Issuer&apos;s &amp;code (after BC-):</translation>
    </message>
    <message>
        <source>Parent Party &amp;body:</source>
        <translation>Parent Party &amp;body:</translation>
    </message>
    <message>
        <source>Party &amp;issuer:</source>
        <translation>Party &amp;issuer:</translation>
    </message>
    <message>
        <source>Party issuer&apos;s c&amp;ode (after BC/):</source>
        <translation>Party issuer&apos;s c&amp;ode (after BC/):</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Signature and recipients</source>
        <translation>Signature and recipients</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>Signing &amp;authority:</translation>
    </message>
    <message>
        <source>Signer&apos;s p&amp;osition:</source>
        <translation>Signer&apos;s p&amp;osition:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Summary of targets and tasks</source>
        <translation>Summary of targets and tasks</translation>
    </message>
    <message>
        <source>Table 01: the targets</source>
        <translation>Table 01: the targets</translation>
    </message>
    <message>
        <source>Table 02: the tasks by group</source>
        <translation>Table 02: the tasks by group</translation>
    </message>
    <message>
        <source>A chart of each indicator</source>
        <translation>A chart of each indicator</translation>
    </message>
    <message>
        <source>Overdue tasks by lead agency</source>
        <translation>Overdue tasks by lead agency</translation>
    </message>
    <message>
        <source>&amp;Charts:</source>
        <translation>&amp;Charts:</translation>
    </message>
    <message>
        <source>Charts of indicators without data too</source>
        <translation>Charts of indicators without data too</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Reporting calendar</translation>
    </message>
    <message>
        <source>Yearly report: data cut off on &amp;day (of December):</source>
        <translation>Yearly report: data cut off on &amp;day (of December):</translation>
    </message>
    <message>
        <source>Six-month report: cut off on day (of &amp;June or December):</source>
        <translation>Six-month report: cut off on day (of &amp;June or December):</translation>
    </message>
    <message>
        <source>Quarterly report: cut off on day (of the &amp;quarter&apos;s last month):</source>
        <translation>Quarterly report: cut off on day (of the &amp;quarter&apos;s last month):</translation>
    </message>
    <message>
        <source> days after the cut-off</source>
        <translation> days after the cut-off</translation>
    </message>
    <message>
        <source>On the cut-off day</source>
        <translation>On the cut-off day</translation>
    </message>
    <message>
        <source>Report &amp;dated:</source>
        <translation>Report &amp;dated:</translation>
    </message>
    <message>
        <source>Compare with the last issued report (&quot;Kỳ trước&quot;, Table 03)</source>
        <translation>Compare with the last issued report (&quot;Kỳ trước&quot;, Table 03)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;English names</source>
        <translation>&amp;English names</translation>
    </message>
    <message>
        <source>One recipient per line, e.g. &quot;Provincial People&apos;s Committee (for reporting)&quot;</source>
        <translation>One recipient per line, e.g. &quot;Provincial People&apos;s Committee (for reporting)&quot;</translation>
    </message>
    <message>
        <source>Empty: the Vietnamese place</source>
        <translation>Empty: the Vietnamese place</translation>
    </message>
    <message>
        <source>An English report prints these names instead of the Vietnamese ones. A name left empty is printed in Vietnamese, and the report says so.</source>
        <translation>An English report prints these names instead of the Vietnamese ones. A name left empty is printed in Vietnamese, and the report says so.</translation>
    </message>
    <message>
        <source>State document</source>
        <translation>State document</translation>
    </message>
    <message>
        <source>Parent agency:</source>
        <translation>Parent agency:</translation>
    </message>
    <message>
        <source>Issuing agency:</source>
        <translation>Issuing agency:</translation>
    </message>
    <message>
        <source>Signing authority:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Signer&apos;s position:</source>
        <translation>Signer&apos;s position:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Party document</source>
        <translation>Party document</translation>
    </message>
    <message>
        <source>Parent Party body:</source>
        <translation>Parent Party body:</translation>
    </message>
    <message>
        <source>Party issuer:</source>
        <translation>Party issuer:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
</context>
<context>
    <name>dx::TaskActions</name>
    <message numerus="yes">
        <source>Change %n task(s)</source>
        <translation>
            <numerusform>Change %n task</numerusform>
            <numerusform>Change %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Add task</translation>
    </message>
    <message>
        <source>Add &amp;sub-task</source>
        <translation>Add &amp;sub-task</translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation>&amp;Delete task</translation>
    </message>
    <message>
        <source>&amp;Move to group...</source>
        <translation>&amp;Move to group...</translation>
    </message>
    <message>
        <source>Move task &amp;up</source>
        <translation>Move task &amp;up</translation>
    </message>
    <message>
        <source>Move task do&amp;wn</source>
        <translation>Move task do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Change selected tasks...</source>
        <translation>&amp;Change selected tasks...</translation>
    </message>
    <message>
        <source>Mark as d&amp;one</source>
        <translation>Mark as d&amp;one</translation>
    </message>
    <message>
        <source>New &amp;group...</source>
        <translation>New &amp;group...</translation>
    </message>
    <message>
        <source>&amp;Edit group...</source>
        <translation>&amp;Edit group...</translation>
    </message>
    <message>
        <source>Delete g&amp;roup...</source>
        <translation>Delete g&amp;roup...</translation>
    </message>
    <message>
        <source>Move group u&amp;p</source>
        <translation>Move group u&amp;p</translation>
    </message>
    <message>
        <source>Move group dow&amp;n</source>
        <translation>Move group dow&amp;n</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Find...</translation>
    </message>
    <message>
        <source>Create a task group first (Edit &gt; New group).</source>
        <translation>Create a task group first (Edit &gt; New group).</translation>
    </message>
    <message>
        <source>New sub-task</source>
        <translation>New sub-task</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Move to group</translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to:</source>
        <translation>
            <numerusform>Move %n task to:</numerusform>
            <numerusform>Move %n tasks to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move task up</source>
        <translation>Move task up</translation>
    </message>
    <message>
        <source>Move task down</source>
        <translation>Move task down</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) as done</source>
        <translation>
            <numerusform>Mark %n task as done</numerusform>
            <numerusform>Mark %n tasks as done</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message numerus="yes">
        <source>The group &quot;%1&quot; has %n task(s). Delete the group and its task(s)? (You can undo this.)</source>
        <translation>
            <numerusform>The group &quot;%1&quot; has %n task. Delete the group and its task? (You can undo this.)</numerusform>
            <numerusform>The group &quot;%1&quot; has %n tasks. Delete the group and its tasks? (You can undo this.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::TaskDetailsPanel</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation>&amp;Legal reference:</translation>
    </message>
    <message>
        <source>Lead &amp;agency:</source>
        <translation>Lead &amp;agency:</translation>
    </message>
    <message>
        <source>&amp;Cooperating:</source>
        <translation>&amp;Cooperating:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Percent done:</source>
        <translation>&amp;Percent done:</translation>
    </message>
    <message>
        <source>Co&amp;mpleted on:</source>
        <translation>Co&amp;mpleted on:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Output:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>History of this task:</source>
        <translation>History of this task:</translation>
    </message>
    <message>
        <source>Select a task to see and edit its details.</source>
        <translation>Select a task to see and edit its details.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Percent done is a whole number from 0 to 100; %1% was not saved.</source>
        <translation>Percent done is a whole number from 0 to 100; %1% was not saved.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dx::TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <source>Cooperating agencies</source>
        <translation>Cooperating agencies</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Legal reference</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
</context>
<context>
    <name>dx::TaskTablePanel</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>D&amp;ue within</source>
        <translation>D&amp;ue within</translation>
    </message>
    <message>
        <source>Search tasks, agencies, outputs (Ctrl+F); diacritics optional</source>
        <translation>Search tasks, agencies, outputs (Ctrl+F); diacritics optional</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>All lead agencies</source>
        <translation>All lead agencies</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>dx::ValuesGridModel</name>
    <message>
        <source>%1 (est.)</source>
        <translation>%1 (est.)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Recorded by %1 on %2</translation>
    </message>
    <message>
        <source>%1 H%2</source>
        <translation>%1 H%2</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>Plan area</source>
        <translation>Plan area</translation>
    </message>
    <message>
        <source>The values were not recorded.</source>
        <translation>The values were not recorded.</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit in the grid from this cell; nothing was changed.</source>
        <translation>The pasted block (%1 × %2) does not fit in the grid from this cell; nothing was changed.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; nothing was changed.</source>
        <translation>%1: &quot;%2&quot; is not a number; nothing was changed.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>Record a value of %1</source>
        <translation>Record a value of %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s) into %1</source>
        <translation>
            <numerusform>Paste %n value into %1</numerusform>
            <numerusform>Paste %n values into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n value(s) of %1</source>
        <translation>
            <numerusform>Clear %n value of %1</numerusform>
            <numerusform>Clear %n values of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit source and status of %n value(s)</source>
        <translation>
            <numerusform>Edit source and status of %n value</numerusform>
            <numerusform>Edit source and status of %n values</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1%2, received %3, imported by %4</source>
        <translation>From %1%2, received %3, imported by %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>dx::ValuesGridPanel</name>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Years and halves</source>
        <translation>Years and halves</translation>
    </message>
    <message>
        <source>Years and quarters</source>
        <translation>Years and quarters</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Paste a block copied from a spreadsheet, starting at the current cell (Ctrl+V)</source>
        <translation>Paste a block copied from a spreadsheet, starting at the current cell (Ctrl+V)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Clear the selected values (Delete)</source>
        <translation>Clear the selected values (Delete)</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Periods:</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>&amp;Estimate</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Apply to selected values</source>
        <translation>&amp;Apply to selected values</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan to open (default: the last one).</source>
        <translation>Plan to open (default: the last one).</translation>
    </message>
</context>
</TS>
