#include "core/checkin.h"

#include <gtest/gtest.h>

#include <set>

#include "core/catalogue.h"

namespace rapport::core {
namespace {

const Date kToday = Date::FromYmd(2026, 11, 21);

Checkin Valid() {
  Checkin c;
  c.day = kToday;
  c.moments = {"shared_feeling", "sex"};
  c.closeness = 5;
  c.feelings = {"calm"};
  c.after_sex = AfterSex::kCloser;
  c.note = "ok";
  return c;
}

TEST(CheckinTest, AcceptsAValidCheckin) { EXPECT_TRUE(ValidateCheckin(Valid(), kToday).ok()); }

TEST(CheckinTest, RefusesTheFuture) {
  Checkin c = Valid();
  c.day = kToday + 1;
  EXPECT_EQ(ValidateCheckin(c, kToday).field(), "day");
  c.day = kToday - 400;
  EXPECT_TRUE(ValidateCheckin(c, kToday).ok());
}

TEST(CheckinTest, NamesTheFieldOfEachError) {
  Checkin c = Valid();
  c.closeness = 0;
  EXPECT_EQ(ValidateCheckin(c, kToday).field(), "closeness");
  c.closeness = 8;
  EXPECT_EQ(ValidateCheckin(c, kToday).field(), "closeness");
  c = Valid();
  c.moments.push_back("teleported");
  EXPECT_EQ(ValidateCheckin(c, kToday).field(), "moments");
  c = Valid();
  c.moments.push_back("sex");
  EXPECT_EQ(ValidateCheckin(c, kToday).field(), "moments");
  c = Valid();
  c.feelings = {"calm", "nope"};
  EXPECT_EQ(ValidateCheckin(c, kToday).field(), "feelings");
}

TEST(CheckinTest, AfterSexOnlyWithSex) {
  Checkin c = Valid();
  c.moments = {"hug_or_kiss"};
  EXPECT_EQ(ValidateCheckin(c, kToday).field(), "after_sex");
  c.after_sex.reset();
  EXPECT_TRUE(ValidateCheckin(c, kToday).ok());
  EXPECT_FALSE(c.HasSex());
}

TEST(CheckinTest, NoteLimitCountsCharactersNotBytes) {
  Checkin c = Valid();
  c.note.clear();
  for (int i = 0; i < 4000; ++i) c.note += "\xC3\xA9";  // é: 2 bytes, 1 character
  EXPECT_TRUE(ValidateCheckin(c, kToday).ok());
  c.note += "a";
  EXPECT_EQ(ValidateCheckin(c, kToday).field(), "note");
  c.note = "bad \xC3";
  EXPECT_EQ(ValidateCheckin(c, kToday).field(), "note");
}

TEST(Utf8Test, RejectsOverlongSurrogatesAndTruncation) {
  EXPECT_EQ(Utf8Length("h\xE2\x82\xAC!"), 3u);
  EXPECT_EQ(Utf8Length("\xF0\x9F\x98\x80"), 1u);
  EXPECT_FALSE(Utf8Length("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(Utf8Length("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(Utf8Length("\xE2\x82"));          // truncated
  EXPECT_FALSE(Utf8Length("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(Utf8Length("\x80"));
}

TEST(CatalogueTest, EveryMomentHasAKindAndUniqueId) {
  std::set<std::string_view> ids;
  int sex = 0;
  for (const MomentDef& m : TheCatalogue().moments) {
    EXPECT_FALSE(m.kinds.empty()) << m.id;
    EXPECT_TRUE(ids.insert(m.id).second) << m.id;
    sex += m.is_sex;
  }
  EXPECT_EQ(sex, 1);
  EXPECT_EQ(TheCatalogue().after_sex.size(), 4u);
  for (Kind k : kAllKinds) {
    bool covered = false;
    for (const MomentDef& m : TheCatalogue().moments)
      for (Kind mk : m.kinds) covered |= mk == k;
    EXPECT_TRUE(covered) << KindId(k);
    EXPECT_EQ(KindFromId(KindId(k)), k);
  }
}

}  // namespace
}  // namespace rapport::core
