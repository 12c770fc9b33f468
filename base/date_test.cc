#include "base/date.h"

#include <gtest/gtest.h>

namespace rapport {
namespace {

TEST(DateTest, ParsesAndFormatsRoundTrip) {
  auto d = Date::Parse("2026-02-28");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->ToString(), "2026-02-28");
  EXPECT_EQ((*d + 1).ToString(), "2026-03-01");
  EXPECT_EQ(Date::Parse("1970-01-01")->days(), 0);
}

TEST(DateTest, RefusesMalformedAndImpossibleDays) {
  for (const char* bad : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "20260101",
                          "2026-01-01T00", "abcd-ef-gh", "", "1899-12-31", "2026-04-31"}) {
    EXPECT_FALSE(Date::Parse(bad).has_value()) << bad;
  }
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
}

TEST(DateTest, FromUnixSecondsFloorsToTheUtcDay) {
  EXPECT_EQ(Date::FromUnixSeconds(0).ToString(), "1970-01-01");
  EXPECT_EQ(Date::FromUnixSeconds(86399).ToString(), "1970-01-01");
  EXPECT_EQ(Date::FromUnixSeconds(-1).ToString(), "1969-12-31");
  EXPECT_EQ(Date::FromUnixSeconds(1'795'000'000).ToString(), "2026-11-18");
}

TEST(DateTest, DifferencesAndOrder) {
  Date a = Date::FromYmd(2026, 1, 1), b = Date::FromYmd(2026, 12, 31);
  EXPECT_EQ(b - a, 364);
  EXPECT_LT(a, b);
  EXPECT_EQ(a.year(), 2026);
  EXPECT_EQ(b.month(), 12u);
  EXPECT_EQ(b.day(), 31u);
}

}  // namespace
}  // namespace rapport

#include "base/time_format.h"

namespace rapport {
namespace {

TEST(TimeFormatTest, FormatsIsoUtc) {
  EXPECT_EQ(FormatIsoUtc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatIsoUtc(1'795'000'000), "2026-11-18T11:06:40Z");
  EXPECT_EQ(FormatIsoUtc(-1), "1969-12-31T23:59:59Z");
}

}  // namespace
}  // namespace rapport
