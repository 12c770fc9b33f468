#include "store/payload_json.h"

#include <gtest/gtest.h>

namespace rapport::store::internal {
namespace {

TEST(StorePayloadTest, CheckinRoundTripWithoutDay) {
  core::Checkin c;
  c.day = Date::FromYmd(2024, 2, 29);
  c.moments = {"deep_talk", "sex"};
  c.closeness = 7;
  c.feelings = {"calm"};
  c.conflict = core::Conflict::kUnresolved;
  c.after_sex = core::AfterSex::kDistant;
  c.note = "line one\nline \"two\" ✓";
  std::string json = CheckinToJson(c);
  EXPECT_EQ(json.find("2024"), std::string::npos) << "the day is a column, not payload";
  auto back = CheckinFromJson(json, c.day);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, c);
  c.after_sex.reset();
  EXPECT_EQ(*CheckinFromJson(CheckinToJson(c), c.day), c);
}

TEST(StorePayloadTest, MalformedPayloadsAreInternalErrors) {
  Date day = Date::FromYmd(2024, 1, 1);
  for (const char* bad : {"", "[]", "{}", "not json",
                          R"({"moments":[],"closeness":"4","feelings":[],"conflict":"none","note":""})",
                          R"({"moments":[],"closeness":4,"feelings":[],"conflict":"maybe","note":""})",
                          R"({"moments":[],"closeness":4,"feelings":[],"conflict":"none","note":"","after_sex":"x"})"}) {
    auto r = CheckinFromJson(bad, day);
    EXPECT_EQ(r.status().code(), Code::kInternal) << bad;
  }
  EXPECT_EQ(ProfileAnswersFromJson("{}").status().code(), Code::kInternal);
  EXPECT_EQ(PracticeEventFromJson(R"({"practice_id":"x","state":"later"})", 1, 2).status().code(),
            Code::kInternal);
}

TEST(StorePayloadTest, ProfileAnswersRoundTrip) {
  core::ProfileAnswers a;
  a.instrument_version = 3;
  a.have = {{"emotional", 2}, {"physical", 5}};
  a.want = {{"emotional", 4}};
  a.comfort = {};
  auto back = ProfileAnswersFromJson(ProfileAnswersToJson(a));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, a);
}

TEST(StorePayloadTest, PracticeEventRoundTripTakesIdAndTimeFromTheRow) {
  core::PracticeEvent e{0, "hug_daily", core::PracticeState::kDone, 0, 4};
  auto back = PracticeEventFromJson(PracticeEventToJson(e), 17, 1700000000);
  ASSERT_TRUE(back.ok());
  e.id = 17;
  e.at = 1700000000;
  EXPECT_EQ(*back, e);
  core::PracticeEvent started{0, "walks", core::PracticeState::kStarted, 0, {}};
  EXPECT_FALSE(PracticeEventFromJson(PracticeEventToJson(started), 1, 1)->felt_closer);
}

}  // namespace
}  // namespace rapport::store::internal
