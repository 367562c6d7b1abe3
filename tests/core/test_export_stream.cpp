// SPDX-License-Identifier: GPL-3.0-or-later
// The streamed JSON export (PlanExporter::write) is byte for byte the document QJsonDocument writes of the
// whole plan, on the bundled plan and on an empty one (empty arrays), and a refused write is an error.
#include "store_fixtures.h"

#include "io/PlanImporter.h"

#include <QBuffer>

namespace {

using namespace dx;
using namespace dx::store_test;

QByteArray whole(const PlanStore &store)
{
    return QJsonDocument(PlanExporter::toJson(store)).toJson(QJsonDocument::Indented);
}

QByteArray streamed(const PlanStore &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status s = PlanExporter::write(store, buffer);
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
    return buffer.data();
}

TEST(ExportStream, SameBytesAsTheWholeDocumentOnTheBundledPlan)
{
    ensureCoreApplication();
    QTemporaryDir dir;
    auto store = PlanImporter::createFromTemplate(dir.filePath(QStringLiteral("p.dxplan")),
                                                  QStringLiteral("resolution-06"));
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    ASSERT_FALSE(store.value()->allMeasurements().isEmpty());
    const QByteArray expected = whole(*store.value());
    const QByteArray got = streamed(*store.value());
    EXPECT_EQ(got.size(), expected.size());
    EXPECT_TRUE(got == expected);
    EXPECT_FALSE(QJsonDocument::fromJson(got).isNull());
}

TEST(ExportStream, SameBytesOnAnEmptyPlan)
{
    ensureCoreApplication();
    QTemporaryDir dir;
    auto store = PlanStore::create(dir.filePath(QStringLiteral("p.dxplan")), samplePlan());
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(QString::fromUtf8(streamed(*store.value())), QString::fromUtf8(whole(*store.value())));
}

TEST(ExportStream, ARefusedWriteIsAnError)
{
    ensureCoreApplication();
    QTemporaryDir dir;
    auto store = PlanStore::create(dir.filePath(QStringLiteral("p.dxplan")), samplePlan());
    ASSERT_TRUE(store.ok());
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    const Status s = PlanExporter::write(*store.value(), readOnly);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Io);
}

} // namespace
