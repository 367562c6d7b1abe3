// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a file a unit sends back after a collection (an e-mail attachment, opened and saved by
// Excel, LibreOffice or anything else). Each input is read three ways, always against the bundled plan:
//   1. as a CSV file (CsvReader with each separator, then the import preview of a .csv);
//   2. as a whole .xlsx file (XlsxReader through the import preview);
//   3. when its first byte is below the number of parts of a sound collection workbook (made at start
//      for the plan's first agency): as that part's new content (the rest of the input), zipped back
//      into the workbook, so the XML readers and the import's checks of keys, cells and rules are reached
//      past the zip's CRCs. That file is previewed beside the sound one (conflicts between files).
// Whatever the preview accepts is settled, turned into changes and written to the plan in a transaction
// that is always rolled back: a write the store refuses after the preview accepted it is a finding.
#include "FuzzSupport.h"
#include "io/CollectImport.h"
#include "io/CollectSnapshot.h"
#include "io/CollectWorkbookWriter.h"
#include "io/CsvExporter.h"
#include "io/CsvReader.h"
#include "io/PlanImporter.h"
#include "store/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>

namespace {

struct Part
{
    QByteArray name;
    QByteArray data;
};

struct Fixture
{
    std::unique_ptr<dx::PlanStore> store;
    dx::CollectSnapshot plan;
    QString soundWorkbook; ///< the first agency's workbook as written
    QList<Part> parts;     ///< its zip entries, in order
};

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_workbook: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fail("cannot write", path);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail("cannot read", path);
    return f.readAll();
}

QList<Part> partsOf(const QString &path)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!zip)
        fail("the sound workbook is no zip", path);
    QList<Part> parts;
    const zip_int64_t n = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &st) != 0)
            fail("zip_stat_index");
        zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
        if (!file)
            fail("zip_fopen_index");
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        if (zip_fread(file, data.data(), st.size) != zip_int64_t(st.size))
            fail("zip_fread");
        zip_fclose(file);
        parts.append({QByteArray(st.name), data});
    }
    zip_discard(zip);
    return parts;
}

/// @p parts zipped into @p path.
void zipTo(const QString &path, const QList<Part> &parts)
{
    QFile::remove(path);
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        fail("zip_open for writing", path);
    for (const Part &p : parts) {
        // libzip reads the buffer when the archive is closed: the parts outlive zip_close.
        zip_source_t *source = zip_source_buffer(zip, p.data.constData(), zip_uint64_t(p.data.size()), 0);
        if (!source || zip_file_add(zip, p.name.constData(), source, ZIP_FL_OVERWRITE) < 0)
            fail("zip_file_add");
    }
    if (zip_close(zip) != 0)
        fail("zip_close", path);
}

QString scratchPath(const char *name)
{
    return dx::fuzz::scratch().filePath(QString::fromLatin1(name));
}

dx::CollectWorkbookWriter::Options collectOptions()
{
    dx::CollectWorkbookWriter::Options o;
    o.period = *dx::Period::parse(QStringLiteral("2024"));
    o.due = QDate(2025, 1, 15);
    o.made = QDateTime(QDate(2025, 1, 2), QTime(8, 0), Qt::UTC); // fixed: every run starts the same
    return o;
}

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture x;
        const QString planPath = scratchPath("plan.dxplan");
        if (!dx::PlanImporter::createFromTemplate(planPath, QStringLiteral("resolution-06")))
            fail("cannot create the bundled plan");
        auto store = dx::PlanStore::open(planPath);
        if (!store)
            fail("cannot open the bundled plan", store.error().message);
        x.store = std::move(store).value();
        x.plan = dx::CollectSnapshot::read(*x.store);
        const QList<dx::CollectUnit> agencies = x.plan.units(dx::CollectUnit::Kind::Agency);
        if (agencies.isEmpty())
            fail("the bundled plan has no agency to collect from");
        x.soundWorkbook = scratchPath("sound.xlsx");
        if (const dx::Status s =
                dx::CollectWorkbookWriter::write(x.plan, agencies.first(), collectOptions(), x.soundWorkbook);
            !s)
            fail("cannot write the sound workbook", s.error().message);
        x.parts = partsOf(x.soundWorkbook);
        return x;
    }();
    return f;
}

/// DX_FUZZ_WRITE_SEED=<folder>: the seed corpus (tests/fuzz/run.sh): collection workbooks of the bundled
/// plan for a few agencies and localities, each part of one of them as a part input, and the plan's
/// values as CSV with each separator.
int writeSeeds(const QString &folder)
{
    Fixture &f = fixture();
    QDir().mkpath(folder);
    const QDir dir(folder);
    int written = 0;
    for (const auto kind : {dx::CollectUnit::Kind::Agency, dx::CollectUnit::Kind::Locality}) {
        const QList<dx::CollectUnit> units = f.plan.units(kind);
        for (qsizetype i = 0; i < units.size() && i < 3; ++i) {
            const QString path = dir.filePath(QStringLiteral("%1-%2.xlsx").arg(units.at(i).kindKey()).arg(i));
            if (!dx::CollectWorkbookWriter::write(f.plan, units.at(i), collectOptions(), path))
                return 1;
            ++written;
        }
    }
    for (qsizetype i = 0; i < f.parts.size(); ++i) {
        QByteArray seed(1, char(i));
        seed += f.parts.at(i).data;
        writeFile(dir.filePath(QStringLiteral("part-%1").arg(i)), seed);
        ++written;
    }
    const std::pair<char, const char *> separators[] = {{',', "comma"}, {';', "semicolon"}, {'\t', "tab"}};
    for (const auto &[separator, name] : separators) {
        if (!dx::CsvExporter::write(
                *f.store, dir.filePath(QStringLiteral("values-%1.csv").arg(QLatin1String(name))), separator))
            return 1;
        ++written;
    }
    std::fprintf(stderr, "fuzz_workbook: %d seeds in %s\n", written, qPrintable(folder));
    return 0;
}

/// The preview of @p paths, settled and written, then rolled back.
void importAndRollBack(const QStringList &paths)
{
    Fixture &f = fixture();
    dx::CollectImport::Options options;
    options.importedBy = QStringLiteral("fuzz");
    dx::CollectPreview preview = dx::CollectImport::preview(f.plan, paths, options);
    (void)preview.toText();
    (void)QJsonDocument(preview.toJson()).toJson();
    (void)dx::CollectImport::changes(preview, false);
    preview.settleAll(dx::CollectPreviewRow::Resolution::TakeFile);
    const auto changes = dx::CollectImport::changes(preview, true);
    if (!changes)
        fail("settled changes refused", changes.error().message);
    if (changes->isEmpty())
        return;
    const QString rolledBack = QStringLiteral("rolled back");
    const dx::Status s = f.store->bulkWrite([&](dx::PlanStore &store) {
        if (const dx::Status applied = dx::CollectImport::apply(store, changes.value()); !applied)
            return applied;
        return dx::Status::fail(dx::Error::Code::Invalid, rolledBack);
    });
    if (s || s.error().message != rolledBack)
        fail("the store refused what the preview accepted:", s ? QString() : s.error().message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    dx::fuzz::ensureApplication();
    const QString seed = qEnvironmentVariable("DX_FUZZ_WRITE_SEED");
    if (!seed.isEmpty())
        std::exit(writeSeeds(seed));
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Fixture &f = fixture();

    // 1. CSV: each separator, then the import of a .csv file.
    for (char separator : {'\0', ',', ';', '\t'})
        (void)dx::CsvReader::parse(bytes, separator);
    const QString csv = scratchPath("returned.csv");
    writeFile(csv, bytes);
    importAndRollBack({csv});

    // 2. The whole input as an .xlsx file.
    const QString xlsx = scratchPath("returned.xlsx");
    writeFile(xlsx, bytes);
    importAndRollBack({xlsx});

    // 3. One part of a sound workbook replaced by the rest of the input.
    if (size > 0 && qsizetype(data[0]) < f.parts.size()) {
        QList<Part> parts = f.parts;
        parts[data[0]].data = bytes.mid(1);
        const QString edited = scratchPath("edited.xlsx");
        zipTo(edited, parts);
        importAndRollBack({edited, f.soundWorkbook});
    }
    return 0;
}
