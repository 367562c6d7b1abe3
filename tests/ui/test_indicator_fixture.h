// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plan made from the bundled template in a temporary folder, opened as a document "as of" 30/06/2024.
#include "document/PlanDocument.h"
#include "indicators/IndicatorStatusCache.h"
#include "io/PlanImporter.h"
#include "store/PlanStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace dxtest {

class IndicatorFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto store = dx::PlanImporter::createFromTemplate(dir.filePath(QStringLiteral("plan.dxplan")),
                                                          QStringLiteral("resolution-06"));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        document = std::make_unique<dx::PlanDocument>(std::move(store.value()), QDate(2024, 6, 30));
    }

    dx::Id idOf(const QString &code) const
    {
        for (const dx::Indicator &i : document->store().indicators())
            if (i.code == code)
                return i.id;
        return 0;
    }
    dx::IndicatorStatusCache &cache() const { return dx::IndicatorStatusCache::of(*document); }

    QTemporaryDir dir;
    std::unique_ptr<dx::PlanDocument> document;
};

} // namespace dxtest
