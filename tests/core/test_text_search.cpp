// SPDX-License-Identifier: GPL-3.0-or-later
// Search that ignores Vietnamese diacritics, đ/Đ, case and runs of spaces: what planners type finds
// what the plan says.
#include "domain/TextSearch.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace dx {
namespace {

struct Fold
{
    const char *text;
    const char *folded;
};

void PrintTo(const Fold &f, std::ostream *os)
{
    *os << f.text;
}

class FoldForSearch : public ::testing::TestWithParam<Fold>
{
};

TEST_P(FoldForSearch, Folds)
{
    EXPECT_EQ(foldForSearch(QString::fromUtf8(GetParam().text)).toStdString(),
              std::string(GetParam().folded));
}

INSTANTIATE_TEST_SUITE_P(
    Table, FoldForSearch,
    ::testing::Values(
        Fold{"Sở TT&TT", "so tt&tt"}, Fold{"Xây dựng chính quyền số", "xay dung chinh quyen so"},
        Fold{"Đ", "d"}, Fold{"đ", "d"}, Fold{"ĐẢNG BỘ TỈNH HẢI DƯƠNG", "dang bo tinh hai duong"},
        Fold{"Ưu tiên kinh phí", "uu tien kinh phi"}, Fold{"Thị xã Kinh Môn", "thi xa kinh mon"},
        Fold{"Huyện Tứ Kỳ", "huyen tu ky"}, Fold{"Ninh Giang", "ninh giang"},
        Fold{"  Sở   Nội\tvụ  ", "so noi vu"}, Fold{"dòng một\ndòng hai", "dong mot dong hai"},
        Fold{"ABC xyz 2025", "abc xyz 2025"}, Fold{"", ""}, Fold{"   ", ""},
        // Decomposed input (NFD, as some keyboards and macOS file names give it) folds the same.
        Fold{"Vie\xcc\xa3\xcc\x82t Nam", "viet nam"}),
    [](const ::testing::TestParamInfo<Fold> &tpi) { return "Row" + std::to_string(tpi.index); });

struct Match
{
    const char *text;
    const char *query;
    bool matches;
};

void PrintTo(const Match &m, std::ostream *os)
{
    *os << '"' << m.query << "\" in \"" << m.text << '"';
}

class MatchesFolded : public ::testing::TestWithParam<Match>
{
};

TEST_P(MatchesFolded, Matches)
{
    const Match &m = GetParam();
    EXPECT_EQ(matchesFolded(foldForSearch(QString::fromUtf8(m.text)), QString::fromUtf8(m.query)), m.matches);
}

INSTANTIATE_TEST_SUITE_P(
    Table, MatchesFolded,
    ::testing::Values(Match{"Sở TT&TT", "so tt", true}, Match{"Sở TT&TT", "SO TT", true},
                      Match{"Sở TT&TT", "sở tt&tt", true},
                      Match{"Xây dựng chính quyền số", "chinh quyen so", true},
                      Match{"Xây dựng chính quyền số", "Chính Quyền", true},
                      Match{"Xây dựng chính quyền số", "  xay    dung  ", true},
                      Match{"Xây dựng chính quyền số", "so xay", true}, // every word, in any order
                      Match{"Xây dựng chính quyền số", "", true},       // no words: everything matches
                      Match{"Đô thị thông minh", "do thi", true}, Match{"Đô thị thông minh", "đô thị", true},
                      Match{"Sở Thông tin và Truyền thông", "truyen thong", true},
                      // Non-matches.
                      Match{"Sở TT&TT", "so kh", false},
                      Match{"Xây dựng chính quyền số", "kinh te so", false},
                      Match{"Xây dựng chính quyền số", "chinh quyen so 2025", false},
                      Match{"Đô thị thông minh", "dd", false}, Match{"Sở Nội vụ", "so noi vu tinh", false}),
    [](const ::testing::TestParamInfo<Match> &tpi) { return "Row" + std::to_string(tpi.index); });

} // namespace
} // namespace dx

namespace dx {
namespace {

struct RankCase
{
    const char *title;
    const char *query;
    MatchRank rank;
};
const RankCase kRanks[] = {
    {"Chính quyền số", "chinh quyen so", MatchRank::Exact},
    {"Chính quyền số", "CHÍNH QUYỀN SỐ", MatchRank::Exact},
    {"Chính quyền số cấp xã", "chinh quyen so", MatchRank::Prefix},
    {"Xây dựng chính quyền số", "chinh quyen so", MatchRank::Phrase},
    {"Số hóa hồ sơ chính quyền", "chinh quyen so", MatchRank::Words},
    {"Kinh tế số", "chinh quyen so", MatchRank::Elsewhere},
    {"Kinh tế số", "", MatchRank::Elsewhere},
};

TEST(TextSearchRank, ExactAndPrefixRankFirst)
{
    for (const RankCase &c : kRanks)
        EXPECT_EQ(matchRank(QString::fromUtf8(c.title), QString::fromUtf8(c.query)), c.rank)
            << c.title << " / " << c.query;
}

struct RangeCase
{
    const char *text;
    const char *query;
    const char *marked; ///< the text with each range in [ ]
};
const RangeCase kRangeCases[] = {
    {"Xây dựng chính quyền số", "chinh quyen", "Xây dựng [chính] [quyền] số"},
    {"Sở TT&TT", "so tt", "[Sở] [TT]&[TT]"},
    {"Đào tạo  đội ngũ", "dao doi", "[Đào] tạo  [đội] ngũ"},
    {"Không khớp", "xyz", "Không khớp"},
};

TEST(TextSearchRanges, AreInTheOriginalText)
{
    for (const RangeCase &c : kRangeCases) {
        const QString text = QString::fromUtf8(c.text);
        QString marked = text;
        const auto ranges = matchRanges(text, QString::fromUtf8(c.query));
        for (auto it = ranges.crbegin(); it != ranges.crend(); ++it)
            marked.insert(it->first + it->second, QLatin1Char(']')).insert(it->first, QLatin1Char('['));
        EXPECT_EQ(marked.toStdString(), std::string(c.marked)) << c.query;
    }
    // Decomposed input (as some keyboards send it) maps back onto whole letters with their marks.
    const QString nfd = QStringLiteral("chính quyền").normalized(QString::NormalizationForm_D);
    const auto r = matchRanges(nfd, QStringLiteral("quyen"));
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(nfd.mid(r[0].first, r[0].second).normalized(QString::NormalizationForm_C),
              QStringLiteral("quyền"));
}

} // namespace
} // namespace dx
