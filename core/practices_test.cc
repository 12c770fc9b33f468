#include "core/practices.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/insights.h"
#include "core/insights_test_util.h"

namespace rapport::core {
namespace {

using testing::kToday;
using testing::NoonOf;

TEST(PracticeLibrary, IsCompleteAndCoversEveryKind) {
  const auto& library = PracticeLibrary();
  EXPECT_GE(library.size(), 24u);
  std::set<std::string_view> ids;
  std::array<int, kKindCount> per_kind{};
  int solo = 0;
  for (const Practice& p : library) {
    EXPECT_TRUE(ids.insert(p.id).second) << p.id;
    EXPECT_EQ(FindPractice(p.id), &p);
    EXPECT_FALSE(p.title.empty()) << p.id;
    EXPECT_FALSE(p.why.empty()) << p.id;
    EXPECT_FALSE(p.not_when.empty()) << p.id;
    EXPECT_GE(p.steps.size(), 3u) << p.id;
    for (std::string_view step : p.steps) EXPECT_FALSE(step.empty()) << p.id;
    EXPECT_GE(p.minutes, 1) << p.id;
    EXPECT_LE(p.minutes, 120) << p.id;
    EXPECT_FALSE(p.kinds.empty()) << p.id;
    for (Kind k : p.kinds) ++per_kind[KindIndex(k)];
    solo += p.mode == PracticeMode::kSolo;
    for (std::string_view pattern : p.patterns) {
      EXPECT_NE(std::find(std::begin(kPatternIds), std::end(kPatternIds), pattern), std::end(kPatternIds))
          << p.id << " lists unknown pattern " << pattern;
    }
  }
  for (Kind k : kAllKinds) EXPECT_GE(per_kind[KindIndex(k)], 2) << KindId(k);
  EXPECT_GE(solo, 2);
  EXPECT_EQ(FindPractice("no_such_practice"), nullptr);
  EXPECT_EQ(PracticeModeId(PracticeMode::kSolo), "solo");
  EXPECT_EQ(PracticeModeId(PracticeMode::kTogether), "together");
}

TEST(PracticeLibrary, IncludesTheSeedsOwnPractices) {
  for (const char* id : {"daily_talk", "small_touches", "cuddle_no_expectation", "new_together",
                         "high_and_low", "desire_and_limits_talk", "repair_talk"}) {
    EXPECT_TRUE(FindPractice(id)) << id;
  }
}

TEST(PracticeLibrary, EveryPatternHasSomethingToSuggest) {
  for (const char* pattern : {"sex_without_closeness", "distance_after_sex", "touch_only_with_sex",
                              "sex_over_unresolved_fight", "closeness_trend", "unmet_need",
                              "more_than_wanted", "needs_differ"}) {
    PracticeHistory none({});
    EXPECT_FALSE(PracticesForInsight(pattern, std::nullopt, none, kToday).empty()) << pattern;
  }
}

PracticeEvent Event(const char* id, PracticeState state, int days_ago, std::optional<int> rating = {}) {
  PracticeEvent e;
  e.practice_id = id;
  e.state = state;
  e.at = NoonOf(kToday - days_ago);
  e.felt_closer = rating;
  return e;
}

TEST(PracticeHistory, JustDoneMeansTheLastSevenDays) {
  std::vector<PracticeEvent> events = {Event("long_hug", PracticeState::kDone, 6)};
  EXPECT_TRUE(PracticeHistory(events).Resting("long_hug", kToday));
  events = {Event("long_hug", PracticeState::kDone, 7)};
  EXPECT_FALSE(PracticeHistory(events).Resting("long_hug", kToday));
  events = {Event("long_hug", PracticeState::kDone, -1)};  // a device's clock ahead
  EXPECT_TRUE(PracticeHistory(events).Resting("long_hug", kToday));
  events = {Event("long_hug", PracticeState::kStarted, 0)};
  EXPECT_FALSE(PracticeHistory(events).Resting("long_hug", kToday));
}

TEST(PracticeHistory, NotNowHidesForFourteenDays) {
  std::vector<PracticeEvent> events = {Event("long_hug", PracticeState::kNotNow, 13)};
  EXPECT_TRUE(PracticeHistory(events).Resting("long_hug", kToday));
  events = {Event("long_hug", PracticeState::kNotNow, 14)};
  EXPECT_FALSE(PracticeHistory(events).Resting("long_hug", kToday));
  EXPECT_FALSE(PracticeHistory(events).Resting("daily_talk", kToday));
}

TEST(PracticeHistory, RatingsAndPreference) {
  std::vector<PracticeEvent> events = {
      Event("a", PracticeState::kDone, 30, 4), Event("a", PracticeState::kDone, 20, 5),
      Event("b", PracticeState::kDone, 30, 2), Event("b", PracticeState::kDone, 20, 2),
      Event("c", PracticeState::kDone, 30, 2), Event("d", PracticeState::kDone, 30, 3),
      Event("e", PracticeState::kDone, 30, 9),  // out of range: ignored
  };
  PracticeHistory h(events);
  EXPECT_EQ(h.MeanRating("a"), 4.5);
  EXPECT_EQ(h.RatingCount("b"), 2);
  EXPECT_EQ(h.PreferenceTier("a"), 0);
  EXPECT_EQ(h.PreferenceTier("b"), 2);
  EXPECT_EQ(h.PreferenceTier("c"), 1);  // one low rating is not enough to demote
  EXPECT_EQ(h.PreferenceTier("d"), 1);
  EXPECT_EQ(h.PreferenceTier("e"), 1);
  EXPECT_FALSE(h.MeanRating("e"));
  EXPECT_EQ(h.PreferenceTier("unknown"), 1);
}

bool IsSexual(const std::string& id) {
  const Practice* p = FindPractice(id);
  return std::find(p->kinds.begin(), p->kinds.end(), Kind::kSexual) != p->kinds.end();
}

TEST(Recommend, StartersForSomeoneNewAndNeverSexual) {
  auto recs = RecommendPractices({}, nullptr, {}, kToday);
  ASSERT_EQ(recs.size(), kMaxRecommendations);
  std::set<std::string> seen;
  for (const Recommendation& r : recs) {
    EXPECT_TRUE(seen.insert(r.practice_id).second);
    EXPECT_FALSE(IsSexual(r.practice_id)) << r.practice_id;
    EXPECT_EQ(r.reason, "A gentle place to start.");
  }
  EXPECT_EQ(recs.front().practice_id, "daily_talk");
}

TEST(Recommend, InsightsFirstThenGapsThenStarters) {
  Insight touch;
  touch.id = touch.pattern = "touch_only_with_sex";
  touch.tone = Tone::kPattern;
  touch.title = "Touch mostly comes with sex";
  touch.practices = {"small_touches", "long_hug"};
  ProfileScores scores;
  for (Kind k : kAllKinds) scores.kinds[KindIndex(k)].kind = k;
  scores.kinds[KindIndex(Kind::kExperiential)].gap = 15;
  auto recs = RecommendPractices(std::vector<Insight>{touch}, &scores, {}, kToday, 10);
  ASSERT_GE(recs.size(), 4u);
  EXPECT_EQ(recs[0].practice_id, "small_touches");
  EXPECT_EQ(recs[0].reason, "Linked to the insight \"Touch mostly comes with sex\".");
  EXPECT_EQ(recs[1].practice_id, "long_hug");
  EXPECT_EQ(recs[2].practice_id, "new_together");
  EXPECT_NE(recs[2].reason.find("shared activities"), std::string::npos);
  scores.kinds[KindIndex(Kind::kExperiential)].gap = 14;
  recs = RecommendPractices(std::vector<Insight>{touch}, &scores, {}, kToday, 10);
  EXPECT_EQ(recs[2].reason, "A gentle place to start.");
}

TEST(Recommend, RespectsRestingAndPrefersWhatHelped) {
  std::vector<PracticeEvent> events = {
      Event("daily_talk", PracticeState::kDone, 2, 5),
      Event("high_and_low", PracticeState::kNotNow, 1),
      Event("appreciation_round", PracticeState::kDone, 20, 5),
      Event("small_touches", PracticeState::kDone, 20, 1),
      Event("small_touches", PracticeState::kDone, 30, 2),
  };
  auto recs = RecommendPractices({}, nullptr, events, kToday, 10);
  std::vector<std::string> ids;
  for (const auto& r : recs) ids.push_back(r.practice_id);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), "daily_talk"), 0);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), "high_and_low"), 0);
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ids.front(), "appreciation_round");
  EXPECT_EQ(ids.back(), "small_touches");
}

TEST(Recommend, PracticesThatHelpedComeWithTheirReason) {
  Insight helped;
  helped.id = helped.pattern = "practices_help";
  helped.tone = Tone::kStrength;
  helped.practices = {"play_hour"};
  auto recs = RecommendPractices(std::vector<Insight>{helped}, nullptr, {}, kToday);
  ASSERT_FALSE(recs.empty());
  EXPECT_EQ(recs[0].practice_id, "play_hour");
  EXPECT_EQ(recs[0].reason, "You said this one helped you feel closer.");
  EXPECT_EQ(RecommendPractices({}, nullptr, {}, kToday, 2).size(), 2u);
}

}  // namespace
}  // namespace rapport::core
