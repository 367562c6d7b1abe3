// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled template "resolution-06" holds exactly the facts of Resolution 06-NQ/TU as published: its
// groups word for word, targets, localities, published figures with their sources and estimate flags. Read
// through the store after a real import.
#include "io/PlanImporter.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <optional>

namespace dx {
namespace {

using namespace store_test;

/// Facts §4: the eight groups of tasks and solutions, in order, exact wording.
const char *const kGroups[8][2] = {
    {"Tăng cường sự lãnh đạo của các cấp ủy, chính quyền, phát huy vai trò của Mặt trận Tổ quốc và các tổ "
     "chức "
     "chính trị - xã hội về chuyển đổi số",
     "Strengthen the leadership of Party committees and authorities; promote the role of the Fatherland "
     "Front and "
     "socio-political organisations in digital transformation"},
    {"Xây dựng cơ chế, chính sách thúc đẩy chuyển đổi số, phát triển nguồn nhân lực phục vụ quá trình chuyển "
     "đổi số",
     "Build mechanisms and policies that drive digital transformation; develop the human resources it needs"},
    {"Huy động nguồn lực đầu tư phát triển hạ tầng kỹ thuật đáp ứng yêu cầu chuyển đổi số của địa phương",
     "Mobilise investment in technical infrastructure that meets the province's digital-transformation "
     "needs"},
    {"Xây dựng chính quyền số", "Build digital government"},
    {"Phát triển kinh tế số", "Develop the digital economy"},
    {"Phát triển xã hội số, xây dựng các đô thị thông minh", "Develop digital society; build smart cities"},
    {"Bảo đảm an toàn, an ninh thông tin mạng", "Ensure network information safety and security"},
    {"Ưu tiên kinh phí từ nguồn ngân sách và huy động các nguồn đầu tư của doanh nghiệp, cộng đồng để đầu tư "
     "phát "
     "triển chuyển đổi số",
     "Prioritise budget funding and mobilise investment from businesses and the community for digital "
     "transformation"},
};

/// Facts §5: the twelve localities under the province, with their kinds.
const struct
{
    const char *name;
    LocalityKind kind;
} kLocalities[12] = {
    {"Thành phố Hải Dương", LocalityKind::City},  {"Thành phố Chí Linh", LocalityKind::City},
    {"Thị xã Kinh Môn", LocalityKind::Town},      {"Huyện Bình Giang", LocalityKind::District},
    {"Huyện Cẩm Giàng", LocalityKind::District},  {"Huyện Gia Lộc", LocalityKind::District},
    {"Huyện Kim Thành", LocalityKind::District},  {"Huyện Nam Sách", LocalityKind::District},
    {"Huyện Ninh Giang", LocalityKind::District}, {"Huyện Thanh Hà", LocalityKind::District},
    {"Huyện Thanh Miện", LocalityKind::District}, {"Huyện Tứ Kỳ", LocalityKind::District},
};

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

class Template : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ASSERT_TRUE(PlanImporter::bundledTemplates().contains(QStringLiteral("resolution-06")));
        auto created = PlanImporter::createFromTemplate(path(), QStringLiteral("resolution-06"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        store = std::move(created).value();
        store = reopen(store); // read what reached the file
        ASSERT_TRUE(store);
    }

    Indicator indicator(const char *code) const
    {
        for (const Indicator &i : store->indicators())
            if (i.code == QLatin1String(code))
                return i;
        ADD_FAILURE() << "no indicator " << code;
        return {};
    }
    QString localityName(Id id) const
    {
        for (const Locality &l : store->localities())
            if (l.id == id)
                return l.name;
        return {};
    }

    std::unique_ptr<PlanStore> store;
};

TEST_F(Template, PlanMetadata)
{
    const Plan p = store->plan();
    EXPECT_EQ(p.code, QStringLiteral("06-NQ/TU"));
    EXPECT_EQ(p.title, u("Chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030"));
    EXPECT_EQ(p.docType, u("Nghị quyết"));
    EXPECT_EQ(p.issuer, u("Ban Chấp hành Đảng bộ tỉnh Hải Dương"));
    EXPECT_EQ(p.issueDate, QDate(2021, 3, 26));
    EXPECT_EQ(p.startYear, 2021);
    EXPECT_EQ(p.endYear, 2030);
    EXPECT_EQ(p.milestoneYears, (QList<int>{2025, 2030}));
    EXPECT_TRUE(p.legalRefs.contains(QStringLiteral("2358/KH-UBND")));
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(Template, EightGroupsWordForWord)
{
    const QList<TaskGroup> groups = store->groups();
    ASSERT_EQ(groups.size(), 8);
    for (int i = 0; i < 8; ++i) {
        SCOPED_TRACE(i + 1);
        EXPECT_EQ(groups[i].title, u(kGroups[i][0]));
        EXPECT_EQ(groups[i].titleEn, u(kGroups[i][1]));
        EXPECT_EQ(groups[i].title, groups[i].title.normalized(QString::NormalizationForm_C));
        EXPECT_NE(groups[i].leadAgencyId, 0);
    }
}

TEST_F(Template, ProvinceAndItsTwelveLocalities)
{
    const QList<Locality> list = store->localities();
    ASSERT_EQ(list.size(), 13);
    EXPECT_EQ(list[0].name, u("Tỉnh Hải Dương"));
    EXPECT_EQ(list[0].kind, LocalityKind::Province);
    EXPECT_EQ(list[0].code, QStringLiteral("30"));
    EXPECT_EQ(list[0].parentId, 0);
    for (int i = 0; i < 12; ++i) {
        SCOPED_TRACE(kLocalities[i].name);
        EXPECT_EQ(list[i + 1].name, u(kLocalities[i].name));
        EXPECT_EQ(list[i + 1].kind, kLocalities[i].kind);
        EXPECT_EQ(list[i + 1].parentId, list[0].id);
    }
}

/// One row of facts §2 and §3: an indicator's kind and its 2025 and 2030 targets.
struct TargetRow
{
    const char *code;
    IndicatorKind kind;
    Direction direction;
    Comparison comparison;
    std::optional<double> by2025;
    std::optional<double> by2030;
};

void PrintTo(const TargetRow &r, std::ostream *os)
{
    *os << r.code;
}

constexpr auto kNone = std::nullopt;
using IK = IndicatorKind;
using C = Comparison;
constexpr Direction kUp = Direction::Increase;

const TargetRow kTargets[] = {
    {"TQ-01", IK::Rank, Direction::Decrease, C::AtMost, 20, 15},
    {"CQS-01", IK::Share, kUp, C::AtLeast, 80, 100},
    {"CQS-02", IK::Share, kUp, C::AtLeast, 100, kNone},
    {"CQS-03", IK::Share, kUp, C::AtLeast, 95, kNone},
    {"CQS-04", IK::Share, kUp, C::AtLeast, 90, 100},
    {"CQS-05", IK::Share, kUp, C::AtLeast, 80, 95},
    {"CQS-06", IK::Share, kUp, C::AtLeast, 70, 80},
    {"KTS-01", IK::Share, kUp, C::AtLeast, 20, 30},
    {"KTS-02", IK::Share, kUp, C::AtLeast, 10, kNone},
    {"KTS-03", IK::YearlyRate, kUp, C::AtLeast, 8, 10},
    {"KTS-04", IK::Count, kUp, C::Above, 700, 1000},
    {"XHS-01", IK::Stage, kUp, C::AtLeast, 1, 2},
    {"XHS-02", IK::Count, kUp, C::AtLeast, kNone, 1},
};

class TemplateTargets : public Template, public ::testing::WithParamInterface<TargetRow>
{
};

TEST_P(TemplateTargets, KindDirectionAndMilestoneTargets)
{
    const TargetRow &row = GetParam();
    const Indicator i = indicator(row.code);
    EXPECT_EQ(i.kind, row.kind);
    EXPECT_EQ(i.direction, row.direction);
    EXPECT_FALSE(i.name.trimmed().isEmpty());
    EXPECT_FALSE(i.nameEn.trimmed().isEmpty());
    EXPECT_NE(i.ownerAgencyId, 0);
    for (const auto &[year, expected] : {std::pair(2025, row.by2025), std::pair(2030, row.by2030)}) {
        SCOPED_TRACE(year);
        const Target *found = nullptr;
        for (const Target &t : i.targets)
            if (t.year == year && t.localityId == 0)
                found = &t;
        if (!expected) {
            EXPECT_EQ(found, nullptr) << "a target the resolution does not set";
            continue;
        }
        ASSERT_NE(found, nullptr);
        EXPECT_EQ(found->comparison, row.comparison);
        EXPECT_DOUBLE_EQ(found->value, *expected);
    }
}

INSTANTIATE_TEST_SUITE_P(Facts, TemplateTargets, ::testing::ValuesIn(kTargets),
                         [](const ::testing::TestParamInfo<TargetRow> &tpi) {
                             std::string name = tpi.param.code;
                             name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
                             return name;
                         });

TEST_F(Template, IndicatorListAndDetails)
{
    QStringList codes;
    for (const Indicator &i : store->indicators())
        codes << i.code;
    EXPECT_EQ(codes,
              (QStringList{QStringLiteral("TQ-01"),  QStringLiteral("CQS-01"), QStringLiteral("CQS-02"),
                           QStringLiteral("CQS-03"), QStringLiteral("CQS-04"), QStringLiteral("CQS-05"),
                           QStringLiteral("CQS-06"), QStringLiteral("KTS-01"), QStringLiteral("KTS-02"),
                           QStringLiteral("KTS-03"), QStringLiteral("KTS-04"), QStringLiteral("KTS-05"),
                           QStringLiteral("XHS-01"), QStringLiteral("XHS-02"), QStringLiteral("XHS-03"),
                           QStringLiteral("CQS-07"), QStringLiteral("CQS-08"), QStringLiteral("CQS-09"),
                           QStringLiteral("CQS-10"), QStringLiteral("TQ-02")}));

    const Indicator rank = indicator("TQ-01");
    EXPECT_EQ(rank.rankOutOf, 63);
    EXPECT_EQ(rank.baselinePeriod, QStringLiteral("2020"));
    EXPECT_EQ(rank.baselineValue, std::optional<double>(14));
    EXPECT_EQ(rank.groupIds.size(), 8);

    // CQS-02: 100 % already by the end of 2021.
    const Indicator cqs02 = indicator("CQS-02");
    ASSERT_FALSE(cqs02.targets.isEmpty());
    EXPECT_EQ(cqs02.targets[0].year, 2021);
    EXPECT_DOUBLE_EQ(cqs02.targets[0].value, 100);
    EXPECT_FALSE(cqs02.targets[0].note.isEmpty());

    // Indicators without a published target carry none.
    EXPECT_TRUE(indicator("CQS-07").targets.isEmpty());
    EXPECT_TRUE(indicator("TQ-02").targets.isEmpty());
    for (const char *code : {"CQS-08", "CQS-09", "CQS-10", "KTS-05", "XHS-03"})
        EXPECT_TRUE(indicator(code).targets.isEmpty()) << code << " is a monitoring indicator";
    // Where the sources disagree, the plan says so: the resolution's "top 20" by 2025 against the
    // mid-term report's "15th".
    EXPECT_TRUE(rank.notes.contains(u("nhóm 20"))) << rank.notes.toStdString();
    EXPECT_TRUE(rank.notes.contains(u("đứng thứ 15"))) << rank.notes.toStdString();
    // A count of services is not the share CQS-01 measures: it is named in the note, not recorded as a value.
    EXPECT_TRUE(indicator("CQS-01").notes.contains(QStringLiteral("CQS-08")));

    const Indicator stage = indicator("XHS-01");
    EXPECT_EQ(stage.stageNames,
              (QStringList{u("Cơ bản xây dựng đô thị thông minh"), u("Là đô thị thông minh")}));
}

TEST_F(Template, SmartCityScopes)
{
    const Indicator cities = indicator("XHS-01");
    EXPECT_EQ(cities.scope, Scope::Localities);
    QStringList names;
    for (Id id : cities.localityIds)
        names << localityName(id);
    EXPECT_EQ(names, (QStringList{u("Thành phố Hải Dương"), u("Thành phố Chí Linh"), u("Thị xã Kinh Môn")}));

    const Indicator districts = indicator("XHS-02");
    EXPECT_EQ(districts.scope, Scope::Localities);
    names.clear();
    for (Id id : districts.localityIds)
        names << localityName(id);
    QStringList expected;
    for (int i = 3; i < 12; ++i)
        expected << u(kLocalities[i].name);
    EXPECT_EQ(names, expected);
}

TEST_F(Template, PublishedFiguresWithSourcesAndEstimateFlags)
{
    struct Figure
    {
        const char *code;
        const char *period;
        double value;
        bool estimate;
        const char *sourcePart;
    };
    const Figure figures[] = {
        {"TQ-01", "2020", 14, false, "DTI 2020"},
        {"TQ-01", "2021", 14, false, "DTI 2021"},
        {"TQ-01", "2022", 13, false, "DTI 2022"},
        {"KTS-01", "2023", 17.5, true, "08/2024"},
        {"CQS-07", "2023-H1", 89, false, "2023"},
        {"TQ-02", "2022", 5, false, "Ban Thường vụ Tỉnh ủy"},
        // What was published but measures something close to a target, not the target itself, is kept
        // on monitoring indicators (no target), never as the target's value.
        {"CQS-08", "2024-H1", 546, false, "12/06/2024"},
        {"CQS-08", "2025", 335, false, "Sở KH&CN"},
        {"CQS-09", "2023", 4, false, "12/06/2024"},
        {"CQS-10", "2023", 99, false, "cải cách hành chính"},
        {"KTS-05", "2024", 10.2, true, "Cục Thống kê"},
        {"XHS-03", "2024", 45000, false, "Sở TT&TT"},
    };
    QHash<Id, QString> codes;
    for (const Indicator &i : store->indicators())
        codes.insert(i.id, i.code);
    const QList<Measurement> all = store->allMeasurements();
    EXPECT_EQ(all.size(), int(std::size(figures)));
    for (const Figure &f : figures) {
        SCOPED_TRACE(std::string(f.code) + " " + f.period);
        const Measurement *found = nullptr;
        for (const Measurement &m : all)
            if (codes.value(m.indicatorId) == QLatin1String(f.code) && m.period == QLatin1String(f.period))
                found = &m;
        ASSERT_NE(found, nullptr);
        EXPECT_DOUBLE_EQ(found->value, f.value);
        EXPECT_EQ(found->estimate, f.estimate);
        EXPECT_EQ(found->localityId, 0);
        EXPECT_TRUE(found->source.contains(u(f.sourcePart))) << found->source.toStdString();
    }
}

TEST_F(Template, EveryTaskHasALeadAgencyAndSaneDates)
{
    QSet<Id> agencies;
    for (const Agency &a : store->agencies())
        agencies.insert(a.id);
    QSet<Id> groupsWithTasks;
    const QList<Task> tasks = store->tasks();
    EXPECT_GE(tasks.size(), 8);
    int subTasks = 0;
    for (const Task &t : tasks) {
        SCOPED_TRACE(t.title.toStdString());
        EXPECT_NE(t.leadAgencyId, 0);
        EXPECT_TRUE(agencies.contains(t.leadAgencyId));
        for (Id a : t.cooperatingAgencyIds)
            EXPECT_TRUE(agencies.contains(a));
        if (t.startDate.isValid() && t.deadline.isValid()) {
            EXPECT_LE(t.startDate, t.deadline);
        }
        groupsWithTasks.insert(t.groupId);
        subTasks += t.parentId != 0;
    }
    EXPECT_EQ(groupsWithTasks.size(), 8) << "each group has at least one sample task";
    EXPECT_GE(subTasks, 1);

    bool standing = false;
    for (const Agency &a : store->agencies())
        standing |= a.name == u("Sở Thông tin và Truyền thông") && a.shortName == u("Sở TT&TT");
    EXPECT_TRUE(standing);
}

TEST_F(Template, UnknownTemplateIsRefusedAndLeavesNoFile)
{
    const QString other = path(QStringLiteral("other.dxplan"));
    auto r = PlanImporter::createFromTemplate(other, QStringLiteral("resolution-99"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotFound);
    EXPECT_FALSE(QFileInfo::exists(other));
    EXPECT_TRUE(sideFiles(other).isEmpty());
}

} // namespace
} // namespace dx
