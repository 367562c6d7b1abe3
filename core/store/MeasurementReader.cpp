// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasurementReader.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <cstring>
#include <sqlite3.h>

namespace dx {
namespace {

/// One text column: the string of the previous row is reused while the bytes do not change.
class TextColumn
{
public:
    const QString &read(sqlite3_stmt *statement, int column)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const int size = sqlite3_column_bytes(statement, column);
        if (!m_valid || size != m_bytes.size() ||
            (size > 0 && std::memcmp(text, m_bytes.constData(), size) != 0)) {
            m_bytes = QByteArray(text ? text : "", size);
            m_text = text ? QString::fromUtf8(m_bytes) : QString();
            m_valid = true;
        }
        return m_text;
    }

private:
    QByteArray m_bytes;
    QString m_text;
    bool m_valid = false;
};

/// The statement's text: the columns of PlanStore's QtSql reads of a value, in the key's order.
constexpr const char *kSelect =
    "SELECT id, indicator_id, locality_id, period, value, estimate, source, note, recorded_by, recorded_at, "
    "source_file, source_unit, received_at, imported_by, row_version FROM measurement "
    "ORDER BY indicator_id, period, COALESCE(locality_id, 0)";

struct Connection
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    ~Connection()
    {
        sqlite3_finalize(statement);
        sqlite3_close(db);
    }
};

} // namespace

MeasurementReader::Outcome MeasurementReader::forEach(const QSqlDatabase &qt,
                                                      const std::function<bool(const Measurement &)> &visit)
{
    // The same file as QtSql's connection and the same way (PlanFile::connect): a URI such as
    // "file:...?immutable=1" is opened as a URI, a read-only connection stays read-only.
    const QString options = qt.connectOptions();
    int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
    if (options.contains(QLatin1String("QSQLITE_OPEN_URI")))
        flags |= SQLITE_OPEN_URI;
    const QByteArray name = qt.databaseName().toUtf8();
    if (name.isEmpty() || name == ":memory:")
        return Outcome::NotAvailable;
    Connection c;
    if (sqlite3_open_v2(name.constData(), &c.db, flags, nullptr) != SQLITE_OK)
        return Outcome::NotAvailable;
    sqlite3_busy_timeout(c.db, 5000);
    if (sqlite3_prepare_v2(c.db, kSelect, -1, &c.statement, nullptr) != SQLITE_OK)
        return Outcome::NotAvailable;

    enum Column
    {
        Id,
        IndicatorId,
        LocalityId,
        Period,
        Value,
        Estimate,
        Source,
        Note,
        RecordedBy,
        RecordedAt,
        SourceFile,
        SourceUnit,
        ReceivedAt,
        ImportedBy,
        RowVersion
    };
    TextColumn period, source, note, recordedBy, recordedAt, sourceFile, sourceUnit, receivedAt, importedBy;
    // Dates parsed once per distinct text, as QtSql's reading did (Qt::ISODate).
    QString recordedAtText, receivedAtText;
    QDateTime recordedAtValue;
    QDate receivedAtValue;
    bool first = true;
    Measurement m;
    while (sqlite3_step(c.statement) == SQLITE_ROW) {
        m.id = sqlite3_column_int64(c.statement, Id);
        m.indicatorId = sqlite3_column_int64(c.statement, IndicatorId);
        m.localityId = sqlite3_column_int64(c.statement, LocalityId); // NULL reads as 0
        m.period = period.read(c.statement, Period);
        m.value = sqlite3_column_double(c.statement, Value);
        m.estimate = sqlite3_column_int64(c.statement, Estimate) != 0;
        m.source = source.read(c.statement, Source);
        m.note = note.read(c.statement, Note);
        m.recordedBy = recordedBy.read(c.statement, RecordedBy);
        const QString &at = recordedAt.read(c.statement, RecordedAt);
        if (first || !at.isSharedWith(recordedAtText)) {
            recordedAtText = at;
            recordedAtValue = QDateTime::fromString(at, Qt::ISODate);
        }
        m.recordedAt = recordedAtValue;
        m.sourceFile = sourceFile.read(c.statement, SourceFile);
        m.sourceUnit = sourceUnit.read(c.statement, SourceUnit);
        const QString &received = receivedAt.read(c.statement, ReceivedAt);
        if (first || !received.isSharedWith(receivedAtText)) {
            receivedAtText = received;
            receivedAtValue = QDate::fromString(received, Qt::ISODate);
        }
        m.receivedAt = receivedAtValue;
        m.importedBy = importedBy.read(c.statement, ImportedBy);
        m.version = sqlite3_column_int64(c.statement, RowVersion);
        first = false;
        if (!visit(m))
            break;
    }
    return Outcome::Done;
}

} // namespace dx
