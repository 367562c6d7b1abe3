<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackupSet</name>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created.</source>
        <translation>Không tạo được thư mục sao lưu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is open in a program; close it there before restoring.</source>
        <translation>Kế hoạch &quot;%1&quot; đang được mở trong một chương trình; hãy đóng kế hoạch ở đó trước khi khôi phục.</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị tính: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Lộ trình dự kiến</translation>
    </message>
    <message>
        <source>Trend forecast</source>
        <translation>Dự báo theo xu hướng</translation>
    </message>
    <message>
        <source>Recorded values</source>
        <translation>Số liệu đã ghi nhận</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mục tiêu %1</translation>
    </message>
    <message>
        <source>Required each year</source>
        <translation>Mức yêu cầu hằng năm</translation>
    </message>
    <message>
        <source>%1 (est.)</source>
        <translation>%1 (ước tính)</translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (chưa có số liệu)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa triển khai</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>No overdue tasks</source>
        <translation>Không có nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Year met</source>
        <translation>Năm đạt</translation>
    </message>
    <message>
        <source>Year missed</source>
        <translation>Năm không đạt</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Không ghi được &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the image could not be encoded.</source>
        <translation>Không ghi được &quot;%1&quot;: không mã hóa được ảnh.</translation>
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
        <translation>Địa phương %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn số liệu: %1</translation>
    </message>
    <message>
        <source>Overdue tasks per lead agency</source>
        <translation>Nhiệm vụ quá hạn theo cơ quan chủ trì</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến ngày %1</translation>
    </message>
    <message>
        <source>No lead agency</source>
        <translation>Chưa có cơ quan chủ trì</translation>
    </message>
</context>
<context>
    <name>CollectCommands</name>
    <message>
        <source>The plan file (.dxplan).</source>
        <translation>Tệp kế hoạch (.dxplan).</translation>
    </message>
    <message>
        <source>The period to collect: 2024, 2024-H1 or 2024-Q3.</source>
        <translation>Kỳ cần thu thập: 2024, 2024-H1 hoặc 2024-Q3.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>kỳ</translation>
    </message>
    <message>
        <source>The folder to write the workbooks to.</source>
        <translation>Thư mục để ghi các bảng tính.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>One workbook per agency or per locality.</source>
        <translation>Một bảng tính cho mỗi cơ quan hoặc mỗi địa phương.</translation>
    </message>
    <message>
        <source>Only this unit (repeatable): its name or short name.</source>
        <translation>Chỉ đơn vị này (có thể lặp lại): tên hoặc tên viết tắt của đơn vị.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>When the workbooks must be back, YYYY-MM-DD.</source>
        <translation>Thời hạn gửi lại bảng tính, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Whom the units send their workbook to.</source>
        <translation>Nơi các đơn vị gửi bảng tính đến.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>Print the collection status (who returned, who not) instead of writing.</source>
        <translation>In tình trạng thu thập (đơn vị nào đã gửi lại, đơn vị nào chưa) thay vì ghi bảng tính.</translation>
    </message>
    <message>
        <source>Give the period with --period, e.g. --period 2024 or --period 2024-H1.</source>
        <translation>Hãy chỉ định kỳ bằng --period, ví dụ --period 2024 hoặc --period 2024-H1.</translation>
    </message>
    <message>
        <source>--by takes agency or locality.</source>
        <translation>--by nhận agency hoặc locality.</translation>
    </message>
    <message>
        <source>Give the folder to write to with --out.</source>
        <translation>Hãy chỉ định thư mục cần ghi bằng --out.</translation>
    </message>
    <message>
        <source>No unit &quot;%1&quot; reports anything in this plan; the units are: %2.</source>
        <translation>Trong kế hoạch này không có đơn vị &quot;%1&quot; nào báo cáo số liệu; các đơn vị gồm: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31.</source>
        <translation>&quot;%1&quot; không phải là ngày; hãy viết theo dạng YYYY-MM-DD, ví dụ 2025-12-31.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Không thể tạo thư mục &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) written for %1.</source>
        <translation>
            <numerusform>Đã ghi %n bảng tính cho %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned workbooks, CSV files or folders.</source>
        <translation>Các bảng tính đã gửi lại, tệp CSV hoặc thư mục.</translation>
    </message>
    <message>
        <source>Only show what would change; write nothing.</source>
        <translation>Chỉ hiển thị những gì sẽ thay đổi; không ghi gì.</translation>
    </message>
    <message>
        <source>What to do with conflicts: refuse (stop), keep (the plan&apos;s values) or replace (with the files&apos; values; the last file wins).</source>
        <translation>Cách xử lý xung đột: refuse (dừng), keep (giữ số liệu của kế hoạch) hoặc replace (thay bằng số liệu của các tệp; tệp cuối cùng được ưu tiên).</translation>
    </message>
    <message>
        <source>Import the rest when some files or cells are refused.</source>
        <translation>Nhập phần còn lại khi có tệp hoặc ô bị từ chối.</translation>
    </message>
    <message>
        <source>Summary format: text or json.</source>
        <translation>Định dạng bản tóm tắt: text hoặc json.</translation>
    </message>
    <message>
        <source>Refuse workbooks made for another period.</source>
        <translation>Từ chối các bảng tính được tạo cho kỳ khác.</translation>
    </message>
    <message>
        <source>Give the plan file and at least one returned file.</source>
        <translation>Hãy chỉ định tệp kế hoạch và ít nhất một tệp đã gửi lại.</translation>
    </message>
    <message>
        <source>--on-conflict takes refuse, keep or replace.</source>
        <translation>--on-conflict nhận refuse, keep hoặc replace.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Định dạng &quot;%1&quot; không xác định; hãy dùng text hoặc json.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be written; nothing was imported.</source>
        <translation>Không thể ghi kế hoạch &quot;%1&quot;; chưa nhập gì.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 2024, 2024-H1 or 2024-Q3.</source>
        <translation>&quot;%1&quot; không phải là kỳ; hãy viết 2024, 2024-H1 hoặc 2024-Q3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are refused; nothing was imported (use --skip-refused to import the rest).</source>
        <translation>
            <numerusform>%n tệp bị từ chối; chưa nhập gì (dùng --skip-refused để nhập phần còn lại).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); nothing was imported. Settle them with --on-conflict keep or replace.</source>
        <translation>
            <numerusform>%n xung đột; chưa nhập gì. Hãy xử lý bằng --on-conflict keep hoặc replace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không ghi gì.</translation>
    </message>
    <message>
        <source>Nothing to import: the plan already holds every value.</source>
        <translation>Không có gì để nhập: kế hoạch đã có đủ mọi số liệu.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 value(s) and %2 task(s) from %n file(s).</source>
        <translation>
            <numerusform>Đã nhập %1 số liệu và %2 nhiệm vụ từ %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>Hãy chỉ định tệp cần ghi bằng --out.</translation>
    </message>
    <message>
        <source>--separator takes comma, semicolon or tab.</source>
        <translation>--separator nhận comma, semicolon hoặc tab.</translation>
    </message>
    <message>
        <source>write a data-entry workbook per unit, or show who has returned theirs</source>
        <translation>lập sổ nhập liệu cho từng đơn vị, hoặc xem đơn vị nào đã gửi lại</translation>
    </message>
    <message>
        <source>read returned collection workbooks (.xlsx) or CSV files into the plan, as one change</source>
        <translation>nhập các sổ thu thập đã gửi lại (.xlsx) hoặc tệp CSV vào kế hoạch, thành một lần thay đổi</translation>
    </message>
    <message>
        <source>Exit code 0: imported; 2: a file was refused (nothing imported unless --skip-refused); 3: conflicts stopped it.</source>
        <translation>Mã thoát 0: đã nhập; 2: có tệp bị từ chối (không nhập gì, trừ khi có --skip-refused); 3: dừng lại vì có xung đột.</translation>
    </message>
</context>
<context>
    <name>CollectImport</name>
    <message>
        <source>&quot;%1&quot; is not a collection workbook made by DX Planner (it has no keys); make the unit&apos;s workbook with Collect data &gt; Make workbooks.</source>
        <translation>&quot;%1&quot; không phải là bảng tính thu thập do DX Planner tạo (không có khóa); hãy tạo bảng tính cho đơn vị bằng Thu thập số liệu &gt; Tạo bảng tính.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made for another plan (%2), not this one (%3).</source>
        <translation>&quot;%1&quot; được tạo cho một kế hoạch khác (%2), không phải kế hoạch này (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the workbook&apos;s hidden keys sheet was changed or damaged; send the unit a new workbook.</source>
        <translation>&quot;%1&quot;: trang tính khóa ẩn của bảng tính đã bị thay đổi hoặc hư hỏng; hãy gửi cho đơn vị một bảng tính mới.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made for the period %2, not %3.</source>
        <translation>&quot;%1&quot; được tạo cho kỳ %2, không phải kỳ %3.</translation>
    </message>
    <message>
        <source>the plan&apos;s value was changed after the workbook was made</source>
        <translation>số liệu của kế hoạch đã bị thay đổi sau khi tạo bảng tính</translation>
    </message>
    <message>
        <source>the indicator was removed from the plan</source>
        <translation>chỉ tiêu đã bị xóa khỏi kế hoạch</translation>
    </message>
    <message>
        <source>the row does not hold indicator %1 any more (rows were moved or deleted)</source>
        <translation>dòng này không còn chứa chỉ tiêu %1 (các dòng đã bị di chuyển hoặc xóa)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; không phải là số</translation>
    </message>
    <message>
        <source>A rank must be a whole number.</source>
        <translation>Thứ hạng phải là số nguyên.</translation>
    </message>
    <message>
        <source>write %1 or %2</source>
        <translation>hãy viết %1 hoặc %2</translation>
    </message>
    <message>
        <source>the task was removed from the plan</source>
        <translation>nhiệm vụ đã bị xóa khỏi kế hoạch</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; choose one from the list</source>
        <translation>&quot;%1&quot; không phải là trạng thái; hãy chọn một mục trong danh sách</translation>
    </message>
    <message>
        <source>percent complete must be a whole number from 0 to 100</source>
        <translation>tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as day/month/year</source>
        <translation>&quot;%1&quot; không phải là ngày; hãy viết theo dạng ngày/tháng/năm</translation>
    </message>
    <message>
        <source>the task was changed in the plan after the workbook was made</source>
        <translation>nhiệm vụ đã bị thay đổi trong kế hoạch sau khi tạo bảng tính</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no columns &quot;Mã chỉ tiêu&quot;, &quot;Kỳ&quot; and &quot;Giá trị&quot; in its first row; it is not a table of values DX Planner can import.</source>
        <translation>&quot;%1&quot; không có các cột &quot;Mã chỉ tiêu&quot;, &quot;Kỳ&quot; và &quot;Giá trị&quot; ở dòng đầu tiên; đây không phải là bảng số liệu mà DX Planner có thể nhập.</translation>
    </message>
    <message>
        <source>the plan has no indicator &quot;%1&quot;</source>
        <translation>kế hoạch không có chỉ tiêu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the plan has no locality &quot;%1&quot;</source>
        <translation>kế hoạch không có địa phương &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 2024, 2024-H1 or 2024-Q3</source>
        <translation>&quot;%1&quot; không phải là kỳ; hãy viết 2024, 2024-H1 hoặc 2024-Q3</translation>
    </message>
    <message numerus="yes">
        <source>%n files give different values for it</source>
        <translation>
            <numerusform>%n tệp cho các giá trị khác nhau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are refused; nothing was imported.</source>
        <translation>
            <numerusform>%n tệp bị từ chối; chưa nhập gì.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) must be settled first; nothing was imported.</source>
        <translation>
            <numerusform>Phải xử lý %n xung đột trước; chưa nhập gì.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectKeys</name>
    <message>
        <source>&quot;%1&quot;: the workbook&apos;s hidden keys sheet was changed or damaged; send the unit a new workbook.</source>
        <translation>&quot;%1&quot;: trang tính khóa ẩn của bảng tính đã bị thay đổi hoặc hư hỏng; hãy gửi cho đơn vị một bảng tính mới.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by a newer DX Planner (%2); update the program to import it.</source>
        <translation>&quot;%1&quot; được tạo bởi phiên bản DX Planner mới hơn (%2); hãy cập nhật chương trình để nhập tệp này.</translation>
    </message>
</context>
<context>
    <name>CollectPreview</name>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: bị từ chối: %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 new, %5 changed, %6 unchanged, %7 conflicts, %8 refused, %9 left blank</source>
        <translation>%1 (%2, %3): %4 mới, %5 thay đổi, %6 không đổi, %7 xung đột, %8 bị từ chối, %9 để trống</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>không có đơn vị</translation>
    </message>
    <message>
        <source>any period</source>
        <translation>mọi kỳ</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: conflict: %3 (plan: %4, file: %5)</source>
        <translation>%1, %2: xung đột: %3 (kế hoạch: %4, tệp: %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>In all: %1 to write, %2 conflicts not settled, %3 refused files.</source>
        <translation>Tổng cộng: %1 mục sẽ ghi, %2 xung đột chưa xử lý, %3 tệp bị từ chối.</translation>
    </message>
</context>
<context>
    <name>CollectStatus</name>
    <message>
        <source>Collection for %1: %2 of %3 units returned.</source>
        <translation>Thu thập số liệu kỳ %1: %2 trên %3 đơn vị đã gửi lại.</translation>
    </message>
    <message numerus="yes">
        <source>Not returned (%n):</source>
        <translation>
            <numerusform>Chưa gửi lại (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned (%n):</source>
        <translation>
            <numerusform>Đã gửi lại (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectWorkbookWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Không thể ghi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Không thể ghi &quot;%1&quot;: %2</translation>
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
        <translation>tạo tệp kế hoạch từ mẫu</translation>
    </message>
    <message>
        <source>check a plan file&apos;s integrity and format</source>
        <translation>kiểm tra tính toàn vẹn và định dạng của tệp kế hoạch</translation>
    </message>
    <message>
        <source>The plan file (.dxplan).</source>
        <translation>Tệp kế hoạch (.dxplan).</translation>
    </message>
    <message>
        <source>Template name (%1) or path of a template or export file.</source>
        <translation>Tên mẫu (%1) hoặc đường dẫn tới tệp mẫu hay tệp đã xuất.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Ghi ra tệp này thay vì đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <source>Give exactly one plan file.</source>
        <translation>Hãy chỉ định đúng một tệp kế hoạch.</translation>
    </message>
    <message>
        <source>Created %1 from template &quot;%2&quot;.</source>
        <translation>Đã tạo %1 từ mẫu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the plan is sound.</source>
        <translation>%1: kế hoạch hợp lệ, không phát hiện lỗi.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Không ghi được &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>print every indicator&apos;s status as of a date</source>
        <translation>in trạng thái của tất cả chỉ tiêu tính đến một ngày</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Định dạng đầu ra: text hoặc json.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use text or json.</source>
        <translation>Không hỗ trợ định dạng &quot;%1&quot;; hãy dùng text hoặc json.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>kỳ</translation>
    </message>
    <message>
        <source>Header format: state (Nghị định 30/2020) or party (Hướng dẫn 36-HD/VPTW). Default: the plan&apos;s report settings.</source>
        <translation>Thể thức văn bản: state (văn bản hành chính theo Nghị định 30/2020) hoặc party (văn bản của Đảng theo Hướng dẫn 36-HD/VPTW). Mặc định: theo thiết lập báo cáo của kế hoạch.</translation>
    </message>
    <message>
        <source>Language of the report: vi or en. Default: the plan&apos;s report settings.</source>
        <translation>Ngôn ngữ của báo cáo: vi hoặc en. Mặc định: theo thiết lập báo cáo của kế hoạch.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reporting period; write a year (2024), a half (2024-H1) or a quarter (2024-Q3).</source>
        <translation>&quot;%1&quot; không phải là kỳ báo cáo; hãy viết năm (2024), 6 tháng (2024-H1) hoặc quý (2024-Q3).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use state or party.</source>
        <translation>Không hỗ trợ thể thức &quot;%1&quot;; hãy dùng state hoặc party.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use vi or en.</source>
        <translation>Không hỗ trợ ngôn ngữ &quot;%1&quot;; hãy dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Mặc định: %1.</translation>
    </message>
    <message>
        <source>DX Planner: plan and monitor a digital-transformation resolution. With a plan file, or none for the last one, it opens the window.</source>
        <translation>DX Planner: lập kế hoạch và theo dõi việc thực hiện nghị quyết về chuyển đổi số. Khi được gọi với một tệp kế hoạch, hoặc không kèm tệp nào (để mở kế hoạch dùng gần nhất), chương trình sẽ mở cửa sổ làm việc.</translation>
    </message>
    <message>
        <source>Commands (run &quot;dxplanner COMMAND --help&quot; for each):</source>
        <translation>Các lệnh (chạy &quot;dxplanner LỆNH --help&quot; để xem trợ giúp của từng lệnh):</translation>
    </message>
    <message>
        <source>Give a command (%1) or open the window without --help and --version.</source>
        <translation>Hãy chỉ định một lệnh (%1), hoặc bỏ --help và --version để mở cửa sổ làm việc.</translation>
    </message>
    <message>
        <source>plan and monitor a digital-transformation resolution</source>
        <translation>lập kế hoạch và theo dõi việc thực hiện nghị quyết về chuyển đổi số</translation>
    </message>
    <message>
        <source>DX Planner keeps a digital-transformation resolution: its groups of tasks, every task with its agencies, people and deadlines, and the indicators with their yearly values and targets. Without a command it opens the window on FILE, or on the last plan used (on the very first start, a new plan from the bundled template).</source>
        <translation>DX Planner quản lý một nghị quyết về chuyển đổi số: các nhóm nhiệm vụ, từng nhiệm vụ cùng cơ quan, cán bộ và thời hạn thực hiện, các chỉ tiêu cùng giá trị hằng năm và mục tiêu. Khi không có lệnh, chương trình mở cửa sổ làm việc với tệp FILE, hoặc với kế hoạch dùng gần nhất (ở lần khởi động đầu tiên: một kế hoạch mới tạo từ mẫu có sẵn).</translation>
    </message>
    <message>
        <source>The commands run without a display. Every command also takes --help and --version.</source>
        <translation>Các lệnh chạy được mà không cần màn hình hiển thị. Mọi lệnh đều nhận thêm tùy chọn --help và --version.</translation>
    </message>
    <message>
        <source>Print the help and exit.</source>
        <translation>In nội dung trợ giúp rồi thoát.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>In số phiên bản rồi thoát.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Thành công.</translation>
    </message>
    <message>
        <source>Bad usage: an unknown option, a missing argument or a value that is not valid.</source>
        <translation>Dùng sai cú pháp: tùy chọn không được hỗ trợ, thiếu đối số hoặc giá trị không hợp lệ.</translation>
    </message>
    <message>
        <source>The file is missing, unreadable, not a plan, damaged or written by a newer version; it is left untouched.</source>
        <translation>Tệp không tồn tại, không đọc được, không phải là kế hoạch, bị hỏng hoặc được ghi bởi phiên bản mới hơn; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The plan created on the very first start.</source>
        <translation>Kế hoạch được tạo ở lần khởi động đầu tiên.</translation>
    </message>
    <message>
        <source>Settings: the recent files, the language and the window&apos;s layout.</source>
        <translation>Thiết lập: các tệp mở gần đây, ngôn ngữ và bố cục cửa sổ.</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>Không ghi được đầu ra: %1</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>có thể đĩa đã đầy</translation>
    </message>
    <message>
        <source>write the whole plan as JSON, an Excel workbook or CSV values</source>
        <translation>ghi toàn bộ kế hoạch dưới dạng JSON, bảng tính Excel hoặc số liệu CSV</translation>
    </message>
    <message>
        <source>Output format: json, xlsx or csv.</source>
        <translation>Định dạng đầu ra: json, xlsx hoặc csv.</translation>
    </message>
    <message>
        <source>CSV separator: comma, semicolon or tab.</source>
        <translation>Dấu phân cách CSV: comma (dấu phẩy), semicolon (dấu chấm phẩy) hoặc tab.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json, xlsx or csv.</source>
        <translation>Định dạng &quot;%1&quot; không xác định; hãy dùng json, xlsx hoặc csv.</translation>
    </message>
    <message>
        <source>import only: conflicts stopped it and nothing was imported (import also exits with 2 when a returned file is refused).</source>
        <translation>chỉ với import: dừng lại vì có xung đột và không nhập gì (import cũng thoát với mã 2 khi một tệp gửi lại bị từ chối).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>The &quot;as of&quot; date, YYYY-MM-DD or DD/MM/YYYY (default: today).</source>
        <translation>Ngày tính số liệu, dạng YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>write the meeting report as PDF or as a Word document (.docx)</source>
        <translation>xuất báo cáo phục vụ cuộc họp ra tệp PDF hoặc tài liệu Word (.docx)</translation>
    </message>
    <message>
        <source>Write the report here (required): a .pdf file, or a .docx file to edit in Word or LibreOffice Writer.</source>
        <translation>Ghi báo cáo vào đường dẫn này (bắt buộc): tệp .pdf, hoặc tệp .docx để chỉnh sửa bằng Word hay LibreOffice Writer.</translation>
    </message>
    <message>
        <source>The reporting period: a year (2024), a half (2024-H1) or a quarter (2024-Q3). Default: the year of the data cut-off.</source>
        <translation>Kỳ báo cáo: một năm (2024), sáu tháng (2024-H1) hoặc một quý (2024-Q3). Mặc định: năm của ngày chốt số liệu.</translation>
    </message>
    <message>
        <source>The data cut-off, YYYY-MM-DD or DD/MM/YYYY: figures and tasks as they were at the end of that day. Default: the period&apos;s cut-off in the plan&apos;s reporting calendar (14/12 for a year), or today while that day is still to come.</source>
        <translation>Ngày chốt số liệu, dạng YYYY-MM-DD hoặc DD/MM/YYYY: số liệu và nhiệm vụ như tại cuối ngày đó. Mặc định: ngày chốt số liệu của kỳ theo lịch báo cáo của kế hoạch (ngày 14/12 đối với báo cáo năm), hoặc hôm nay nếu chưa đến ngày đó.</translation>
    </message>
    <message>
        <source>The report&apos;s own date in its date line, YYYY-MM-DD or DD/MM/YYYY. Default: the cut-off plus the days the plan&apos;s report settings give.</source>
        <translation>Ngày ban hành báo cáo ghi ở dòng địa danh, ngày tháng, dạng YYYY-MM-DD hoặc DD/MM/YYYY. Mặc định: ngày chốt số liệu cộng số ngày đặt trong thiết lập báo cáo của kế hoạch.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2025-12-31 or 31/12/2025.</source>
        <translation>&quot;%1&quot; không phải là ngày; hãy viết theo dạng YYYY-MM-DD hoặc DD/MM/YYYY, ví dụ 2025-12-31 hoặc 31/12/2025.</translation>
    </message>
    <message>
        <source>Give the output file with --out REPORT.pdf or --out REPORT.docx.</source>
        <translation>Hãy chỉ định tệp đầu ra bằng --out BAOCAO.pdf hoặc --out BAOCAO.docx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends neither in .pdf nor in .docx; the report is written as PDF (REPORT.pdf) or as a Word document (REPORT.docx).</source>
        <translation>&quot;%1&quot; không có đuôi .pdf hay .docx; báo cáo được xuất ra tệp PDF (BAOCAO.pdf) hoặc tài liệu Word (BAOCAO.docx).</translation>
    </message>
    <message>
        <source>Issue the report as PDF (--out REPORT.pdf); a Word document cannot be issued.</source>
        <translation>Hãy phát hành báo cáo dưới dạng PDF (--out BAOCAO.pdf); không thể phát hành tệp Word.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Không thể ghi &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write the values: %1</source>
        <translation>Không thể ghi số liệu: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Out of memory while reading the table.</source>
        <translation>Hết bộ nhớ khi đọc bảng.</translation>
    </message>
    <message>
        <source>The table has too many rows or columns.</source>
        <translation>Bảng có quá nhiều dòng hoặc cột.</translation>
    </message>
    <message>
        <source>The table is not valid CSV: a quoted cell is not closed, or a quote stands inside an unquoted cell (row %1).</source>
        <translation>Bảng không phải là CSV hợp lệ: một ô có dấu ngoặc kép mở nhưng chưa đóng, hoặc có dấu ngoặc kép nằm trong ô không đặt trong ngoặc kép (dòng %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>Không thể đọc &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to import; nothing was read from it.</source>
        <translation>&quot;%1&quot; quá lớn để nhập; chưa đọc gì từ tệp này.</translation>
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
        <translation>Không ghi được &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the pages could not be painted.</source>
        <translation>Không ghi được &quot;%1&quot;: không thể kết xuất các trang.</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>The disk that holds &quot;%1&quot; is full; nothing was changed. Free some space and try again.</source>
        <translation>Đĩa chứa &quot;%1&quot; đã đầy; chưa có thay đổi nào được thực hiện. Hãy giải phóng bớt dung lượng và thử lại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on read-only media (a locked USB stick, a CD or a read-only folder); nothing can be written there.</source>
        <translation>&quot;%1&quot; nằm trên phương tiện chỉ đọc (USB bị khóa ghi, đĩa CD hoặc thư mục chỉ đọc); không thể ghi dữ liệu vào đó.</translation>
    </message>
    <message>
        <source>You do not have permission to read &quot;%1&quot;.</source>
        <translation>Bạn không có quyền đọc &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You do not have permission to write &quot;%1&quot; or its folder.</source>
        <translation>Bạn không có quyền ghi &quot;%1&quot; hoặc thư mục chứa tệp này.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Tệp &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link that leads back to itself; it names no file.</source>
        <translation>&quot;%1&quot; là liên kết trỏ vòng về chính nó; liên kết này không dẫn tới tệp nào.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by another program; close it there and try again.</source>
        <translation>&quot;%1&quot; đang bị một chương trình khác khóa; hãy đóng tệp ở chương trình đó và thử lại.</translation>
    </message>
    <message>
        <source>The disk could not read or write &quot;%1&quot; (an input/output error); the medium may be failing or was removed.</source>
        <translation>Không đọc hoặc ghi được &quot;%1&quot; trên đĩa (lỗi vào/ra); có thể phương tiện lưu trữ bị hỏng hoặc đã bị tháo ra.</translation>
    </message>
    <message>
        <source>The system refused to use &quot;%1&quot;: %2</source>
        <translation>Hệ thống từ chối sử dụng &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is on read-only media, so it is open for reading only.</source>
        <translation>Kế hoạch &quot;%1&quot; nằm trên phương tiện chỉ đọc nên chỉ được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>You may not change the file &quot;%1&quot;, so it is open for reading only.</source>
        <translation>Bạn không có quyền thay đổi tệp &quot;%1&quot; nên tệp chỉ được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The disk that holds &quot;%1&quot; is full, so the plan is open for reading only; free some space and open it again to edit it.</source>
        <translation>Đĩa chứa &quot;%1&quot; đã đầy nên kế hoạch chỉ được mở ở chế độ chỉ đọc; hãy giải phóng bớt dung lượng và mở lại để chỉnh sửa.</translation>
    </message>
    <message>
        <source>You may not write in the folder of &quot;%1&quot; (DX Planner keeps its journal there), so the plan is open for reading only.</source>
        <translation>Bạn không có quyền ghi vào thư mục chứa &quot;%1&quot; (DX Planner lưu nhật ký thay đổi tại đó) nên kế hoạch chỉ được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Thư mục &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>You may not create files in the folder &quot;%1&quot;.</source>
        <translation>Bạn không có quyền tạo tệp trong thư mục &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on a network share. The plan file is safe there for one person at a time only: if several people edit it at once, changes can be lost or the file damaged. For shared work, keep the plan on a DX Planner server (server mode) once it is available, or take turns.</source>
        <translation>&quot;%1&quot; nằm trên thư mục dùng chung qua mạng. Tệp kế hoạch đặt ở đó chỉ an toàn khi mỗi lần chỉ có một người sử dụng: nếu nhiều người cùng chỉnh sửa một lúc, các thay đổi có thể bị mất hoặc tệp bị hỏng. Để làm việc chung, hãy lưu kế hoạch trên máy chủ DX Planner (chế độ máy chủ) khi tính năng này sẵn sàng, hoặc lần lượt từng người chỉnh sửa.</translation>
    </message>
</context>
<context>
    <name>IndicatorSummary</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 đến năm %2</translation>
    </message>
    <message>
        <source>%1 of %2 localities reached %3</source>
        <translation>%1/%2 địa phương đạt %3</translation>
    </message>
    <message>
        <source>No value yet; target %1</source>
        <translation>Chưa có số liệu; mục tiêu %1</translation>
    </message>
    <message>
        <source>%1 in %2 (%3 of %4 years met); target %5</source>
        <translation>%1 năm %2 (%3/%4 năm đạt); mục tiêu %5</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 so với %2</translation>
    </message>
    <message>
        <source>Expected by now: %1</source>
        <translation>Mức dự kiến đến nay: %1</translation>
    </message>
    <message>
        <source>trend on course for %1</source>
        <translation>theo xu hướng sẽ đạt mục tiêu %1</translation>
    </message>
    <message>
        <source>trend short of %1 (%2)</source>
        <translation>theo xu hướng không đạt mục tiêu %1 (%2)</translation>
    </message>
    <message>
        <source>No value yet; no target, followed for information</source>
        <translation>Chưa có số liệu; không có mục tiêu, theo dõi để tham khảo</translation>
    </message>
    <message>
        <source>%1; no target, followed for information</source>
        <translation>%1; không có mục tiêu, theo dõi để tham khảo</translation>
    </message>
</context>
<context>
    <name>IssueReport</name>
    <message>
        <source>The report&apos;s pages could not be painted; nothing was issued.</source>
        <translation>Không tạo được các trang của báo cáo; chưa ban hành báo cáo.</translation>
    </message>
</context>
<context>
    <name>IssuedCommands</name>
    <message>
        <source>Compare with the last issued report: a column &quot;Kỳ trước&quot; in Biểu 01 and an appendix of what changed since (Biểu 03).</source>
        <translation>So sánh với báo cáo đã ban hành gần nhất: thêm cột &quot;Kỳ trước&quot; vào Biểu 01 và phụ lục những thay đổi kể từ báo cáo đó (Biểu 03).</translation>
    </message>
    <message>
        <source>Issue the report: keep it in the plan, read-only, with its PDF and the figures it used (listed by &quot;dxplanner reports&quot;). It cannot be undone.</source>
        <translation>Ban hành báo cáo: lưu vào kế hoạch ở dạng chỉ đọc, cùng tệp PDF và số liệu đã dùng (liệt kê bằng &quot;dxplanner reports&quot;). Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>No report has been issued from this plan yet, so there is nothing to compare with: issue one first (dxplanner report FILE --out REPORT.pdf --issue), or leave out --since-last. Nothing was written.</source>
        <translation>Kế hoạch này chưa ban hành báo cáo nào nên chưa có gì để so sánh: hãy ban hành một báo cáo trước (dxplanner report FILE --out REPORT.pdf --issue) hoặc bỏ --since-last. Chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be written; the report was not issued.</source>
        <translation>Không ghi được vào kế hoạch &quot;%1&quot;; báo cáo chưa được ban hành.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <source>Issued report %1 (period %2, figures as of %3) and wrote it to %4.</source>
        <translation>Đã ban hành báo cáo %1 (kỳ %2, số liệu tính đến ngày %3) và ghi ra %4.</translation>
    </message>
    <message>
        <source>list the reports issued from a plan</source>
        <translation>liệt kê các báo cáo đã ban hành từ một kế hoạch</translation>
    </message>
    <message>
        <source>The plan file (.dxplan).</source>
        <translation>Tệp kế hoạch (.dxplan).</translation>
    </message>
    <message>
        <source>No report has been issued from this plan yet.</source>
        <translation>Kế hoạch này chưa ban hành báo cáo nào.</translation>
    </message>
    <message>
        <source>%1. No. %2, period %3, figures as of %4, dated %5, issued %6 by %7</source>
        <translation>%1. Số %2, kỳ %3, số liệu tính đến ngày %4, ngày %5, ban hành lúc %6, người ban hành %7</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>nothing</source>
        <translation>không có giá trị</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>cần một chuỗi văn bản, nhận được %1</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation>văn bản dài %1 ký tự; tối đa cho phép là %2 ký tự</translation>
    </message>
    <message>
        <source>expected a date yyyy-MM-dd, got %1</source>
        <translation>cần một ngày theo dạng yyyy-MM-dd, nhận được %1</translation>
    </message>
    <message>
        <source>expected a number %1-%2, got %3</source>
        <translation>cần một số từ %1 đến %2, nhận được %3</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>cần một số, nhận được %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>cần giá trị true hoặc false, nhận được %1</translation>
    </message>
    <message>
        <source>expected a list [...], got %1</source>
        <translation>cần một danh sách [...], nhận được %1</translation>
    </message>
    <message>
        <source>expected an object {...}, got %1</source>
        <translation>cần một đối tượng {...}, nhận được %1</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>là bắt buộc: một trong các giá trị %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>cần một trong các giá trị %1, nhận được %2</translation>
    </message>
</context>
<context>
    <name>PlanExporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Không ghi được tệp xuất: %1</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Tệp &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>&quot;%1&quot; không phải là tệp.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty: it is not a DX Planner plan.</source>
        <translation>Tệp &quot;%1&quot; rỗng: đây không phải là kế hoạch DX Planner.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a DX Planner plan.</source>
        <translation>Tệp &quot;%1&quot; không phải là kế hoạch DX Planner.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is damaged or incomplete and cannot be opened.</source>
        <translation>Kế hoạch &quot;%1&quot; bị hỏng hoặc không đầy đủ nên không mở được.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a database, but not a DX Planner plan.</source>
        <translation>Tệp &quot;%1&quot; là cơ sở dữ liệu nhưng không phải là kế hoạch DX Planner.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was written by a newer version of DX Planner (file format %2; this version reads up to %3). Please update DX Planner to open it.</source>
        <translation>Kế hoạch &quot;%1&quot; được ghi bởi phiên bản DX Planner mới hơn (định dạng tệp %2; phiên bản này chỉ đọc được đến định dạng %3). Vui lòng cập nhật DX Planner để mở kế hoạch này.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists.</source>
        <translation>Tệp &quot;%1&quot; đã tồn tại.</translation>
    </message>
    <message>
        <source>The plan could not be upgraded to file format %1: %2</source>
        <translation>Không nâng cấp được kế hoạch lên định dạng tệp %1: %2</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is damaged: %2</source>
        <translation>Kế hoạch &quot;%1&quot; bị hỏng: %2</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a missing row of table %2</source>
        <translation>một dòng của bảng %1 tham chiếu đến dòng không tồn tại của bảng %2</translation>
    </message>
    <message>
        <source>unexpected file format version</source>
        <translation>phiên bản định dạng tệp không hợp lệ</translation>
    </message>
    <message>
        <source>The plan cannot be written: %1</source>
        <translation>Không ghi được kế hoạch: %1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; beside the plan does not belong to it (it comes from another plan or an older copy), so it was not applied and the plan is open read-only as it was last saved; move that file away to edit it.</source>
        <translation>Tệp &quot;%1&quot; bên cạnh kế hoạch không thuộc kế hoạch này (tệp đến từ một kế hoạch khác hoặc một bản cũ hơn) nên không được áp dụng, và kế hoạch được mở ở chế độ chỉ đọc theo lần lưu gần nhất; hãy chuyển tệp đó sang nơi khác để chỉnh sửa kế hoạch.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a sound plan (%2); it was not changed.</source>
        <translation>Tệp &quot;%1&quot; không phải là kế hoạch hợp lệ (%2); tệp này không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; it was not changed.</source>
        <translation>Tệp &quot;%1&quot; đã tồn tại; tệp này không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be completed.</source>
        <translation>Không hoàn tất được tệp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is open for reading only.</source>
        <translation>Kế hoạch &quot;%1&quot; đang được mở ở chế độ chỉ đọc.</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <source>locality</source>
        <translation>địa phương</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>task group</source>
        <translation>nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>person</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;. Bundled templates: %2.</source>
        <translation>Không có mẫu &quot;%1&quot;. Các mẫu có sẵn: %2.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; cannot be read: %2</source>
        <translation>Không đọc được mẫu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a DX Planner plan template.</source>
        <translation>Tệp &quot;%1&quot; không phải là mẫu kế hoạch DX Planner.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was written by a newer version of DX Planner.</source>
        <translation>Mẫu &quot;%1&quot; được ghi bởi phiên bản DX Planner mới hơn.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; it was not changed.</source>
        <translation>Tệp &quot;%1&quot; đã tồn tại; tệp này không bị thay đổi.</translation>
    </message>
    <message>
        <source>refers to an unknown %1 &quot;%2&quot;</source>
        <translation>tham chiếu tới %1 &quot;%2&quot; không tồn tại</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>khóa &quot;%1&quot; được dùng hai lần</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is used twice</source>
        <translation>mã &quot;%1&quot; được dùng hai lần</translation>
    </message>
    <message>
        <source>expected a key, got %1</source>
        <translation>cần một khóa, nhận được %1</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>bị liệt kê hai lần</translation>
    </message>
    <message>
        <source>expected one of &gt;=, &gt;, &lt;=, =, got %1</source>
        <translation>cần một trong các giá trị &gt;=, &gt;, &lt;=, =, nhận được %1</translation>
    </message>
    <message>
        <source>a second target for %1 and the same locality</source>
        <translation>mục tiêu thứ hai cho %1 tại cùng một địa phương</translation>
    </message>
    <message>
        <source>sub-tasks are nested more than 32 levels deep</source>
        <translation>nhiệm vụ con lồng nhau sâu quá 32 cấp</translation>
    </message>
    <message>
        <source>expected a date and time yyyy-MM-ddTHH:mm:ss, got %1</source>
        <translation>cần ngày giờ theo dạng yyyy-MM-ddTHH:mm:ss, nhận được %1</translation>
    </message>
    <message>
        <source>a second value for the same indicator, locality and period as %1</source>
        <translation>giá trị thứ hai cho cùng chỉ tiêu, địa phương và kỳ với %1</translation>
    </message>
    <message>
        <source>a setting name is too long</source>
        <translation>tên thiết lập quá dài</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to be a plan template (%2 MB; at most %3 MB).</source>
        <translation>Tệp &quot;%1&quot; quá lớn để là mẫu kế hoạch (%2 MB; tối đa %3 MB).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a plan template: %2 (at byte %3).</source>
        <translation>Tệp &quot;%1&quot; không phải là mẫu kế hoạch: %2 (tại byte %3).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a plan template: it holds a JSON list, not an object {...}.</source>
        <translation>Tệp &quot;%1&quot; không phải là mẫu kế hoạch: tệp chứa một danh sách JSON, không phải một đối tượng {...}.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was refused, and no plan was created: %2</source>
        <translation>Mẫu &quot;%1&quot; bị từ chối, chưa có kế hoạch nào được tạo: %2</translation>
    </message>
</context>
<context>
    <name>Plausibility</name>
    <message>
        <source>Not started, but %1% is done.</source>
        <translation>Chưa triển khai nhưng đã hoàn thành %1%.</translation>
    </message>
    <message>
        <source>Marked done at %1%.</source>
        <translation>Đã đánh dấu hoàn thành khi mới đạt %1%.</translation>
    </message>
    <message>
        <source>100% done but still in progress.</source>
        <translation>Đã đạt 100% nhưng vẫn ghi là đang thực hiện.</translation>
    </message>
    <message>
        <source>Has a completion date (%1) but is not done.</source>
        <translation>Có ngày hoàn thành (%1) nhưng chưa ghi là hoàn thành.</translation>
    </message>
    <message>
        <source>Completed on %1, after the &quot;as of&quot; date %2.</source>
        <translation>Hoàn thành ngày %1, sau ngày &quot;tính đến&quot; %2.</translation>
    </message>
    <message>
        <source>%1 %2: fell from %3 (%4) to %5, by %6%.</source>
        <translation>%1 %2: giảm từ %3 (%4) xuống %5, giảm %6%.</translation>
    </message>
    <message>
        <source>%1 %2: rose from %3 (%4) to %5, by %6%.</source>
        <translation>%1 %2: tăng từ %3 (%4) lên %5, tăng %6%.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add agency &quot;%1&quot;</source>
        <translation>Thêm cơ quan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit agency &quot;%1&quot;</source>
        <translation>Sửa cơ quan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Gộp &quot;%1&quot; vào &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add person &quot;%1&quot;</source>
        <translation>Thêm cán bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit person &quot;%1&quot;</source>
        <translation>Sửa thông tin cán bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add group &quot;%1&quot;</source>
        <translation>Thêm nhóm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit group &quot;%1&quot;</source>
        <translation>Sửa nhóm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reorder groups</source>
        <translation>Sắp xếp lại các nhóm</translation>
    </message>
    <message>
        <source>Delete group &quot;%1&quot;</source>
        <translation>Xóa nhóm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add task &quot;%1&quot;</source>
        <translation>Thêm nhiệm vụ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>Thêm chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation>Xóa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Change the report settings</source>
        <translation>Thay đổi thiết lập báo cáo</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Không thể làm lại “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Không thể hoàn tác “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ReportDocxExport</name>
    <message>
        <source>Export as Word</source>
        <translation>Xuất ra Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>ReportDocxWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Không ghi được &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>not a regular file.</source>
        <translation>đây không phải là một tệp thông thường.</translation>
    </message>
    <message>
        <source>a chart could not be drawn.</source>
        <translation>không vẽ được một biểu đồ.</translation>
    </message>
</context>
<context>
    <name>ReportDraft</name>
    <message>
        <source>Leadership, direction and organisation</source>
        <translation>Công tác lãnh đạo, chỉ đạo, triển khai</translation>
    </message>
    <message>
        <source>Shortcomings, limitations and causes</source>
        <translation>Tồn tại, hạn chế và nguyên nhân</translation>
    </message>
    <message>
        <source>Key tasks and solutions for the coming period</source>
        <translation>Nhiệm vụ, giải pháp trọng tâm thời gian tới</translation>
    </message>
    <message>
        <source>Proposals and recommendations</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <source> (%1, deadline %2)</source>
        <translation> (%1, thời hạn %2)</translation>
    </message>
    <message>
        <source>- and %1 other tasks (see Biểu 02).</source>
        <translation>- và %1 nhiệm vụ khác (chi tiết tại Biểu 02).</translation>
    </message>
    <message>
        <source>The agencies and units are carrying out the plan&apos;s %1 tasks: %2 done, %3 under way and %4 not started as of %5.</source>
        <translation>Các cơ quan, đơn vị đã tổ chức triển khai %1 nhiệm vụ của kế hoạch; tính đến ngày %5, đã hoàn thành %2 nhiệm vụ, đang thực hiện %3 nhiệm vụ, chưa triển khai %4 nhiệm vụ.</translation>
    </message>
    <message>
        <source>Completed in the period:</source>
        <translation>Kết quả hoàn thành trong kỳ:</translation>
    </message>
    <message>
        <source>Targets behind schedule or at risk: %1.</source>
        <translation>Các chỉ tiêu chậm tiến độ hoặc có nguy cơ chậm tiến độ: %1.</translation>
    </message>
    <message>
        <source>%1 tasks are overdue:</source>
        <translation>Còn %1 nhiệm vụ quá hạn chưa hoàn thành:</translation>
    </message>
    <message>
        <source>%1 figures of the last year have not been reported, so those targets cannot yet be assessed.</source>
        <translation>Còn %1 số liệu của năm gần nhất chưa được báo cáo, nên chưa đánh giá được các chỉ tiêu tương ứng.</translation>
    </message>
    <message>
        <source>No target is behind schedule and no task is overdue.</source>
        <translation>Không có chỉ tiêu chậm tiến độ và không có nhiệm vụ quá hạn.</translation>
    </message>
    <message>
        <source>Causes: </source>
        <translation>Nguyên nhân: </translation>
    </message>
    <message>
        <source>Complete the overdue tasks:</source>
        <translation>Khẩn trương hoàn thành các nhiệm vụ quá hạn:</translation>
    </message>
    <message>
        <source>Carry out the tasks due by %1:</source>
        <translation>Triển khai các nhiệm vụ có thời hạn đến ngày %1:</translation>
    </message>
    <message>
        <source>Collect and update the figures still missing.</source>
        <translation>Thu thập, cập nhật các số liệu còn thiếu.</translation>
    </message>
    <message>
        <source>Continue carrying out the plan&apos;s tasks on schedule.</source>
        <translation>Tiếp tục triển khai các nhiệm vụ của kế hoạch đúng tiến độ.</translation>
    </message>
    <message>
        <source>The agencies and units are asked to send the missing figures so that the targets can be assessed.</source>
        <translation>Đề nghị các cơ quan, đơn vị gửi các số liệu còn thiếu để có cơ sở đánh giá các chỉ tiêu.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không.</translation>
    </message>
</context>
<context>
    <name>ReportWarnings</name>
    <message>
        <source>The Party report has no signer&apos;s name.</source>
        <translation>Báo cáo theo thể thức Đảng chưa có họ tên người ký.</translation>
    </message>
    <message>
        <source>The report has no signer&apos;s name.</source>
        <translation>Báo cáo chưa có họ tên người ký.</translation>
    </message>
    <message>
        <source>The Party report has no signer&apos;s position.</source>
        <translation>Báo cáo theo thể thức Đảng chưa có chức vụ người ký.</translation>
    </message>
    <message>
        <source>The report has no signer&apos;s position.</source>
        <translation>Báo cáo chưa có chức vụ người ký.</translation>
    </message>
    <message>
        <source>The report has no recipients.</source>
        <translation>Báo cáo chưa có nơi nhận.</translation>
    </message>
    <message>
        <source>The report has no number: the space after &quot;Số&quot; is left for the clerk.</source>
        <translation>Báo cáo chưa có số: chỗ sau chữ &quot;Số&quot; được để trống cho văn thư ghi.</translation>
    </message>
    <message>
        <source>The last issued report&apos;s figures cannot be read: nothing is compared.</source>
        <translation>Không đọc được số liệu của báo cáo đã ban hành gần nhất: không so sánh được.</translation>
    </message>
    <message>
        <source>No report has been issued yet: there is nothing to compare with.</source>
        <translation>Chưa ban hành báo cáo nào: chưa có gì để so sánh.</translation>
    </message>
    <message>
        <source>The English report prints these in Vietnamese, for want of an English name: %1.</source>
        <translation>Báo cáo tiếng Anh in các mục sau bằng tiếng Việt vì chưa có tên tiếng Anh: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) deleted after the data cut-off cannot be shown as they were then (the history keeps only their titles) and are left out: %1</source>
        <translation>
            <numerusform>%n nhiệm vụ đã bị xóa sau ngày chốt số liệu không thể hiện như tại thời điểm đó (lịch sử chỉ lưu tên nhiệm vụ) nên không được đưa vào báo cáo: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the parent agency</source>
        <translation>cơ quan cấp trên</translation>
    </message>
    <message>
        <source>the issuing agency</source>
        <translation>cơ quan ban hành</translation>
    </message>
    <message>
        <source>the signer&apos;s authority</source>
        <translation>thẩm quyền ký</translation>
    </message>
    <message>
        <source>the signer&apos;s position</source>
        <translation>chức vụ người ký</translation>
    </message>
    <message>
        <source>the recipients</source>
        <translation>nơi nhận</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>this version of DX Planner does not know its file format %1</source>
        <translation>phiên bản DX Planner này không nhận biết được định dạng tệp %1 của kế hoạch</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>không đọc được danh sách các bảng</translation>
    </message>
    <message>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>index</source>
        <translation>chỉ mục</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>khung nhìn</translation>
    </message>
    <message>
        <source>the %1 %2 is missing</source>
        <translation>thiếu %1 %2</translation>
    </message>
    <message>
        <source>the %1 %2 has been changed</source>
        <translation>%1 %2 đã bị thay đổi</translation>
    </message>
    <message>
        <source>it has a foreign %1 %2</source>
        <translation>chứa %1 lạ %2</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>As of %1</source>
        <translation>Tính đến ngày %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Nguồn số liệu: %1</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Change needed per year</source>
        <translation>Mức thay đổi cần đạt mỗi năm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Recorded values</source>
        <translation>Số liệu đã ghi nhận</translation>
    </message>
    <message>
        <source>Whole plan area</source>
        <translation>Toàn địa bàn</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Official or estimate</source>
        <translation>Chính thức/ước tính</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Tổng quan: %1</translation>
    </message>
    <message>
        <source>Indicators and tasks</source>
        <translation>Chỉ tiêu và nhiệm vụ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Achieved</source>
        <translation>Đã đạt</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Đúng tiến độ</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Có nguy cơ chậm</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>Status of the indicators as of %1</source>
        <translation>Tình hình thực hiện các chỉ tiêu tính đến ngày %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Latest value: %1 %2 (%3)</source>
        <translation>Giá trị mới nhất: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <source>Latest value: none recorded</source>
        <translation>Giá trị mới nhất: chưa có số liệu</translation>
    </message>
    <message>
        <source>Localities that reached the target: %1 of %2</source>
        <translation>Số địa phương đạt mục tiêu: %1/%2</translation>
    </message>
    <message>
        <source>Expected on %1: %2 %3</source>
        <translation>Mức dự kiến ngày %1: %2 %3</translation>
    </message>
    <message>
        <source>On course for %1 (trend gives %2)</source>
        <translation>Dự kiến đạt mục tiêu %1 (theo xu hướng: %2)</translation>
    </message>
    <message>
        <source>Not on course for %1 (trend gives %2)</source>
        <translation>Dự kiến không đạt mục tiêu %1 (theo xu hướng: %2)</translation>
    </message>
    <message>
        <source>Forecast: needs at least 3 values</source>
        <translation>Dự báo: cần ít nhất 3 giá trị</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>%1: target %2</source>
        <translation>%1: mục tiêu %2</translation>
    </message>
    <message>
        <source>%1 of %2 localities at %3</source>
        <translation>%1/%2 địa phương đạt %3</translation>
    </message>
    <message>
        <source>%1: no value for the year, target %2</source>
        <translation>%1: không có số liệu của năm, mục tiêu %2</translation>
    </message>
    <message>
        <source>%1 of %2 years at %3</source>
        <translation>%1/%2 năm đạt %3</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 so với %2</translation>
    </message>
    <message>
        <source>%1: met, %2</source>
        <translation>%1: đạt, %2</translation>
    </message>
    <message>
        <source>%1: not met, %2</source>
        <translation>%1: không đạt, %2</translation>
    </message>
    <message>
        <source>%1: already met, %2</source>
        <translation>%1: đã đạt, %2</translation>
    </message>
    <message>
        <source>%1: not yet met, %2</source>
        <translation>%1: chưa đạt, %2</translation>
    </message>
    <message>
        <source>(needs %1 a year)</source>
        <translation>(cần %1 mỗi năm)</translation>
    </message>
</context>
<context>
    <name>TaskPresentation</name>
    <message>
        <source>Not started</source>
        <translation>Chưa triển khai</translation>
    </message>
    <message>
        <source>In progress, on time</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>In progress, overdue</source>
        <translation>Đang thực hiện quá hạn</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, due today</source>
        <translation>%1, đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%1, due in %n day(s)</source>
        <translation>
            <numerusform>%1, còn %n ngày đến hạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The plan needs a document number.</source>
        <translation>Kế hoạch cần có số hiệu văn bản.</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Kế hoạch cần có tiêu đề.</translation>
    </message>
    <message>
        <source>The plan&apos;s last year cannot come before its first year.</source>
        <translation>Năm kết thúc của kế hoạch không được trước năm bắt đầu.</translation>
    </message>
    <message>
        <source>A task group needs a title.</source>
        <translation>Nhóm nhiệm vụ cần có tên.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Nhiệm vụ cần có tên.</translation>
    </message>
    <message>
        <source>A task must belong to a task group.</source>
        <translation>Nhiệm vụ phải thuộc một nhóm nhiệm vụ.</translation>
    </message>
    <message>
        <source>Percent complete must be between 0 and 100.</source>
        <translation>Tỷ lệ hoàn thành phải nằm trong khoảng từ 0 đến 100.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the start date.</source>
        <translation>Thời hạn không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>A task cannot be its own sub-task.</source>
        <translation>Nhiệm vụ không thể là nhiệm vụ con của chính nó.</translation>
    </message>
    <message>
        <source>The completion date cannot be before the start date.</source>
        <translation>Ngày hoàn thành không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>An agency needs a name.</source>
        <translation>Cơ quan cần có tên.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Cán bộ cần có họ tên.</translation>
    </message>
    <message>
        <source>A locality needs a name.</source>
        <translation>Địa phương cần có tên.</translation>
    </message>
    <message>
        <source>An indicator needs a code.</source>
        <translation>Chỉ tiêu cần có mã.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>Chỉ tiêu cần có tên.</translation>
    </message>
    <message>
        <source>The baseline period &quot;%1&quot; is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).</source>
        <translation>Kỳ cơ sở &quot;%1&quot; không phải là năm (2024), 6 tháng (2024-H1) hay quý (2024-Q3).</translation>
    </message>
    <message>
        <source>A target year must be between 1900 and 2200.</source>
        <translation>Năm mục tiêu phải nằm trong khoảng từ 1900 đến 2200.</translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation>Giá trị không phải là số.</translation>
    </message>
    <message>
        <source>A share must be between 0 and 100.</source>
        <translation>Tỷ lệ phải nằm trong khoảng từ 0 đến 100.</translation>
    </message>
    <message>
        <source>A rank must be 1 or more.</source>
        <translation>Thứ hạng phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Số lượng không được là số âm.</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).</source>
        <translation>Kỳ &quot;%1&quot; không phải là năm (2024), 6 tháng (2024-H1) hay quý (2024-Q3).</translation>
    </message>
    <message>
        <source>Another indicator already has this code.</source>
        <translation>Mã này đã được dùng cho một chỉ tiêu khác.</translation>
    </message>
    <message>
        <source>A value for this period and locality is already recorded.</source>
        <translation>Đã có giá trị cho kỳ và địa phương này.</translation>
    </message>
    <message>
        <source>This indicator already has a target for that year.</source>
        <translation>Chỉ tiêu này đã có mục tiêu cho năm đó.</translation>
    </message>
    <message>
        <source>The period is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).</source>
        <translation>Kỳ không phải là năm (2024), 6 tháng (2024-H1) hay quý (2024-Q3).</translation>
    </message>
    <message>
        <source>The item refers to something that no longer exists.</source>
        <translation>Mục này tham chiếu đến một đối tượng không còn tồn tại.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <source>The agency no longer exists.</source>
        <translation>Cơ quan không còn tồn tại.</translation>
    </message>
    <message>
        <source>An agency cannot be merged into itself.</source>
        <translation>Không thể gộp một cơ quan vào chính nó.</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>Chỉ tiêu không còn tồn tại.</translation>
    </message>
    <message>
        <source>Some recorded values do not fit the new kind of indicator.</source>
        <translation>Một số giá trị đã ghi nhận không phù hợp với loại chỉ tiêu mới.</translation>
    </message>
    <message>
        <source>The task group no longer exists.</source>
        <translation>Nhóm nhiệm vụ không còn tồn tại.</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Nhiệm vụ không còn tồn tại.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Cán bộ không còn tồn tại.</translation>
    </message>
    <message>
        <source>A setting needs a name.</source>
        <translation>Một thiết lập cần có tên.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 dài %2 ký tự; tối đa cho phép là %3 ký tự.</translation>
    </message>
    <message>
        <source>The document number</source>
        <translation>Số hiệu văn bản</translation>
    </message>
    <message>
        <source>The plan&apos;s title</source>
        <translation>Tiêu đề kế hoạch</translation>
    </message>
    <message>
        <source>The plan&apos;s English title</source>
        <translation>Tiêu đề kế hoạch bằng tiếng Anh</translation>
    </message>
    <message>
        <source>The document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>The issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Tóm tắt nội dung</translation>
    </message>
    <message>
        <source>The legal references</source>
        <translation>Các văn bản căn cứ</translation>
    </message>
    <message>
        <source>The group&apos;s title</source>
        <translation>Tên nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>The group&apos;s English title</source>
        <translation>Tên tiếng Anh của nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>The task&apos;s title</source>
        <translation>Tên nhiệm vụ</translation>
    </message>
    <message>
        <source>The legal reference</source>
        <translation>Văn bản căn cứ</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>Sản phẩm đầu ra</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The agency&apos;s name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>The short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>The English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>Họ tên cán bộ</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>The locality&apos;s code</source>
        <translation>Mã địa phương</translation>
    </message>
    <message>
        <source>The locality&apos;s name</source>
        <translation>Tên địa phương</translation>
    </message>
    <message>
        <source>The indicator&apos;s code</source>
        <translation>Mã chỉ tiêu</translation>
    </message>
    <message>
        <source>The indicator&apos;s name</source>
        <translation>Tên chỉ tiêu</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>The English unit</source>
        <translation>Đơn vị tính (tiếng Anh)</translation>
    </message>
    <message>
        <source>The data source</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>The stage names</source>
        <translation>Tên các giai đoạn</translation>
    </message>
    <message>
        <source>A target&apos;s note</source>
        <translation>Ghi chú của mục tiêu</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The name of who recorded it</source>
        <translation>Họ tên người ghi nhận</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>the value for %1</source>
        <translation>giá trị kỳ %1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Người khác</translation>
    </message>
    <message>
        <source>Your change was not saved; the current value is shown. Make the change again if it is still needed.</source>
        <translation>Thay đổi của bạn chưa được lưu; giá trị hiện tại đang được hiển thị. Nếu vẫn cần, hãy sửa lại.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” to “%4” on %5, after you last saw it. %6</source>
        <translation>%1 đã sửa %2 của “%3” thành “%4” lúc %5, sau lần bạn xem gần nhất. %6</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” to “%4” after you last saw it. %5</source>
        <translation>%1 đã sửa %2 của “%3” thành “%4” sau lần bạn xem gần nhất. %5</translation>
    </message>
    <message>
        <source>An issued report is kept as it was issued: it cannot be changed or removed.</source>
        <translation>Báo cáo đã ban hành được giữ nguyên như khi ban hành: không thể sửa hoặc xóa.</translation>
    </message>
    <message>
        <source>The report cannot be issued: its period, dates, PDF or figures are missing.</source>
        <translation>Không thể ban hành báo cáo: thiếu kỳ báo cáo, ngày, tệp PDF hoặc số liệu.</translation>
    </message>
</context>
<context>
    <name>WorkbookExporter</name>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Không thể ghi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Không thể ghi &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook: it has no %2.</source>
        <translation>&quot;%1&quot; không phải là bảng tính Excel: không có %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its zip contents cannot be read. Ask the sender to save it again.</source>
        <translation>&quot;%1&quot; bị hỏng: không đọc được nội dung zip. Hãy đề nghị người gửi lưu lại tệp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a collection workbook; nothing was read from it.</source>
        <translation>&quot;%1&quot; quá lớn để là bảng tính thu thập; chưa đọc gì từ tệp này.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 is not well-formed XML.</source>
        <translation>&quot;%1&quot; bị hỏng: phần %2 không phải là XML hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>&quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password or is an old .xls file; ask the sender to save it as .xlsx without a password.</source>
        <translation>&quot;%1&quot; được bảo vệ bằng mật khẩu hoặc là tệp .xls cũ; hãy đề nghị người gửi lưu thành .xlsx không có mật khẩu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (.xlsx).</source>
        <translation>&quot;%1&quot; không phải là bảng tính Excel (.xlsx).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted; ask the sender to save it without a password.</source>
        <translation>&quot;%1&quot; đã được mã hóa; hãy đề nghị người gửi lưu tệp không có mật khẩu.</translation>
    </message>
</context>
<context>
    <name>dx::AgencyPicker</name>
    <message>
        <source>&quot;%1&quot; is not in the list of agencies. Add it?</source>
        <translation>&quot;%1&quot; chưa có trong danh sách cơ quan. Thêm cơ quan này?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list of people. Add this person?</source>
        <translation>&quot;%1&quot; chưa có trong danh sách cán bộ. Thêm cán bộ này?</translation>
    </message>
    <message>
        <source>Add to the directory</source>
        <translation>Thêm vào danh mục</translation>
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
        <translation>Đặt cơ quan &amp;chủ trì:</translation>
    </message>
    <message>
        <source>Set &amp;deadline:</source>
        <translation>Đặt thời &amp;hạn:</translation>
    </message>
    <message>
        <source>Set &amp;status:</source>
        <translation>Đặt &amp;trạng thái:</translation>
    </message>
    <message numerus="yes">
        <source>Change %n task(s)</source>
        <translation>
            <numerusform>Sửa %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick what to change in all %n selected task(s):</source>
        <translation>
            <numerusform>Đánh dấu các mục cần thay đổi cho cả %n nhiệm vụ đã chọn:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::CollectActions</name>
    <message>
        <source>&amp;Collect data</source>
        <translation>&amp;Thu thập số liệu</translation>
    </message>
    <message>
        <source>&amp;Make workbooks...</source>
        <translation>&amp;Tạo bảng tính...</translation>
    </message>
    <message>
        <source>&amp;Import returned workbooks...</source>
        <translation>&amp;Nhập bảng tính đã gửi lại...</translation>
    </message>
    <message>
        <source>Collection &amp;status...</source>
        <translation>Tình t&amp;rạng thu thập...</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;Excel workbook...</source>
        <translation>Bảng tính &amp;Excel...</translation>
    </message>
    <message>
        <source>&amp;CSV values...</source>
        <translation>Số liệu &amp;CSV...</translation>
    </message>
    <message>
        <source>Make data-entry workbooks</source>
        <translation>Tạo bảng tính nhập liệu</translation>
    </message>
    <message>
        <source>One per agency</source>
        <translation>Mỗi cơ quan một bảng tính</translation>
    </message>
    <message>
        <source>One per locality</source>
        <translation>Mỗi địa phương một bảng tính</translation>
    </message>
    <message>
        <source>Period (2024, 2024-H1, 2024-Q3):</source>
        <translation>Kỳ (2024, 2024-H1, 2024-Q3):</translation>
    </message>
    <message>
        <source>Workbooks:</source>
        <translation>Bảng tính:</translation>
    </message>
    <message>
        <source>Send back by:</source>
        <translation>Thời hạn gửi lại:</translation>
    </message>
    <message>
        <source>Send back to:</source>
        <translation>Gửi lại cho:</translation>
    </message>
    <message>
        <source>Make workbooks</source>
        <translation>Tạo bảng tính</translation>
    </message>
    <message>
        <source>Write the period as 2024, 2024-H1 or 2024-Q3.</source>
        <translation>Hãy viết kỳ theo dạng 2024, 2024-H1 hoặc 2024-Q3.</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>Thư mục chứa bảng tính</translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) for %1 are in %2.</source>
        <translation>
            <numerusform>%n bảng tính cho %1 nằm trong %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import returned workbooks</source>
        <translation>Nhập bảng tính đã gửi lại</translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.csv);;All files (*)</source>
        <translation>Bảng tính và tệp CSV (*.xlsx *.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n returned file(s)</source>
        <translation>
            <numerusform>Nhập %n tệp đã gửi lại</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as an Excel workbook</source>
        <translation>Xuất thành bảng tính Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Export the values as CSV</source>
        <translation>Xuất số liệu dưới dạng CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>dx::CollectPreviewModel</name>
    <message>
        <source>file refused</source>
        <translation>tệp bị từ chối</translation>
    </message>
    <message>
        <source>conflict: take the file&apos;s value</source>
        <translation>xung đột: lấy số liệu của tệp</translation>
    </message>
    <message>
        <source>conflict: keep the plan&apos;s</source>
        <translation>xung đột: giữ số liệu của kế hoạch</translation>
    </message>
    <message>
        <source>conflict: not settled</source>
        <translation>xung đột: chưa xử lý</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <source>Indicator or task</source>
        <translation>Chỉ tiêu hoặc nhiệm vụ</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Trong kế hoạch</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>dx::CollectStatusDialog</name>
    <message>
        <source>Collection status</source>
        <translation>Tình trạng thu thập</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Print the follow-up list...</source>
        <translation>&amp;In danh sách đôn đốc...</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Rows asked</source>
        <translation>Số dòng yêu cầu</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã gửi lại</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Write the period as 2024, 2024-H1 or 2024-Q3.</source>
        <translation>Hãy viết kỳ theo dạng 2024, 2024-H1 hoặc 2024-Q3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>%1 of %2 units returned their workbook for %3.</source>
        <translation>%1 trên %2 đơn vị đã gửi lại bảng tính kỳ %3.</translation>
    </message>
</context>
<context>
    <name>dx::DashboardPanel</name>
    <message>
        <source>%1 of %2 targets met</source>
        <translation>Đạt %1/%2 mục tiêu</translation>
    </message>
    <message>
        <source>As of %1: %2 on track, %3 at risk, %4 off track, %5 without data.</source>
        <translation>Tính đến ngày %1: %2 đúng tiến độ, %3 có nguy cơ chậm, %4 chậm tiến độ, %5 chưa có số liệu.</translation>
    </message>
    <message>
        <source>Tasks without a group</source>
        <translation>Nhiệm vụ chưa thuộc nhóm</translation>
    </message>
    <message>
        <source>%1% · %2 of %3 done · %4 overdue</source>
        <translation>%1% · hoàn thành %2/%3 · %4 quá hạn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue by %n day(s))</source>
        <translation>
            <numerusform>%1 (quá hạn %n ngày)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No overdue tasks and no deadlines in the next %n day(s).</source>
        <translation>
            <numerusform>Không có nhiệm vụ quá hạn và không có nhiệm vụ đến hạn trong %n ngày tới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress of the task groups</source>
        <translation>Tiến độ các nhóm nhiệm vụ</translation>
    </message>
    <message numerus="yes">
        <source>Overdue tasks and deadlines in the next %n day(s)</source>
        <translation>
            <numerusform>Nhiệm vụ quá hạn và đến hạn trong %n ngày tới</numerusform>
        </translation>
    </message>
    <message>
        <source>Calculating the status of the indicators...</source>
        <translation>Đang tính toán trạng thái các chỉ tiêu...</translation>
    </message>
    <message>
        <source>Targets off track or at risk</source>
        <translation>Chỉ tiêu chậm tiến độ hoặc có nguy cơ chậm</translation>
    </message>
    <message>
        <source>Figures to ask for</source>
        <translation>Số liệu cần đôn đốc</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Số liệu gần nhất</translation>
    </message>
    <message>
        <source>From / indicator</source>
        <translation>Đơn vị / chỉ tiêu</translation>
    </message>
    <message>
        <source>No target is off track or at risk.</source>
        <translation>Không có chỉ tiêu nào chậm tiến độ hoặc có nguy cơ chậm.</translation>
    </message>
    <message>
        <source>No agency assigned</source>
        <translation>Chưa giao cơ quan</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>gần nhất: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n số liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Every figure is recorded for the last year.</source>
        <translation>Đã có đủ số liệu của năm qua.</translation>
    </message>
    <message>
        <source>Every indicator</source>
        <translation>Tất cả các chỉ tiêu</translation>
    </message>
    <message>
        <source>Overdue tasks by lead agency</source>
        <translation>Nhiệm vụ quá hạn theo cơ quan chủ trì</translation>
    </message>
</context>
<context>
    <name>dx::DataCheckDialog</name>
    <message>
        <source>Nothing to check: no status contradicts its percent, no completion lies after the &quot;as of&quot; date and no value jumps.</source>
        <translation>Không có gì cần kiểm tra: không trạng thái nào mâu thuẫn với tỷ lệ hoàn thành, không ngày hoàn thành nào sau ngày &quot;tính đến&quot; và không số liệu nào biến động bất thường.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to check. These are warnings, not errors: correct what is wrong, leave what is right. Double-click a line to go to it.</source>
        <translation>
            <numerusform>%n nội dung cần kiểm tra. Đây là cảnh báo, không phải lỗi: sửa điều chưa đúng, giữ điều đã đúng. Nhấp đúp vào một dòng để đi tới đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Kiểm tra số liệu</translation>
    </message>
    <message>
        <source>Task or indicator</source>
        <translation>Nhiệm vụ hoặc chỉ tiêu</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Nội dung cần kiểm tra</translation>
    </message>
</context>
<context>
    <name>dx::DirectoryDialog</name>
    <message>
        <source>Agencies and people</source>
        <translation>Cơ quan và cán bộ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>&amp;Add agency...</source>
        <translation>&amp;Thêm cơ quan...</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates...</source>
        <translation>&amp;Gộp cơ quan trùng...</translation>
    </message>
    <message>
        <source>&amp;Retire / restore</source>
        <translation>&amp;Ngừng / khôi phục sử dụng</translation>
    </message>
    <message>
        <source>Select two agencies: the second is merged into the first</source>
        <translation>Chọn hai cơ quan: cơ quan thứ hai sẽ được gộp vào cơ quan thứ nhất</translation>
    </message>
    <message>
        <source>Add &amp;person...</source>
        <translation>Thêm &amp;cán bộ...</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <source>Full name of the agency:</source>
        <translation>Tên đầy đủ của cơ quan:</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Gộp cơ quan trùng</translation>
    </message>
    <message>
        <source>Select exactly two agencies (hold Ctrl): the second is merged into the first.</source>
        <translation>Hãy chọn đúng hai cơ quan (giữ phím Ctrl): cơ quan thứ hai sẽ được gộp vào cơ quan thứ nhất.</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;? Every task of &quot;%1&quot; will name &quot;%2&quot; instead. (You can undo this.)</source>
        <translation>Gộp &quot;%1&quot; vào &quot;%2&quot;? Mọi nhiệm vụ của &quot;%1&quot; sẽ chuyển sang ghi &quot;%2&quot;. (Có thể hoàn tác thao tác này.)</translation>
    </message>
</context>
<context>
    <name>dx::Fields</name>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Parent task</source>
        <translation>Nhiệm vụ cha</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Văn bản căn cứ</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Cooperating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Percent done</source>
        <translation>Tỷ lệ hoàn thành</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sản phẩm đầu ra</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>English unit</source>
        <translation>Đơn vị tính (tiếng Anh)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều đánh giá</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Kỳ cơ sở</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Giá trị cơ sở</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Localities</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Reporting agency</source>
        <translation>Cơ quan theo dõi, báo cáo</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>Stage names</source>
        <translation>Tên các giai đoạn</translation>
    </message>
    <message>
        <source>Ranked units</source>
        <translation>Số đơn vị được xếp hạng</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Task groups</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người cập nhật</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Thời điểm cập nhật</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số hiệu văn bản</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Năm bắt đầu</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm kết thúc</translation>
    </message>
    <message>
        <source>Milestone years</source>
        <translation>Các năm mốc</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt nội dung</translation>
    </message>
    <message>
        <source>Implementing documents</source>
        <translation>Văn bản triển khai thực hiện</translation>
    </message>
</context>
<context>
    <name>dx::GroupDialog</name>
    <message>
        <source>Edit task group</source>
        <translation>Sửa nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>New task group</source>
        <translation>Nhóm nhiệm vụ mới</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên nhóm:</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>Tên tiếng &amp;Anh:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>Lead &amp;agency:</source>
        <translation>Cơ quan &amp;chủ trì:</translation>
    </message>
</context>
<context>
    <name>dx::ImportPreviewDialog</name>
    <message>
        <source>Import returned workbooks: preview</source>
        <translation>Nhập bảng tính đã gửi lại: xem trước</translation>
    </message>
    <message>
        <source>Keep the plan&apos;s values</source>
        <translation>Giữ số liệu của kế hoạch</translation>
    </message>
    <message>
        <source>Settle every open conflict by keeping what the plan holds.</source>
        <translation>Xử lý mọi xung đột còn mở bằng cách giữ số liệu hiện có trong kế hoạch.</translation>
    </message>
    <message>
        <source>Take the files&apos; values</source>
        <translation>Lấy số liệu của các tệp</translation>
    </message>
    <message>
        <source>Settle every open conflict with the returned value (the last file wins).</source>
        <translation>Xử lý mọi xung đột còn mở bằng số liệu đã gửi lại (tệp cuối cùng được ưu tiên).</translation>
    </message>
    <message>
        <source>Leave refused files and cells out</source>
        <translation>Bỏ qua các tệp và ô bị từ chối</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Xung đột:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): </source>
        <translation>
            <numerusform>%n tệp: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 conflicts (%5 not settled), %6 refused.</source>
        <translation>%1 mới, %2 thay đổi, %3 không đổi, %4 xung đột (%5 chưa xử lý), %6 bị từ chối.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are refused: correct them, or leave them out to import the rest.</source>
        <translation>
            <numerusform>%n tệp bị từ chối: hãy sửa lại, hoặc bỏ qua các tệp này để nhập phần còn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settle each conflict (tick to take the file&apos;s value) before importing.</source>
        <translation>Hãy xử lý từng xung đột (đánh dấu để lấy số liệu của tệp) trước khi nhập.</translation>
    </message>
    <message numerus="yes">
        <source>Import writes %n value(s) or task(s) as one step you can undo.</source>
        <translation>
            <numerusform>Việc nhập sẽ ghi %n số liệu hoặc nhiệm vụ thành một bước mà bạn có thể hoàn tác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::IndicatorChartView</name>
    <message>
        <source>Choose an indicator to see its chart.</source>
        <translation>Chọn một chỉ tiêu để xem biểu đồ.</translation>
    </message>
</context>
<context>
    <name>dx::IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>Sửa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Baseline and targets</source>
        <translation>Giá trị cơ sở và mục tiêu</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Linked groups and tasks</source>
        <translation>Nhóm nhiệm vụ và nhiệm vụ liên quan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Càng cao càng tốt</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa xác định</translation>
    </message>
    <message>
        <source>One stage per line, from stage 1 up</source>
        <translation>Mỗi dòng một giai đoạn, bắt đầu từ giai đoạn 1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Đơn &amp;vị tính</translation>
    </message>
    <message>
        <source>Unit in English</source>
        <translation>Đơn vị tính (tiếng Anh)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Chiều đánh giá</translation>
    </message>
    <message>
        <source>Ranked out of</source>
        <translation>Xếp hạng trên tổng số</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Các giai đoạn</translation>
    </message>
    <message>
        <source>&amp;Owner agency</source>
        <translation>Cơ quan theo &amp;dõi</translation>
    </message>
    <message>
        <source>Data &amp;source</source>
        <translation>&amp;Nguồn số liệu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>e.g. 2020, 2020-H1 or 2020-Q4</source>
        <translation>ví dụ: 2020, 2020-H1 hoặc 2020-Q4</translation>
    </message>
    <message>
        <source>empty: no baseline</source>
        <translation>để trống: không có giá trị cơ sở</translation>
    </message>
    <message>
        <source>Baseline &amp;period</source>
        <translation>Kỳ &amp;cơ sở</translation>
    </message>
    <message>
        <source>Baseline &amp;value</source>
        <translation>&amp;Giá trị cơ sở</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation>&amp;Thêm mục tiêu</translation>
    </message>
    <message>
        <source>&amp;Remove target</source>
        <translation>&amp;Xóa mục tiêu</translation>
    </message>
    <message>
        <source>Targets (for a stage indicator, the value is the stage number):</source>
        <translation>Mục tiêu (với chỉ tiêu theo giai đoạn, giá trị là số thứ tự của giai đoạn):</translation>
    </message>
    <message>
        <source>Plan area / each locality</source>
        <translation>Toàn địa bàn / từng địa phương</translation>
    </message>
    <message>
        <source>The plan area as a whole (one value per period)</source>
        <translation>Toàn địa bàn kế hoạch (một giá trị cho mỗi kỳ)</translation>
    </message>
    <message>
        <source>Each of the chosen localities (a value per locality)</source>
        <translation>Từng địa phương được chọn (mỗi địa phương một giá trị)</translation>
    </message>
    <message>
        <source>Task groups</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>The baseline value &quot;%1&quot; is not a number.</source>
        <translation>Giá trị cơ sở &quot;%1&quot; không phải là số.</translation>
    </message>
    <message>
        <source>The target for %1 is not a number: &quot;%2&quot;.</source>
        <translation>Mục tiêu năm %1 không phải là số: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There are two targets for %1; keep one.</source>
        <translation>Có hai mục tiêu cho năm %1; hãy chỉ giữ lại một.</translation>
    </message>
    <message>
        <source>Choose the localities the indicator is measured in, or measure it for the plan area.</source>
        <translation>Hãy chọn các địa phương mà chỉ tiêu được đo lường, hoặc đo lường chỉ tiêu cho toàn địa bàn.</translation>
    </message>
</context>
<context>
    <name>dx::IndicatorPanel</name>
    <message>
        <source>No indicator chosen.</source>
        <translation>Chưa chọn chỉ tiêu.</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>Thêm chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>Sửa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message numerus="yes">
        <source>Delete indicator %1 and its %n recorded value(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Xóa chỉ tiêu %1 cùng %n giá trị đã ghi nhận? Có thể hoàn tác để khôi phục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Add indicator...</source>
        <translation>&amp;Thêm chỉ tiêu...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển xuốn&amp;g</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>dx::IndicatorTableModel</name>
    <message>
        <source>Share (0-100)</source>
        <translation>Tỷ lệ (0-100)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Yearly rate (every year)</source>
        <translation>Tốc độ hằng năm (đánh giá từng năm)</translation>
    </message>
    <message>
        <source>Rank (lower is better)</source>
        <translation>Thứ hạng (càng thấp càng tốt)</translation>
    </message>
    <message>
        <source>Stage per locality</source>
        <translation>Giai đoạn theo từng địa phương</translation>
    </message>
    <message>
        <source>%1 in each locality</source>
        <translation>%1 ở mỗi địa phương</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Giá trị mới nhất</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mục tiêu %1</translation>
    </message>
    <message>
        <source>%1 of %2 localities</source>
        <translation>%1/%2 địa phương</translation>
    </message>
    <message>
        <source>%1, est.</source>
        <translation>%1, ước tính</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Cơ quan theo dõi</translation>
    </message>
</context>
<context>
    <name>dx::IssuedReportsDialog</name>
    <message>
        <source>(no number)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <source>The figures of this report cannot be read.</source>
        <translation>Không đọc được số liệu của báo cáo này.</translation>
    </message>
    <message>
        <source>Changes since report %1 (figures as of %2), compared on %3:</source>
        <translation>Những thay đổi kể từ báo cáo %1 (số liệu tính đến ngày %2), so sánh đến ngày %3:</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Báo cáo đã ban hành</translation>
    </message>
    <message>
        <source>The PDF of this report could not be written to a temporary file.</source>
        <translation>Không ghi được tệp PDF của báo cáo này ra tệp tạm.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The report was written to %1.</source>
        <translation>Không tìm thấy chương trình mở tệp PDF. Báo cáo đã được ghi ra %1.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Số liệu tính đến</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Thời điểm ban hành</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Người ban hành</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Mở PDF</translation>
    </message>
    <message>
        <source>&amp;Compare with now</source>
        <translation>&amp;So sánh với hiện tại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>An issued report is kept as it was issued; choose one and compare it with the plan now.</source>
        <translation>Báo cáo đã ban hành được giữ nguyên như khi ban hành; chọn một báo cáo để so sánh với kế hoạch hiện nay.</translation>
    </message>
</context>
<context>
    <name>dx::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New plan from the bundled template...</source>
        <translation>Tạo kế hoạch từ mẫu có &amp;sẵn...</translation>
    </message>
    <message>
        <source>New &amp;blank plan...</source>
        <translation>Tạo kế hoạch &amp;trống...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Mở...</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Mở kế hoạch</translation>
    </message>
    <message>
        <source>DX Planner plans (*.dxplan)</source>
        <translation>Kế hoạch DX Planner (*.dxplan)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Save a &amp;copy as...</source>
        <translation>&amp;Lưu bản sao thành...</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>Đó&amp;ng kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Chỉnh &amp;sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Agencies and people...</source>
        <translation>&amp;Cơ quan và cán bộ...</translation>
    </message>
    <message>
        <source>Set the &quot;&amp;as of&quot; date...</source>
        <translation>Đặt ngày &quot;&amp;tính đến&quot;...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Côn&amp;g cụ</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Tùy chọn...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ g&amp;iúp</translation>
    </message>
    <message>
        <source>&amp;About DX Planner</source>
        <translation>&amp;Giới thiệu DX Planner</translation>
    </message>
    <message>
        <source>About DX Planner</source>
        <translation>Giới thiệu DX Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;DX Planner %1&lt;/b&gt;&lt;p&gt;Plans and monitors a digital-transformation resolution: task groups, tasks, owners and deadlines, indicators and their targets.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DX Planner %1&lt;/b&gt;&lt;p&gt;Lập kế hoạch và theo dõi việc thực hiện nghị quyết về chuyển đổi số: nhóm nhiệm vụ, nhiệm vụ, cơ quan chủ trì và thời hạn, chỉ tiêu và mục tiêu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Lịch sử thao tác</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Chi tiết nhiệm vụ</translation>
    </message>
    <message>
        <source>%1 - DX Planner</source>
        <translation>%1 - DX Planner</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến ngày %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) shown</source>
        <translation>
            <numerusform>Đang hiển thị %1/%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Lưu bản sao thành</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Đã lưu bản sao thành %1.</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <source>I&amp;ndicators</source>
        <translation>&amp;Chỉ tiêu</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>DX Planner</source>
        <translation>DX Planner</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later), with no warranty. The bundled Noto fonts are under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Phần mềm tự do theo Giấy phép Công cộng GNU (GNU General Public License) phiên bản 3 hoặc (tùy bạn lựa chọn) bất kỳ phiên bản nào mới hơn (GPL-3.0-or-later), không kèm theo bất kỳ bảo đảm nào. Các phông chữ Noto đi kèm được phát hành theo Giấy phép SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The plan is open for reading only.</source>
        <translation>Kế hoạch đang được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Restore from &amp;backup...</source>
        <translation>Khôi phục từ &amp;bản sao lưu...</translation>
    </message>
    <message>
        <source>%1 (read-only) - DX Planner</source>
        <translation>%1 (chỉ đọc) - DX Planner</translation>
    </message>
    <message>
        <source>A copy cannot replace the plan itself.</source>
        <translation>Không thể dùng bản sao để thay thế chính kế hoạch.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>There is no backup of this plan yet (they are kept in %1).</source>
        <translation>Kế hoạch này chưa có bản sao lưu nào (các bản sao lưu được lưu tại %1).</translation>
    </message>
    <message>
        <source>%1  (%2 KB)</source>
        <translation>%1  (%2 KB)</translation>
    </message>
    <message>
        <source>The plan will be replaced by the backup made at:</source>
        <translation>Kế hoạch sẽ được thay thế bằng bản sao lưu tạo lúc:</translation>
    </message>
    <message>
        <source>The plan was restored from the backup of %1; the plan as it was is kept as a backup too.</source>
        <translation>Kế hoạch đã được khôi phục từ bản sao lưu lúc %1; kế hoạch trước khi khôi phục cũng được giữ lại dưới dạng bản sao lưu.</translation>
    </message>
    <message>
        <source>&amp;Print current view...</source>
        <translation>&amp;In phần đang xem...</translation>
    </message>
    <message>
        <source>C&amp;heck the data...</source>
        <translation>&amp;Kiểm tra số liệu...</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
</context>
<context>
    <name>dx::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>dx::NavigationModel</name>
    <message>
        <source>%1. %2 (%3 tasks, %4% done)</source>
        <translation>%1. %2 (%3 nhiệm vụ, hoàn thành %4%)</translation>
    </message>
    <message numerus="yes">
        <source>[%n overdue]</source>
        <translation>
            <numerusform>[%n quá hạn]</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Kế hoạch %1</translation>
    </message>
</context>
<context>
    <name>dx::OptionalDateEdit</name>
    <message>
        <source>Untick when there is no date</source>
        <translation>Bỏ đánh dấu nếu không có ngày</translation>
    </message>
</context>
<context>
    <name>dx::PlanDocument</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>Nhiệm vụ không còn tồn tại.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>Xóa %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to &quot;%1&quot;</source>
        <translation>
            <numerusform>Chuyển %n nhiệm vụ sang &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>The task group no longer exists.</source>
        <translation>Nhóm nhiệm vụ không còn tồn tại.</translation>
    </message>
    <message>
        <source>The agency no longer exists.</source>
        <translation>Cơ quan không còn tồn tại.</translation>
    </message>
    <message>
        <source>Choose two different agencies to merge.</source>
        <translation>Hãy chọn hai cơ quan khác nhau để gộp.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Cán bộ không còn tồn tại.</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>Chỉ tiêu không còn tồn tại.</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>Sửa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Reorder indicators</source>
        <translation>Sắp xếp lại các chỉ tiêu</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n task(s)</source>
        <translation>
            <numerusform>Sửa %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %1 of %n tasks</source>
        <translation>
            <numerusform>Sửa %1 của %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1: %2 -&gt; %3</source>
        <translation>Sửa %1: %2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>dx::PreferencesDialog</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <source>&amp;Fixed date:</source>
        <translation>Ngày &amp;cố định:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Judge deadlines as of:</source>
        <translation>Đánh giá thời hạn tính đến ngày:</translation>
    </message>
    <message>
        <source>Written in the history of every change you make. Empty: your account name (%1).</source>
        <translation>Được ghi vào lịch sử của mọi thay đổi bạn thực hiện. Để trống: dùng tên tài khoản của bạn (%1).</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>&amp;Tên của bạn trong lịch sử:</translation>
    </message>
</context>
<context>
    <name>dx::PrintActions</name>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>&amp;Xem trước khi in...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>&amp;Export to PDF...</source>
        <translation>Xuất ra &amp;PDF...</translation>
    </message>
    <message>
        <source>No indicator chosen</source>
        <translation>Chưa chọn chỉ tiêu</translation>
    </message>
    <message>
        <source>Choose an indicator in the Indicators tab first.</source>
        <translation>Hãy chọn một chỉ tiêu ở thẻ Chỉ tiêu trước.</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <source>First quarter of %1</source>
        <translation>Quý I năm %1</translation>
    </message>
    <message>
        <source>Second quarter of %1</source>
        <translation>Quý II năm %1</translation>
    </message>
    <message>
        <source>Third quarter of %1</source>
        <translation>Quý III năm %1</translation>
    </message>
    <message>
        <source>Fourth quarter of %1</source>
        <translation>Quý IV năm %1</translation>
    </message>
    <message>
        <source>Meeting &amp;report</source>
        <translation>&amp;Báo cáo phục vụ cuộc họp</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Báo cáo phục vụ cuộc họp</translation>
    </message>
    <message>
        <source>meeting-report.pdf</source>
        <translation>bao-cao.pdf</translation>
    </message>
    <message>
        <source>Report &amp;settings...</source>
        <translation>&amp;Thiết lập báo cáo...</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tổng &amp;quan</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>dashboard.pdf</source>
        <translation>tong-quan.pdf</translation>
    </message>
    <message>
        <source>&amp;Task table</source>
        <translation>Bảng nhiệm &amp;vụ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>tasks.pdf</source>
        <translation>nhiem-vu.pdf</translation>
    </message>
    <message>
        <source>As of %1; tasks shown: %2</source>
        <translation>Tính đến ngày %1; số nhiệm vụ hiển thị: %2</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Nhiệm vụ: %1</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Biểu đồ</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>chart.pdf</source>
        <translation>bieu-do.pdf</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Sao chép biểu đồ</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>bieu-do</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Lưu biểu đồ dạng SVG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Lưu biểu đồ dạng PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>Save as P&amp;NG (300 dpi)...</source>
        <translation>Lưu dạng P&amp;NG (300 dpi)...</translation>
    </message>
    <message>
        <source>Save as &amp;SVG...</source>
        <translation>Lưu dạng S&amp;VG...</translation>
    </message>
    <message>
        <source>Indicator &amp;sheet</source>
        <translation>&amp;Phiếu chỉ tiêu</translation>
    </message>
    <message>
        <source>Indicator sheet</source>
        <translation>Phiếu chỉ tiêu</translation>
    </message>
    <message>
        <source>indicator.pdf</source>
        <translation>chi-tieu.pdf</translation>
    </message>
    <message>
        <source>Written s&amp;ections (I, III, IV, V)...</source>
        <translation>Các &amp;phần viết của báo cáo (I, III, IV, V)...</translation>
    </message>
    <message>
        <source>The report will be made, but it lacks:
- %1

Fill these in under File &gt; Meeting report &gt; Report settings.</source>
        <translation>Báo cáo vẫn được lập, nhưng còn thiếu:
- %1

Hãy bổ sung tại Tệp &gt; Báo cáo phục vụ cuộc họp &gt; Thiết lập báo cáo.</translation>
    </message>
    <message>
        <source>Export as &amp;Word...</source>
        <translation>Xuất ra &amp;Word...</translation>
    </message>
    <message>
        <source>meeting-report.docx</source>
        <translation>bao-cao.docx</translation>
    </message>
    <message>
        <source>&amp;Issue report...</source>
        <translation>Ban &amp;hành báo cáo...</translation>
    </message>
    <message>
        <source>Iss&amp;ued reports...</source>
        <translation>Các báo cáo đã ba&amp;n hành...</translation>
    </message>
    <message>
        <source>no number (the space after &quot;Số&quot; stays blank)</source>
        <translation>chưa có số (để trống sau chữ &quot;Số&quot;)</translation>
    </message>
    <message>
        <source>Issue the meeting report?

Number: %1
Date: %2
Period: %3

The report, its PDF and the figures it uses are kept in the plan as they are now. An issued report cannot be changed, removed or undone; the next report can compare with it.</source>
        <translation>Ban hành báo cáo?

Số: %1
Ngày: %2
Kỳ báo cáo: %3

Báo cáo, tệp PDF và số liệu báo cáo sử dụng được lưu vào kế hoạch như hiện tại. Báo cáo đã ban hành không thể sửa, xóa hoặc hoàn tác; báo cáo kỳ sau có thể so sánh với báo cáo này.</translation>
    </message>
    <message>
        <source>The report lacks:
- %1</source>
        <translation>Báo cáo còn thiếu:
- %1</translation>
    </message>
    <message>
        <source>Issue report</source>
        <translation>Ban hành báo cáo</translation>
    </message>
    <message>
        <source>The report is issued and kept in the plan. See File &gt; Meeting report &gt; Issued reports.</source>
        <translation>Báo cáo đã được ban hành và lưu trong kế hoạch. Xem Tệp &gt; Báo cáo phục vụ cuộc họp &gt; Các báo cáo đã ban hành.</translation>
    </message>
</context>
<context>
    <name>dx::ReportDraftDialog</name>
    <message>
        <source>Report sections for %1</source>
        <translation>Các phần của báo cáo kỳ %1</translation>
    </message>
    <message>
        <source>Sections I, III, IV and V of the meeting report for %1. Each starts from sentences computed from the plan as of %2; rewrite them as the report should read. One paragraph per line. Section II (the results) is computed when the report is printed.</source>
        <translation>Các phần I, III, IV và V của báo cáo kỳ %1. Mỗi phần bắt đầu bằng các câu được tính từ kế hoạch tính đến ngày %2; hãy viết lại cho đúng nội dung báo cáo. Mỗi dòng là một đoạn văn. Phần II (kết quả thực hiện) được tính khi in báo cáo.</translation>
    </message>
    <message>
        <source>Start again from the plan&apos;s figures</source>
        <translation>Viết lại từ số liệu của kế hoạch</translation>
    </message>
</context>
<context>
    <name>dx::ReportPeriodDialog</name>
    <message>
        <source>Reporting period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Report &amp;on:</source>
        <translation>Báo cáo &amp;kỳ:</translation>
    </message>
    <message>
        <source>Figures &amp;as of the end of:</source>
        <translation>Số liệu tính đến &amp;hết ngày:</translation>
    </message>
    <message>
        <source>Report &amp;dated:</source>
        <translation>Ngày &amp;ban hành báo cáo:</translation>
    </message>
    <message>
        <source>The cut-off and the date follow the reporting calendar in the report settings; change them here for this report only.</source>
        <translation>Ngày chốt số liệu và ngày ban hành theo lịch báo cáo trong thiết lập báo cáo; thay đổi ở đây chỉ áp dụng cho báo cáo này.</translation>
    </message>
    <message>
        <source>Choose a reporting period.</source>
        <translation>Hãy chọn kỳ báo cáo.</translation>
    </message>
    <message>
        <source>The data cut-off is before the reporting period begins.</source>
        <translation>Ngày chốt số liệu trước ngày bắt đầu kỳ báo cáo.</translation>
    </message>
    <message>
        <source>The report cannot be dated before its data cut-off.</source>
        <translation>Ngày ban hành báo cáo không được trước ngày chốt số liệu.</translation>
    </message>
</context>
<context>
    <name>dx::ReportSettingsDialog</name>
    <message>
        <source>Report settings</source>
        <translation>Thiết lập báo cáo</translation>
    </message>
    <message>
        <source>State document (Decree 30/2020/NĐ-CP)</source>
        <translation>Văn bản hành chính (Nghị định 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>Party document (Guideline 36-HD/VPTW)</source>
        <translation>Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Two charts per portrait page</source>
        <translation>Hai biểu đồ trên một trang dọc</translation>
    </message>
    <message>
        <source>One chart per landscape page</source>
        <translation>Một biểu đồ trên một trang ngang</translation>
    </message>
    <message>
        <source>Left blank for the clerk</source>
        <translation>Để trống cho văn thư ghi số</translation>
    </message>
    <message>
        <source>One recipient per line, e.g. &quot;UBND tỉnh (để b/c)&quot; and &quot;Lưu: VT&quot;</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ &quot;UBND tỉnh (để b/c)&quot; và &quot;Lưu: VT&quot;</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Thể thức:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Parent &amp;agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Issuing agency:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>Issuer&apos;s &amp;code (after BC-):</source>
        <translation>Chữ &amp;viết tắt tên cơ quan (sau BC-):</translation>
    </message>
    <message>
        <source>Parent Party &amp;body:</source>
        <translation>Đảng bộ cấ&amp;p trên:</translation>
    </message>
    <message>
        <source>Party &amp;issuer:</source>
        <translation>Cơ &amp;quan Đảng ban hành:</translation>
    </message>
    <message>
        <source>Party issuer&apos;s c&amp;ode (after BC/):</source>
        <translation>Chữ viết tắt tên cơ quan Đả&amp;ng (sau BC/):</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>Signature and recipients</source>
        <translation>Chữ ký và nơi nhận</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>Thẩ&amp;m quyền ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s p&amp;osition:</source>
        <translation>Chức vụ người &amp;ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Nơ&amp;i nhận:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Summary of targets and tasks</source>
        <translation>Tổng quan chỉ tiêu và nhiệm vụ</translation>
    </message>
    <message>
        <source>Table 01: the targets</source>
        <translation>Biểu 01: các chỉ tiêu</translation>
    </message>
    <message>
        <source>Table 02: the tasks by group</source>
        <translation>Biểu 02: các nhiệm vụ theo nhóm</translation>
    </message>
    <message>
        <source>A chart of each indicator</source>
        <translation>Biểu đồ của từng chỉ tiêu</translation>
    </message>
    <message>
        <source>Overdue tasks by lead agency</source>
        <translation>Nhiệm vụ quá hạn theo cơ quan chủ trì</translation>
    </message>
    <message>
        <source>&amp;Charts:</source>
        <translation>Biể&amp;u đồ:</translation>
    </message>
    <message>
        <source>Charts of indicators without data too</source>
        <translation>Vẽ cả biểu đồ của các chỉ tiêu chưa có số liệu</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Lịch báo cáo</translation>
    </message>
    <message>
        <source>Yearly report: data cut off on &amp;day (of December):</source>
        <translation>Báo cáo năm: chốt số liệu vào &amp;ngày (của tháng 12):</translation>
    </message>
    <message>
        <source>Six-month report: cut off on day (of &amp;June or December):</source>
        <translation>Báo cáo 6 tháng: chốt số liệu vào ngày (của tháng &amp;6 hoặc tháng 12):</translation>
    </message>
    <message>
        <source>Quarterly report: cut off on day (of the &amp;quarter&apos;s last month):</source>
        <translation>Báo cáo quý: chốt số liệu vào ngày (của tháng cuối &amp;quý):</translation>
    </message>
    <message>
        <source> days after the cut-off</source>
        <translation> ngày sau ngày chốt số liệu</translation>
    </message>
    <message>
        <source>On the cut-off day</source>
        <translation>Đúng ngày chốt số liệu</translation>
    </message>
    <message>
        <source>Report &amp;dated:</source>
        <translation>Ngày &amp;ban hành báo cáo:</translation>
    </message>
    <message>
        <source>Compare with the last issued report (&quot;Kỳ trước&quot;, Table 03)</source>
        <translation>So sánh với báo cáo đã ban hành gần nhất (cột &quot;Kỳ trước&quot;, Biểu 03)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;English names</source>
        <translation>Tên &amp;tiếng Anh</translation>
    </message>
    <message>
        <source>One recipient per line, e.g. &quot;Provincial People&apos;s Committee (for reporting)&quot;</source>
        <translation>Mỗi nơi nhận một dòng, ví dụ &quot;Provincial People&apos;s Committee (for reporting)&quot;</translation>
    </message>
    <message>
        <source>Empty: the Vietnamese place</source>
        <translation>Để trống: dùng địa danh tiếng Việt</translation>
    </message>
    <message>
        <source>An English report prints these names instead of the Vietnamese ones. A name left empty is printed in Vietnamese, and the report says so.</source>
        <translation>Báo cáo tiếng Anh in các tên này thay cho tên tiếng Việt. Tên để trống sẽ được in bằng tiếng Việt và báo cáo sẽ nhắc điều đó.</translation>
    </message>
    <message>
        <source>State document</source>
        <translation>Văn bản hành chính nhà nước</translation>
    </message>
    <message>
        <source>Parent agency:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <source>Issuing agency:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Signing authority:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s position:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>Party document</source>
        <translation>Văn bản của Đảng</translation>
    </message>
    <message>
        <source>Parent Party body:</source>
        <translation>Tổ chức Đảng cấp trên:</translation>
    </message>
    <message>
        <source>Party issuer:</source>
        <translation>Cơ quan Đảng ban hành:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
</context>
<context>
    <name>dx::TaskActions</name>
    <message numerus="yes">
        <source>Change %n task(s)</source>
        <translation>
            <numerusform>Sửa %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Add &amp;sub-task</source>
        <translation>Thêm nhiệm vụ &amp;con</translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation>&amp;Xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Move to group...</source>
        <translation>Chuyển sang &amp;nhóm khác...</translation>
    </message>
    <message>
        <source>Move task &amp;up</source>
        <translation>Chuyển nhiệm vụ lên t&amp;rên</translation>
    </message>
    <message>
        <source>Move task do&amp;wn</source>
        <translation>Chuyển nhiệm vụ xuống &amp;dưới</translation>
    </message>
    <message>
        <source>&amp;Change selected tasks...</source>
        <translation>&amp;Sửa các nhiệm vụ đã chọn...</translation>
    </message>
    <message>
        <source>Mark as d&amp;one</source>
        <translation>Đánh dấu đã h&amp;oàn thành</translation>
    </message>
    <message>
        <source>New &amp;group...</source>
        <translation>Thêm nhó&amp;m mới...</translation>
    </message>
    <message>
        <source>&amp;Edit group...</source>
        <translation>Sử&amp;a nhóm...</translation>
    </message>
    <message>
        <source>Delete g&amp;roup...</source>
        <translation>Xóa nhóm nhiệm &amp;vụ...</translation>
    </message>
    <message>
        <source>Move group u&amp;p</source>
        <translation>Ch&amp;uyển nhóm lên</translation>
    </message>
    <message>
        <source>Move group dow&amp;n</source>
        <translation>Chuyển nhóm xuốn&amp;g</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Tìm &amp;kiếm...</translation>
    </message>
    <message>
        <source>Create a task group first (Edit &gt; New group).</source>
        <translation>Hãy tạo nhóm nhiệm vụ trước (Chỉnh sửa &gt; Thêm nhóm mới).</translation>
    </message>
    <message>
        <source>New sub-task</source>
        <translation>Nhiệm vụ con mới</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Chuyển sang nhóm khác</translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to:</source>
        <translation>
            <numerusform>Chuyển %n nhiệm vụ sang:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move task up</source>
        <translation>Chuyển nhiệm vụ lên trên</translation>
    </message>
    <message>
        <source>Move task down</source>
        <translation>Chuyển nhiệm vụ xuống dưới</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) as done</source>
        <translation>
            <numerusform>Đánh dấu %n nhiệm vụ là đã hoàn thành</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Xóa nhóm</translation>
    </message>
    <message numerus="yes">
        <source>The group &quot;%1&quot; has %n task(s). Delete the group and its task(s)? (You can undo this.)</source>
        <translation>
            <numerusform>Nhóm &quot;%1&quot; có %n nhiệm vụ. Xóa nhóm cùng các nhiệm vụ của nhóm? (Có thể hoàn tác thao tác này.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dx::TaskDetailsPanel</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên nhiệm vụ:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>&amp;Legal reference:</source>
        <translation>&amp;Văn bản căn cứ:</translation>
    </message>
    <message>
        <source>Lead &amp;agency:</source>
        <translation>Cơ quan &amp;chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Cooperating:</source>
        <translation>Cơ quan &amp;phối hợp:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Người phụ t&amp;rách:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Thời &amp;hạn:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>&amp;Percent done:</source>
        <translation>Tỷ &amp;lệ hoàn thành:</translation>
    </message>
    <message>
        <source>Co&amp;mpleted on:</source>
        <translation>Ngày h&amp;oàn thành:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Sản phẩm đầu ra:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Hiện tại:</translation>
    </message>
    <message>
        <source>History of this task:</source>
        <translation>Lịch sử thay đổi của nhiệm vụ:</translation>
    </message>
    <message>
        <source>Select a task to see and edit its details.</source>
        <translation>Chọn một nhiệm vụ để xem và sửa thông tin chi tiết.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Percent done is a whole number from 0 to 100; %1% was not saved.</source>
        <translation>Tỷ lệ hoàn thành là số nguyên từ 0 đến 100; %1% chưa được lưu.</translation>
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
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Cooperating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Văn bản căn cứ</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sản phẩm đầu ra</translation>
    </message>
</context>
<context>
    <name>dx::TaskTablePanel</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Chỉ nhiệm vụ &amp;quá hạn</translation>
    </message>
    <message>
        <source>D&amp;ue within</source>
        <translation>Đến &amp;hạn trong</translation>
    </message>
    <message>
        <source>Search tasks, agencies, outputs (Ctrl+F); diacritics optional</source>
        <translation>Tìm nhiệm vụ, cơ quan, sản phẩm đầu ra (Ctrl+F); có thể gõ không dấu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>All lead agencies</source>
        <translation>Tất cả cơ quan chủ trì</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
</context>
<context>
    <name>dx::ValuesGridModel</name>
    <message>
        <source>%1 (est.)</source>
        <translation>%1 (ước tính)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn số liệu: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Do %1 cập nhật ngày %2</translation>
    </message>
    <message>
        <source>%1 H%2</source>
        <translation>Nửa năm %2/%1</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>Quý %2/%1</translation>
    </message>
    <message>
        <source>Plan area</source>
        <translation>Toàn địa bàn</translation>
    </message>
    <message>
        <source>The values were not recorded.</source>
        <translation>Các giá trị chưa được ghi nhận.</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit in the grid from this cell; nothing was changed.</source>
        <translation>Khối dữ liệu được dán (%1 × %2) vượt ra ngoài bảng nếu bắt đầu từ ô này; không có thay đổi nào.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; nothing was changed.</source>
        <translation>%1: &quot;%2&quot; không phải là số; không có thay đổi nào.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Không có thay đổi nào.</translation>
    </message>
    <message>
        <source>Record a value of %1</source>
        <translation>Cập nhật giá trị của %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s) into %1</source>
        <translation>
            <numerusform>Dán %n giá trị vào %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n value(s) of %1</source>
        <translation>
            <numerusform>Xóa %n giá trị của %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit source and status of %n value(s)</source>
        <translation>
            <numerusform>Sửa nguồn số liệu và trạng thái của %n giá trị</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1%2, received %3, imported by %4</source>
        <translation>Từ tệp %1%2, nhận lúc %3, do %4 nhập</translation>
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
        <translation>Theo năm</translation>
    </message>
    <message>
        <source>Years and halves</source>
        <translation>Theo năm và 6 tháng</translation>
    </message>
    <message>
        <source>Years and quarters</source>
        <translation>Theo năm và quý</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Paste a block copied from a spreadsheet, starting at the current cell (Ctrl+V)</source>
        <translation>Dán khối dữ liệu sao chép từ bảng tính, bắt đầu từ ô hiện tại (Ctrl+V)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Clear the selected values (Delete)</source>
        <translation>Xóa các giá trị đã chọn (Delete)</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>Ước &amp;tính</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Apply to selected values</source>
        <translation>Á&amp;p dụng cho các giá trị đã chọn</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan to open (default: the last one).</source>
        <translation>Kế hoạch cần mở (mặc định: kế hoạch mở gần nhất).</translation>
    </message>
</context>
</TS>
