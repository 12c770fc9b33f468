#include "store/row_crypto.h"

#include <gtest/gtest.h>

#include "crypto/envelope.h"

namespace rapport::store::internal {
namespace {

TEST(StoreRowCryptoTest, AssociatedDataNamesTableOwnerAndRow) {
  EXPECT_EQ(UserKeyAd(UserId(7)), "user_key|7");
  EXPECT_EQ(CheckinAd(UserId(7), Date::FromYmd(2024, 5, 1)), "checkins|7|2024-05-01");
  EXPECT_EQ(ProfileAd(UserId(7), 12, 1700), "profiles|7|12|1700");
  EXPECT_EQ(ProfileDraftAd(UserId(7)), "profile_drafts|7");
  EXPECT_EQ(PracticeEventAd(UserId(7), 3, 99), "practice_events|7|3|99");
}

TEST(StoreRowCryptoTest, TextSealRoundTripAndBinding) {
  auto key = crypto::NewDataKey();
  std::string text = SealToText(key, "{\"note\":\"x\"}", "checkins|1|2024-01-01");
  for (char c : text) {
    EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '=');
  }
  auto opened = OpenFromText(key, text, "checkins|1|2024-01-01");
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(opened->reveal(), "{\"note\":\"x\"}");
  EXPECT_EQ(OpenFromText(key, text, "checkins|2|2024-01-01").status().code(), Code::kInternal);
  EXPECT_EQ(OpenFromText(key, "not base64!", "x").status().code(), Code::kInternal);
  EXPECT_EQ(OpenFromText(key, "", "x").status().code(), Code::kInternal);
}

TEST(StoreRowCryptoTest, KeyCacheEvictsLeastRecentlyUsed) {
  KeyCache cache(2);
  auto k = [](const char* v) { return std::make_shared<const Secret<std::string>>(v); };
  cache.Put(UserId(1), k("one"));
  cache.Put(UserId(2), k("two"));
  ASSERT_NE(cache.Get(UserId(1)), nullptr);  // 1 is now the most recent
  cache.Put(UserId(3), k("three"));          // evicts 2
  EXPECT_EQ(cache.Get(UserId(2)), nullptr);
  ASSERT_NE(cache.Get(UserId(1)), nullptr);
  EXPECT_EQ(cache.Get(UserId(1))->reveal(), "one");
  EXPECT_EQ(cache.Get(UserId(3))->reveal(), "three");
  cache.Erase(UserId(3));
  EXPECT_EQ(cache.Get(UserId(3)), nullptr);
  cache.Put(UserId(1), k("uno"));
  EXPECT_EQ(cache.Get(UserId(1))->reveal(), "uno");
}

}  // namespace
}  // namespace rapport::store::internal
