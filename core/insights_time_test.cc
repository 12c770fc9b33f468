// Trends and strengths (closeness_trend, steady, conflicts_resolved, practices_help,
// shared_moments), and properties of the engine as a whole.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "core/insights_test_util.h"
#include "core/practices.h"
#include "core/profile_test_util.h"

namespace rapport::core {
namespace {

using testing::Diary;
using testing::FindInsight;
using testing::FindWaiting;
using testing::Has;
using testing::kToday;
using testing::NoonOf;

// ---- closeness_trend -------------------------------------------------------------------

// Every day of the last 28: the earlier fortnight (27..14 days ago) at `early`, the recent
// fortnight (13..0) at `recent`.
Diary Fortnights(int early, int recent) {
  Diary d;
  for (int ago = 27; ago >= 0; --ago) d.Closeness(ago, ago >= 14 ? early : recent);
  return d;
}

TEST(ClosenessTrend, FiresAtOnePointEitherWay) {
  EXPECT_TRUE(Has(Fortnights(4, 5).Input(), "closeness_trend.up"));
  EXPECT_TRUE(Has(Fortnights(5, 4).Input(), "closeness_trend.down"));
  EXPECT_FALSE(Has(Fortnights(4, 5).Input(), "closeness_trend.down"));
  Diary almost = Fortnights(4, 5);
  almost.Closeness(0, 4);  // recent mean 4.93: change 0.93
  EXPECT_FALSE(Has(almost.Input(), "closeness_trend.up"));
  Diary almost_down = Fortnights(5, 4);
  almost_down.Closeness(0, 5);
  EXPECT_FALSE(Has(almost_down.Input(), "closeness_trend.down"));
}

TEST(ClosenessTrend, ToneExplanationAndEvidence) {
  auto insights = ComputeInsights(Fortnights(3, 5).Input());
  const Insight* up = FindInsight(insights, "closeness_trend.up");
  ASSERT_TRUE(up);
  EXPECT_EQ(up->tone, Tone::kStrength);
  EXPECT_EQ(up->evidence.Score("mean_closeness_earlier"), 3.0);
  EXPECT_EQ(up->evidence.Score("mean_closeness_recent"), 5.0);
  EXPECT_EQ(up->evidence.Count("checkins"), 28);
  EXPECT_EQ(up->evidence.days.size(), 28u);
  EXPECT_EQ(up->confidence, Confidence::kHigh);
  EXPECT_NE(up->explanation.find("3.0"), std::string::npos) << up->explanation;
  insights = ComputeInsights(Fortnights(6, 4).Input());
  const Insight* down = FindInsight(insights, "closeness_trend.down");
  ASSERT_TRUE(down);
  EXPECT_EQ(down->tone, Tone::kPattern);
  EXPECT_NE(down->explanation.find("couples therapist"), std::string::npos);
  EXPECT_FALSE(down->practices.empty());
}

// `early` check-ins in the earlier fortnight and `recent` in the recent one, spread out.
Diary Sparse(std::vector<int> early_days_ago, std::vector<int> recent_days_ago) {
  Diary d;
  for (int ago : early_days_ago) d.Closeness(ago, 3);
  for (int ago : recent_days_ago) d.Closeness(ago, 5);
  return d;
}

TEST(ClosenessTrend, NeedsTenCheckins) {
  InsightReport nine = ComputeInsightReport(Sparse({27, 24, 21, 18, 15}, {12, 9, 6, 3}).Input());
  EXPECT_FALSE(FindInsight(nine.insights, "closeness_trend.up"));
  EXPECT_TRUE(FindWaiting(nine, "closeness_trend"));
  InsightReport ten = ComputeInsightReport(Sparse({27, 24, 21, 18, 15}, {12, 9, 6, 3, 0}).Input());
  const Insight* i = FindInsight(ten.insights, "closeness_trend.up");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->confidence, Confidence::kLow);
  EXPECT_FALSE(FindWaiting(ten, "closeness_trend"));
}

TEST(ClosenessTrend, NeedsThreeInEachFortnight) {
  EXPECT_FALSE(Has(Sparse({27, 20}, {13, 12, 11, 10, 8, 6, 4, 2}).Input(), "closeness_trend.up"));
  EXPECT_TRUE(Has(Sparse({27, 20, 15}, {13, 12, 10, 8, 6, 4, 2}).Input(), "closeness_trend.up"));
}

TEST(ClosenessTrend, NeedsFourteenDaysFromFirstToLast) {
  EXPECT_FALSE(Has(Sparse({16, 15, 14}, {13, 12, 11, 10, 9, 8, 4}).Input(), "closeness_trend.up"));  // 13 days
  EXPECT_TRUE(Has(Sparse({16, 15, 14}, {13, 12, 11, 10, 9, 8, 3}).Input(), "closeness_trend.up"));   // 14 days
}

TEST(ClosenessTrend, RobustToAMissingWeek) {
  for (int start : {21, 14, 7}) {
    Diary rising = Fortnights(4, 5);
    Diary flat = Fortnights(4, 4);
    for (int ago = start; ago > start - 7; --ago) {
      rising.Remove(ago);
      flat.Remove(ago);
    }
    EXPECT_TRUE(Has(rising.Input(), "closeness_trend.up")) << start;
    EXPECT_FALSE(Has(flat.Input(), "closeness_trend.up")) << start;
    EXPECT_FALSE(Has(flat.Input(), "closeness_trend.down")) << start;
  }
}

TEST(ClosenessTrend, OneOddDayIsNotATrend) {
  Diary d = Fortnights(4, 4);
  d.Closeness(0, 7);
  d.Closeness(1, 1);
  EXPECT_FALSE(Has(d.Input(), "closeness_trend.up"));
  EXPECT_FALSE(Has(d.Input(), "closeness_trend.down"));
}

TEST(ClosenessTrend, OlderCheckinsDoNotCount) {
  Diary d = Fortnights(4, 4);
  for (int ago = 28; ago < 60; ++ago) d.Closeness(ago, 1);
  EXPECT_FALSE(Has(d.Input(), "closeness_trend.up"));
}

// ---- steady ----------------------------------------------------------------------------

TEST(Steady, HalfOfTenCheckins) {
  Diary d;
  for (int ago = 0; ago < 10; ++ago) d.Day(ago * 2);
  for (int ago = 0; ago < 4; ++ago) d.Moment(ago * 2, "shared_feeling");
  EXPECT_FALSE(Has(d.Input(), "steady.emotional"));  // 4 of 10
  d.Moment(8, "felt_heard");
  auto insights = ComputeInsights(d.Input());
  const Insight* i = FindInsight(insights, "steady.emotional");  // 5 of 10
  ASSERT_TRUE(i);
  EXPECT_EQ(i->tone, Tone::kStrength);
  EXPECT_EQ(i->evidence.Count("days_with_kind"), 5);
  EXPECT_EQ(i->evidence.days.size(), 5u);
  d.Remove(18);
  InsightReport nine = ComputeInsightReport(d.Input());
  EXPECT_FALSE(FindInsight(nine.insights, "steady.emotional"));
  EXPECT_TRUE(FindWaiting(nine, "steady"));
}

TEST(Steady, NeverForSexAndAtMostTwo) {
  Diary d;
  for (int ago = 0; ago < 14; ++ago) {
    d.Sex(ago).Moment(ago, "shared_feeling").Moment(ago, "exchanged_ideas");
    d.Moment(ago, "held_hands").Moment(ago, "had_fun").Moment(ago, "shared_ritual");
  }
  auto insights = ComputeInsights(d.Input());
  EXPECT_FALSE(FindInsight(insights, "steady.sexual"));
  int steady = 0;
  for (const Insight& i : insights) steady += i.pattern == "steady";
  EXPECT_EQ(steady, 2);
}

TEST(Steady, TheConflictMomentIsNotEmotionalSharing) {
  Diary d;
  for (int ago = 0; ago < 12; ++ago) d.Fight(ago, Conflict::kResolved);
  EXPECT_FALSE(Has(d.Input(), "steady.emotional"));
}

// ---- conflicts_resolved ----------------------------------------------------------------

Diary Conflicts(int resolved, int unresolved) {
  Diary d;
  d.Plain(20, 0);
  int ago = 1;
  for (int i = 0; i < resolved; ++i, ago += 2) d.Fight(ago, Conflict::kResolved);
  for (int i = 0; i < unresolved; ++i, ago += 2) d.Fight(ago, Conflict::kUnresolved);
  return d;
}

TEST(ConflictsResolved, ThreeOrMoreMostlyResolved) {
  EXPECT_TRUE(Has(Conflicts(3, 0).Input(), "conflicts_resolved"));
  EXPECT_FALSE(Has(Conflicts(2, 0).Input(), "conflicts_resolved"));  // too few
  EXPECT_TRUE(Has(Conflicts(3, 1).Input(), "conflicts_resolved"));   // 75%
  EXPECT_FALSE(Has(Conflicts(2, 1).Input(), "conflicts_resolved"));  // 67%
  EXPECT_FALSE(Has(Conflicts(3, 2).Input(), "conflicts_resolved"));  // 60%
  EXPECT_TRUE(Has(Conflicts(9, 3).Input(), "conflicts_resolved"));   // 75%
  EXPECT_FALSE(Has(Conflicts(8, 3).Input(), "conflicts_resolved"));  // 73%
}

// ---- practices_help --------------------------------------------------------------------

InsightInput Rated(std::vector<std::pair<const char*, int>> ratings, int days_ago = 2) {
  InsightInput in;
  in.today = kToday;
  for (auto [id, r] : ratings) {
    PracticeEvent e;
    e.practice_id = id;
    e.state = PracticeState::kDone;
    e.felt_closer = r;
    e.at = NoonOf(kToday - days_ago);
    in.practice_events.push_back(e);
  }
  return in;
}

TEST(PracticesHelp, ThreeRatingsAveragingFour) {
  EXPECT_TRUE(Has(Rated({{"daily_talk", 4}, {"long_hug", 4}, {"play_hour", 4}}), "practices_help"));
  EXPECT_FALSE(Has(Rated({{"daily_talk", 4}, {"long_hug", 4}, {"play_hour", 3}}), "practices_help"));
  InsightReport two = ComputeInsightReport(Rated({{"daily_talk", 5}, {"long_hug", 5}}));
  EXPECT_FALSE(FindInsight(two.insights, "practices_help"));
  EXPECT_TRUE(FindWaiting(two, "practices_help"));
  // Older than the 90-day window: not counted.
  EXPECT_FALSE(Has(Rated({{"daily_talk", 5}, {"long_hug", 5}, {"play_hour", 5}}, 90), "practices_help"));
  EXPECT_TRUE(Has(Rated({{"daily_talk", 5}, {"long_hug", 5}, {"play_hour", 5}}, 89), "practices_help"));
}

TEST(PracticesHelp, ConfidenceGrowsWithRatings) {
  auto confidence = [](int n) {
    std::vector<std::pair<const char*, int>> ratings(static_cast<std::size_t>(n), {"daily_talk", 4});
    return FindInsight(ComputeInsights(Rated(ratings)), "practices_help")->confidence;
  };
  EXPECT_EQ(confidence(4), Confidence::kLow);
  EXPECT_EQ(confidence(5), Confidence::kMedium);
  EXPECT_EQ(confidence(9), Confidence::kMedium);
  EXPECT_EQ(confidence(10), Confidence::kHigh);
}

TEST(PracticesHelp, SuggestsWhatHelpedButNotWhatWasJustDone) {
  auto insights = ComputeInsights(Rated({{"daily_talk", 5}, {"long_hug", 4}, {"play_hour", 3}}, 10));
  const Insight* i = FindInsight(insights, "practices_help");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->practices, (std::vector<std::string>{"daily_talk", "long_hug"}));
  insights = ComputeInsights(Rated({{"daily_talk", 5}, {"long_hug", 4}, {"play_hour", 3}}, 3));
  EXPECT_TRUE(FindInsight(insights, "practices_help")->practices.empty());
}

// ---- shared_moments --------------------------------------------------------------------

InsightInput Shared(int same_days, const char* moment = "laughed_together") {
  Diary mine, theirs;
  mine.Plain(13, 0);
  theirs.Plain(13, 0);
  for (int ago = 0; ago < same_days; ++ago) {
    mine.Moment(ago, moment);
    theirs.Moment(ago, moment);
  }
  InsightInput in = mine.Input();
  in.partner = PartnerShare{};
  in.partner->checkins = theirs.Checkins();
  return in;
}

TEST(SharedMoments, SixDaysBothLoggedTheSameMoment) {
  auto insights = ComputeInsights(Shared(6));
  const Insight* i = FindInsight(insights, "shared_moments");
  ASSERT_TRUE(i);
  EXPECT_NE(i->explanation.find("Laughed together"), std::string::npos) << i->explanation;
  EXPECT_FALSE(Has(Shared(5), "shared_moments"));
  EXPECT_FALSE(Has(Shared(8, "flirted"), "shared_moments"));  // never about sex
}

TEST(SharedMoments, NeedsTenCheckinsFromEach) {
  InsightInput in = Shared(8);
  ASSERT_TRUE(Has(in, "shared_moments"));
  auto& theirs = *in.partner->checkins;
  theirs.erase(std::remove_if(theirs.begin(), theirs.end(),
                              [](const Checkin& c) { return c.day < kToday - 9; }),
               theirs.end());
  ASSERT_EQ(theirs.size(), 10u);
  EXPECT_TRUE(Has(in, "shared_moments"));
  theirs.pop_back();
  InsightReport r = ComputeInsightReport(in);
  EXPECT_FALSE(FindInsight(r.insights, "shared_moments"));
  EXPECT_TRUE(FindWaiting(r, "shared_moments"));
}

TEST(SharedMoments, OnlyWithTheirSharedCheckins) {
  InsightInput in = Shared(10);
  in.partner->checkins.reset();
  InsightReport r = ComputeInsightReport(in);
  EXPECT_FALSE(FindInsight(r.insights, "shared_moments"));
  EXPECT_TRUE(FindWaiting(r, "shared_moments"));
}

// ---- the engine as a whole -------------------------------------------------------------

InsightInput Busy() {
  Diary d;
  d.Plain(120, 0);
  for (int ago = 3; ago < 80; ago += 6) d.Sex(ago, AfterSex::kDistant).Moment(ago, "hug_or_kiss");
  for (int ago = 0; ago < 14; ++ago) d.Closeness(ago, 6).Moment(ago, "laughed_together");
  InsightInput in = d.Input();
  ProfileAnswers a = testing::UniformAnswers(3, 3);
  testing::SetKeyed(a, Kind::kEmotional, testing::Scale::kWant, std::vector<int>(5, 5));
  in.profile_history = {{NoonOf(kToday - 40), a}, {NoonOf(kToday - 4), a}};
  return in;
}

TEST(Engine, NothingBeforeAnyData) {
  InsightInput in;
  in.today = kToday;
  InsightReport r = ComputeInsightReport(in);
  EXPECT_TRUE(r.insights.empty());
  for (const char* p : {"closeness_trend", "steady", "unmet_need", "needs_differ", "practices_help"}) {
    EXPECT_TRUE(FindWaiting(r, p)) << p;
  }
  for (const NotEnoughData& w : r.not_enough_data) EXPECT_FALSE(w.needs.empty()) << w.pattern;
}

TEST(Engine, DeterministicAndOrderFree) {
  InsightInput in = Busy();
  InsightReport first = ComputeInsightReport(in);
  ASSERT_FALSE(first.insights.empty());
  EXPECT_EQ(ComputeInsightReport(in).insights, first.insights);
  std::mt19937 shuffle(7);
  std::shuffle(in.checkins.begin(), in.checkins.end(), shuffle);
  std::reverse(in.profile_history.begin(), in.profile_history.end());
  InsightReport again = ComputeInsightReport(in);
  EXPECT_EQ(again.insights, first.insights);
  EXPECT_EQ(again.not_enough_data, first.not_enough_data);
  EXPECT_EQ(ComputeInsights(in), first.insights);
  EXPECT_EQ(InsightsWaitingForData(in), first.not_enough_data);
}

TEST(Engine, IgnoresTheFutureAndLetsTheLaterDuplicateWin) {
  InsightInput in = Busy();
  InsightReport before = ComputeInsightReport(in);
  Checkin future;
  future.day = kToday + 1;
  future.moments = {"sex"};
  future.after_sex = AfterSex::kEmpty;
  in.checkins.push_back(future);
  EXPECT_EQ(ComputeInsightReport(in).insights, before.insights);
  // Replace today's check-in with a later one of the same day.
  Checkin today = in.checkins.front();
  for (const Checkin& c : in.checkins)
    if (c.day == kToday) today = c;
  ASSERT_TRUE(FindInsight(before.insights, "closeness_trend.up"));  // recent 6 against 5
  today.closeness = 1;
  in.checkins.insert(in.checkins.begin(), today);  // earlier in the vector: loses
  EXPECT_TRUE(FindInsight(ComputeInsights(in), "closeness_trend.up"));
  in.checkins.push_back(today);  // later in the vector: wins, and the rise is gone
  EXPECT_FALSE(FindInsight(ComputeInsights(in), "closeness_trend.up"));
}

TEST(Engine, PatternsComeFirstThenStrengthsAndIdsAreUnique) {
  InsightReport r = ComputeInsightReport(Busy());
  bool seen_strength = false;
  std::set<std::string> ids;
  for (const Insight& i : r.insights) {
    if (i.tone == Tone::kStrength) seen_strength = true;
    EXPECT_FALSE(seen_strength && i.tone == Tone::kPattern) << i.id;
    EXPECT_TRUE(ids.insert(i.id).second) << i.id;
    EXPECT_TRUE(i.id == i.pattern || i.id.rfind(i.pattern + ".", 0) == 0) << i.id;
    EXPECT_NE(std::find(std::begin(kPatternIds), std::end(kPatternIds), i.pattern), std::end(kPatternIds));
    EXPECT_FALSE(i.title.empty());
    EXPECT_FALSE(i.explanation.empty());
    EXPECT_FALSE(i.confidence_rule.empty());
    EXPECT_TRUE(std::is_sorted(i.evidence.days.begin(), i.evidence.days.end())) << i.id;
    for (const std::string& p : i.practices) EXPECT_TRUE(FindPractice(p)) << p;
  }
  EXPECT_TRUE(seen_strength);
  for (const NotEnoughData& w : r.not_enough_data) {
    EXPECT_NE(std::find(std::begin(kPatternIds), std::end(kPatternIds), w.pattern), std::end(kPatternIds));
  }
  EXPECT_TRUE(FindInsight(r.insights, "distance_after_sex"));
  EXPECT_TRUE(FindInsight(r.insights, "unmet_need.emotional"));
  EXPECT_EQ(FindInsight(r.insights, "unmet_need.emotional")->confidence, Confidence::kHigh);
}

TEST(Engine, SuggestionsSkipPracticesJustDoneOrSetAside) {
  InsightInput in = Busy();
  auto ids = FindInsight(ComputeInsights(in), "distance_after_sex")->practices;
  ASSERT_FALSE(ids.empty());
  PracticeEvent not_now;
  not_now.practice_id = ids.front();
  not_now.state = PracticeState::kNotNow;
  not_now.at = NoonOf(kToday - 13);
  in.practice_events.push_back(not_now);
  auto after = FindInsight(ComputeInsights(in), "distance_after_sex")->practices;
  EXPECT_EQ(std::find(after.begin(), after.end(), ids.front()), after.end());
  in.practice_events.back().at = NoonOf(kToday - 14);
  EXPECT_EQ(FindInsight(ComputeInsights(in), "distance_after_sex")->practices, ids);
}

}  // namespace
}  // namespace rapport::core
