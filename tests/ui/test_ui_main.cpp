#include <gtest/gtest.h>
TEST(PlaceholderUi, Builds) { SUCCEED(); }
