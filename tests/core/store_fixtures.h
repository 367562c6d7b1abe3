// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: helpers shared by the store, template and bad-file tests: a temporary plan per test, a raw
// SQLite connection that bypasses the store (to test the database backstop), file snapshots (bytes and
// mtime) and a recorder of every PlanStore signal.
#include "domain/Plan.h"
#include "io/PlanExporter.h"
#include "store/PlanStore.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <ostream>
#include <utility>

// Readable failure messages for Qt values (gtest would print their bytes).
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QDate &d, std::ostream *os)
{
    *os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(invalid date)"));
}

namespace dx::store_test {

/// QSqlDatabase loads its driver plugin through QCoreApplication; gtest_main makes none, so the first
/// store test makes one (deliberately never destroyed: it lives as long as the test process).
inline void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char arg0[] = "dxcore_tests";
    static char *argv[] = {arg0, nullptr};
    new QCoreApplication(argc, argv);
}

/// Plan metadata with every field set.
inline Plan samplePlan()
{
    Plan p;
    p.code = QStringLiteral("06-NQ/TU");
    p.title = QStringLiteral("Chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030");
    p.titleEn = QStringLiteral("Digital transformation 2021-2025");
    p.docType = QStringLiteral("Nghị quyết");
    p.issuer = QStringLiteral("Ban Chấp hành Đảng bộ tỉnh Hải Dương");
    p.issueDate = QDate(2021, 3, 26);
    p.place = QStringLiteral("Hải Dương");
    p.startYear = 2021;
    p.endYear = 2030;
    p.milestoneYears = {2025, 2030};
    p.summary = QStringLiteral("Dòng một.\nDòng hai, có dấu phẩy.");
    p.legalRefs = QStringLiteral("KH 2358/KH-UBND\nKH 1914/KH-UBND");
    return p;
}

/// A raw QSQLITE connection of its own, outside the store: no validation, no change log.
class RawDb
{
public:
    explicit RawDb(const QString &path, bool foreignKeys = true)
        : m_name(QStringLiteral("raw-test-%1").arg(++counter()))
    {
        ensureCoreApplication();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        if (m_open && foreignKeys)
            exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// Runs one statement; returns true on success, else puts the database's text in @p error.
    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    /// "table=rows" for every table of the file, to show that a refused write changed nothing.
    QStringList rowCounts()
    {
        QStringList out;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &t : tables)
            out << QStringLiteral("%1=%2").arg(
                t, scalar(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(t)).toString());
        return out;
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    bool m_open = false;
};

/// What a file looks like on disk: its bytes and modification time.
struct FileState
{
    bool exists = false;
    QByteArray bytes;
    QDateTime modified;

    static FileState of(const QString &path)
    {
        FileState s;
        QFileInfo info(path);
        s.exists = info.exists();
        if (!s.exists)
            return s;
        s.modified = info.fileTime(QFileDevice::FileModificationTime);
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            s.bytes = f.readAll();
        return s;
    }
    friend bool operator==(const FileState &a, const FileState &b)
    {
        return a.exists == b.exists && a.bytes == b.bytes && a.modified == b.modified;
    }
};

/// SQLite side files that exist beside @p path (a reader must leave none behind).
inline QStringList sideFiles(const QString &path)
{
    QStringList out;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            out << path + QLatin1String(suffix);
    return out;
}

/// The whole plan as exported JSON text plus the number of change-log lines: equal before and after a
/// refused write means nothing changed.
inline QString contentOf(const PlanStore &store)
{
    return QString::fromUtf8(QJsonDocument(PlanExporter::toJson(store)).toJson(QJsonDocument::Compact)) +
           QStringLiteral("|log=%1").arg(store.changeLog().size());
}

/// Records what each PlanStore::committed() carried as "name(id)" lines, in the notifier's documented order
/// (plan, settings, directory, groups removed/inserted/changed/reordered, tasks removed/inserted/changed,
/// indicators removed/inserted/changed, values), and counts the commits.
class SignalLog
{
public:
    explicit SignalLog(PlanStore &s)
    {
        QObject::connect(&s, &PlanStore::committed, &s, [this](const ChangeSet &c) {
            ++m_commits;
            m_last = c;
            const auto ids = [this](const char *name, const QList<Id> &list) {
                for (Id id : list)
                    m_log << QStringLiteral("%1(%2)").arg(QLatin1String(name)).arg(id);
            };
            if (c.everything)
                m_log << QStringLiteral("planReloaded");
            if (c.plan)
                m_log << QStringLiteral("planChanged");
            if (c.settings)
                m_log << QStringLiteral("settingsChanged");
            if (c.directory)
                m_log << QStringLiteral("directoryChanged");
            ids("groupRemoved", c.groups.removed);
            ids("groupInserted", c.groups.inserted);
            ids("groupChanged", c.groups.changedIds());
            if (c.groupsReordered)
                m_log << QStringLiteral("groupsReordered");
            ids("taskRemoved", c.tasks.removed);
            ids("taskInserted", c.tasks.inserted);
            ids("taskChanged", c.tasks.changedIds());
            ids("indicatorRemoved", c.indicators.removed);
            ids("indicatorInserted", c.indicators.inserted);
            ids("indicatorChanged", c.indicators.changedIds());
            QList<Id> values(c.measurementIndicators.cbegin(), c.measurementIndicators.cend());
            std::sort(values.begin(), values.end());
            ids("measurementsChanged", values);
        });
    }
    QStringList take() { return std::exchange(m_log, {}); }
    const QStringList &all() const { return m_log; }
    int commits() const { return m_commits; }
    const ChangeSet &last() const { return m_last; }

private:
    QStringList m_log;
    int m_commits = 0;
    ChangeSet m_last;
};

inline QString sig(const char *name, Id id)
{
    return QStringLiteral("%1(%2)").arg(QLatin1String(name)).arg(id);
}

/// A test with its own temporary folder and helpers to create and reopen plans in it.
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ensureCoreApplication();
        ASSERT_TRUE(m_dir.isValid());
    }

    QString path(const QString &name = QStringLiteral("plan.dxplan")) const { return m_dir.filePath(name); }

    std::unique_ptr<PlanStore> create(const QString &name = QStringLiteral("plan.dxplan"))
    {
        auto r = PlanStore::create(path(name), samplePlan());
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? std::move(r).value() : nullptr;
    }

    /// Closes @p store and opens its file again, so reads come from disk.
    std::unique_ptr<PlanStore> reopen(std::unique_ptr<PlanStore> &store)
    {
        const QString p = store->path();
        store.reset();
        auto r = PlanStore::open(p);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? std::move(r).value() : nullptr;
    }

    QTemporaryDir m_dir;
};

} // namespace dx::store_test
