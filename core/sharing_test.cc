#include "core/sharing.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace rapport::core {
namespace {

TEST(ShareCategories, IdsAreStableUniqueAndRoundTrip) {
  EXPECT_EQ(ShareCategoryId(ShareCategory::kProfile), "profile");
  EXPECT_EQ(ShareCategoryId(ShareCategory::kCloseness), "closeness");
  EXPECT_EQ(ShareCategoryId(ShareCategory::kMoments), "moments");
  EXPECT_EQ(ShareCategoryId(ShareCategory::kInsights), "insights");
  std::set<std::string_view> ids;
  for (ShareCategory c : kAllShareCategories) {
    EXPECT_TRUE(ids.insert(ShareCategoryId(c)).second);
    EXPECT_EQ(ShareCategoryFromId(ShareCategoryId(c)), c);
  }
  // Notes are shared one check-in at a time, never as a category.
  for (const char* bad : {"", "note", "notes", "Profile", "profile ", "desires"}) {
    EXPECT_FALSE(ShareCategoryFromId(bad)) << bad;
  }
}

}  // namespace
}  // namespace rapport::core
