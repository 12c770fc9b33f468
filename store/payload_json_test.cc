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

TEST(StorePayloadTest, ShareNoteRoundTripsAndDefaultsToFalseInOldRows) {
  core::Checkin c;
  c.day = Date::FromYmd(2024, 3, 1);
  c.moments = {"deep_talk"};
  c.closeness = 5;
  c.note = "for you to read";
  c.share_note = true;
  auto shared = CheckinFromJson(CheckinToJson(c), c.day);
  ASSERT_TRUE(shared.ok()) << shared.status().ToString();
  EXPECT_TRUE(shared->share_note);
  EXPECT_EQ(*shared, c);
  core::Checkin kept = c;
  kept.share_note = false;
  EXPECT_EQ(*CheckinFromJson(CheckinToJson(kept), c.day), kept);
  EXPECT_NE(*CheckinFromJson(CheckinToJson(kept), c.day), c);
  // The sealed size must not tell a shared note from a private one.
  EXPECT_EQ(CheckinToJson(c).size(), CheckinToJson(kept).size());

  // A row written before share_note existed.
  auto old = CheckinFromJson(
      R"({"moments":["deep_talk"],"closeness":5,"feelings":[],"conflict":"none","note":"x"})",
      c.day);
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  EXPECT_FALSE(old->share_note);
  auto as_bool = CheckinFromJson(
      R"({"moments":[],"closeness":5,"feelings":[],"conflict":"none","note":"","share_note":true})",
      c.day);
  ASSERT_TRUE(as_bool.ok());
  EXPECT_TRUE(as_bool->share_note);
  for (const char* bad : {R"({"moments":[],"closeness":5,"feelings":[],"conflict":"none","note":"","share_note":2})",
                          R"({"moments":[],"closeness":5,"feelings":[],"conflict":"none","note":"","share_note":"yes"})"}) {
    EXPECT_EQ(CheckinFromJson(bad, c.day).status().code(), Code::kInternal) << bad;
  }
}

TEST(StorePayloadTest, DesireAnswersRoundTripInOrder) {
  std::vector<core::DesireAnswerRecord> answers = {
      {"slow_dance", core::DesireAnswer::kYes, 1700000000},
      {"talk_dreams", core::DesireAnswer::kNotNow, 5},
      {"x", core::DesireAnswer::kMaybe, 0},
      {"y", core::DesireAnswer::kNo, -3}};
  auto back = DesireAnswersFromJson(DesireAnswersToJson(answers));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, answers);
  auto empty = DesireAnswersFromJson(DesireAnswersToJson({}));
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
  for (const char* bad : {"", "{}", R"({"answers":{}})", R"({"answers":[1]})",
                          R"({"answers":[{"idea":"a","answer":"perhaps","at":1}]})",
                          R"({"answers":[{"idea":"a","answer":"yes"}]})"}) {
    EXPECT_EQ(DesireAnswersFromJson(bad).status().code(), Code::kInternal) << bad;
  }
}

TEST(StorePayloadTest, AccessEntryRoundTrip) {
  std::string what;
  std::optional<Date> day = Date::FromYmd(2000, 1, 1);
  ASSERT_TRUE(AccessFromJson(AccessToJson("profile", std::nullopt), what, day).ok());
  EXPECT_EQ(what, "profile");
  EXPECT_FALSE(day);
  ASSERT_TRUE(AccessFromJson(AccessToJson("note", Date::FromYmd(2024, 2, 29)), what, day).ok());
  EXPECT_EQ(what, "note");
  EXPECT_EQ(day, Date::FromYmd(2024, 2, 29));
  EXPECT_EQ(AccessFromJson(R"({"what":"note","day":"2024-02-30"})", what, day).code(),
            Code::kInternal);
  EXPECT_EQ(AccessFromJson("{}", what, day).code(), Code::kInternal);
}

TEST(StorePayloadTest, OptionalTimesHaveOneWidth) {
  EXPECT_EQ(OptionalTimeToText(std::nullopt).size(), OptionalTimeToText(1700000000).size());
  EXPECT_EQ(OptionalTimeToText(INT64_MIN).size(), OptionalTimeToText(0).size());
  for (std::optional<UnixSeconds> t : {std::optional<UnixSeconds>(), std::optional<UnixSeconds>(0),
                                       std::optional<UnixSeconds>(1700000000),
                                       std::optional<UnixSeconds>(-5),
                                       std::optional<UnixSeconds>(INT64_MIN)}) {
    auto back = OptionalTimeFromText(OptionalTimeToText(t));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, t);
  }
  EXPECT_EQ(OptionalTimeFromText("12").status().code(), Code::kInternal);
  EXPECT_EQ(OptionalTimeFromText("12x                 ").status().code(), Code::kInternal);
  EXPECT_EQ(OptionalTimeFromText("                    ").status().code(), Code::kInternal);
}

}  // namespace
}  // namespace rapport::store::internal
