// The four patterns around sex, each pinned at and just past its thresholds, with the
// three-day window (day of sex and the next two) checked at its edge.
#include <gtest/gtest.h>

#include "core/insight_rules.h"
#include "core/insights_test_util.h"

namespace rapport::core {
namespace {

using testing::Diary;
using testing::FindInsight;
using testing::FindWaiting;
using testing::Has;

// ---- sex_without_closeness -------------------------------------------------------------

// 70 plain check-ins; `n` sex days 6 days apart (3, 9, 15, ... days ago); the first
// `with_sharing` of them get a shared feeling on the next day.
Diary SexDays(int n, int with_sharing) {
  Diary d;
  d.Plain(69, 0);
  for (int i = 0; i < n; ++i) {
    const int ago = 3 + 6 * i;
    d.Sex(ago);
    if (i < with_sharing) d.Moment(ago - 1, "shared_feeling");
  }
  return d;
}

TEST(SexWithoutCloseness, FiresAtSixtyPercentNotBelow) {
  EXPECT_TRUE(Has(SexDays(5, 2).Input(), "sex_without_closeness"));   // 3 of 5 = 60%
  EXPECT_FALSE(Has(SexDays(5, 3).Input(), "sex_without_closeness"));  // 2 of 5 = 40%
  EXPECT_TRUE(Has(SexDays(10, 4).Input(), "sex_without_closeness"));  // 6 of 10
  EXPECT_FALSE(Has(SexDays(10, 5).Input(), "sex_without_closeness")); // 5 of 10
}

TEST(SexWithoutCloseness, NeedsFiveSexDays) {
  InsightReport four = ComputeInsightReport(SexDays(4, 0).Input());
  EXPECT_FALSE(FindInsight(four.insights, "sex_without_closeness"));
  const NotEnoughData* waiting = FindWaiting(four, "sex_without_closeness");
  ASSERT_TRUE(waiting);
  EXPECT_NE(waiting->needs.find("not a goal"), std::string::npos) << waiting->needs;
  EXPECT_TRUE(Has(SexDays(5, 0).Input(), "sex_without_closeness"));
}

TEST(SexWithoutCloseness, SharingCountsOnTheDayAndTheNextTwoOnly) {
  auto with_sharing_at = [](int offset) {
    Diary d;
    d.Plain(69, 0);
    for (int i = 0; i < 5; ++i) d.Sex(3 + 6 * i).Moment(3 + 6 * i - offset, "felt_heard");
    return d.Input();
  };
  EXPECT_FALSE(Has(with_sharing_at(0), "sex_without_closeness"));   // same day
  EXPECT_FALSE(Has(with_sharing_at(2), "sex_without_closeness"));   // two days after
  EXPECT_TRUE(Has(with_sharing_at(3), "sex_without_closeness"));    // three days after: too late
  EXPECT_TRUE(Has(with_sharing_at(-1), "sex_without_closeness"));   // the day before: not after
}

TEST(SexWithoutCloseness, LowClosenessIsThreeOrLess) {
  Diary d = SexDays(5, 5);
  EXPECT_FALSE(Has(d.Input(), "sex_without_closeness"));
  for (int i = 0; i < 3; ++i) d.Closeness(3 + 6 * i, 4);
  EXPECT_FALSE(Has(d.Input(), "sex_without_closeness"));
  for (int i = 0; i < 3; ++i) d.Closeness(3 + 6 * i, 3);
  auto insights = ComputeInsights(d.Input());
  const Insight* i = FindInsight(insights, "sex_without_closeness");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->evidence.Count("sex_days_low_closeness"), 3);
  EXPECT_EQ(i->evidence.Count("sex_days_without_sharing"), 0);
}

TEST(SexWithoutCloseness, AFightIsNotSharing) {
  Diary d;
  d.Plain(69, 0);
  for (int i = 0; i < 5; ++i) d.Sex(3 + 6 * i).Fight(3 + 6 * i - 1, Conflict::kResolved);
  EXPECT_TRUE(Has(d.Input(), "sex_without_closeness"));
}

TEST(SexWithoutCloseness, NeedsFourteenCheckins) {
  Diary d;
  for (int i = 0; i < 5; ++i) d.Sex(3 + 6 * i);
  while (d.size() < 14) d.Day(40 + d.size());  // plain days far from the sex days
  ASSERT_EQ(d.size(), 14);
  EXPECT_TRUE(Has(d.Input(), "sex_without_closeness"));
  d.Remove(40 + 5);
  ASSERT_EQ(d.size(), 13);
  InsightReport r = ComputeInsightReport(d.Input());
  EXPECT_FALSE(FindInsight(r.insights, "sex_without_closeness"));
  ASSERT_TRUE(FindWaiting(r, "sex_without_closeness"));
  EXPECT_NE(FindWaiting(r, "sex_without_closeness")->needs.find("14 check-ins"), std::string::npos);
}

TEST(SexWithoutCloseness, OnlyTheLastNinetyDaysCount) {
  Diary d;
  d.Plain(89, 0);
  for (int i = 0; i < 5; ++i) d.Sex(95 + 6 * i);  // 95..119 days ago: outside the window
  d.Plain(130, 90);
  EXPECT_FALSE(Has(d.Input(), "sex_without_closeness"));
}

TEST(SexWithoutCloseness, ConfidenceGrowsWithDataAndPersistence) {
  auto confidence = [](const Diary& d) {
    auto insights = ComputeInsights(d.Input());
    const Insight* i = FindInsight(insights, "sex_without_closeness");
    return i ? std::optional(i->confidence) : std::nullopt;
  };
  EXPECT_EQ(confidence(SexDays(5, 0)), Confidence::kLow);
  EXPECT_EQ(confidence(SexDays(9, 0)), Confidence::kLow);
  EXPECT_EQ(confidence(SexDays(10, 0)), Confidence::kMedium);

  Diary both = SexDays(10, 0);
  both.Plain(179, 90);
  for (int i = 0; i < 4; ++i) both.Sex(92 + 6 * i);
  EXPECT_EQ(confidence(both), Confidence::kMedium);  // 4 sex days before: too few to persist
  both.Sex(92 + 6 * 4);
  auto insights = ComputeInsights(both.Input());
  const Insight* i = FindInsight(insights, "sex_without_closeness");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->confidence, Confidence::kHigh);  // held in both 90-day periods
  EXPECT_NE(i->explanation.find("couples therapist"), std::string::npos);
}

TEST(SexWithoutCloseness, PersistenceLooksAtTheWholeNinetyDaysBefore) {
  auto confidence = [](int previous_first_ago) {
    Diary d = SexDays(10, 0);
    d.Plain(179, 90);
    for (int i = 0; i < 5; ++i) d.Sex(previous_first_ago + 6 * i);
    auto insights = ComputeInsights(d.Input());
    return FindInsight(insights, "sex_without_closeness")->confidence;
  };
  EXPECT_EQ(confidence(152), Confidence::kHigh);    // 152..176 days ago: in the 90 before
  EXPECT_EQ(confidence(156), Confidence::kMedium);  // the last one 180 days ago: too old
}

TEST(SexWithoutCloseness, NoSexMeansNothingIsWaiting) {
  Diary d;
  d.Plain(60, 0);
  InsightReport r = ComputeInsightReport(d.Input());
  for (const char* p : {"sex_without_closeness", "distance_after_sex", "touch_only_with_sex",
                        "sex_over_unresolved_fight"}) {
    EXPECT_FALSE(FindWaiting(r, p)) << p;
    EXPECT_FALSE(FindInsight(r.insights, p)) << p;
  }
}

// ---- distance_after_sex ----------------------------------------------------------------

// `n` sex days 6 days apart, the first `distant` of them answered "distant", the rest "closer";
// each with sharing the next day so sex_without_closeness stays quiet.
Diary AfterSex(int n, int distant) {
  Diary d;
  d.Plain(69, 0);
  for (int i = 0; i < n; ++i) {
    const int ago = 3 + 6 * i;
    d.Sex(ago, i < distant ? AfterSex::kDistant : AfterSex::kCloser).Moment(ago - 1, "shared_feeling");
  }
  return d;
}

TEST(DistanceAfterSex, FiresAtHalfNotBelow) {
  EXPECT_TRUE(Has(AfterSex(6, 3).Input(), "distance_after_sex"));   // 50%
  EXPECT_FALSE(Has(AfterSex(6, 2).Input(), "distance_after_sex"));  // 33%
  EXPECT_TRUE(Has(AfterSex(8, 4).Input(), "distance_after_sex"));   // 50%
  EXPECT_FALSE(Has(AfterSex(8, 3).Input(), "distance_after_sex"));  // 37.5%
}

TEST(DistanceAfterSex, NeedsFiveSexDays) {
  EXPECT_FALSE(Has(AfterSex(4, 4).Input(), "distance_after_sex"));
  EXPECT_TRUE(Has(AfterSex(5, 3).Input(), "distance_after_sex"));
  EXPECT_FALSE(Has(AfterSex(5, 2).Input(), "distance_after_sex"));
}

TEST(DistanceAfterSex, EmptyCountsSameAndCloserDoNot) {
  Diary d = AfterSex(6, 0);
  for (int i = 0; i < 3; ++i) d.Day(3 + 6 * i).after_sex = AfterSex::kEmpty;
  EXPECT_TRUE(Has(d.Input(), "distance_after_sex"));
  for (int i = 0; i < 3; ++i) d.Day(3 + 6 * i).after_sex = AfterSex::kSame;
  EXPECT_FALSE(Has(d.Input(), "distance_after_sex"));
}

TEST(DistanceAfterSex, AFeelingCountsWithinTwoDaysOnly) {
  auto numb_at = [](int offset) {
    Diary d = AfterSex(6, 0);
    for (int i = 0; i < 3; ++i) d.Feeling(3 + 6 * i - offset, "numb");
    return d.Input();
  };
  EXPECT_TRUE(Has(numb_at(0), "distance_after_sex"));
  EXPECT_TRUE(Has(numb_at(2), "distance_after_sex"));
  EXPECT_FALSE(Has(numb_at(3), "distance_after_sex"));
}

TEST(DistanceAfterSex, ExplainsGentlyAndOffersATherapist) {
  auto insights = ComputeInsights(AfterSex(6, 3).Input());
  const Insight* i = FindInsight(insights, "distance_after_sex");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->tone, Tone::kPattern);
  EXPECT_NE(i->explanation.find("On 3 of the 6 days you logged sex"), std::string::npos) << i->explanation;
  EXPECT_NE(i->explanation.find("couples therapist"), std::string::npos);
  EXPECT_EQ(i->evidence.days.size(), 3u);
  EXPECT_EQ(i->evidence.Count("sex_days_followed_by_distance"), 3);
  EXPECT_FALSE(i->practices.empty());
}

// ---- touch_only_with_sex ---------------------------------------------------------------

// Sex 5, 12, 19 and 26 days ago: their windows cover 12 "near" days. `away` plain days far
// from sex (33, 34, ...). Touch on every near day.
Diary Touch(int away, int touch_away) {
  Diary d;
  for (int s : {5, 12, 19, 26}) {
    d.Sex(s);
    for (int k = 0; k < 3; ++k) d.Moment(s - k, "hug_or_kiss");
  }
  for (int i = 0; i < away; ++i) {
    d.Day(33 + i);
    if (i < touch_away) d.Moment(33 + i, "held_hands");
  }
  return d;
}

TEST(TouchOnlyWithSex, RarelyMeansAtMostOneDayInFiveAwayFromSex) {
  EXPECT_TRUE(Has(Touch(10, 2).Input(), "touch_only_with_sex"));   // 20%
  EXPECT_FALSE(Has(Touch(10, 3).Input(), "touch_only_with_sex"));  // 30%
  EXPECT_TRUE(Has(Touch(15, 3).Input(), "touch_only_with_sex"));   // 20%
  EXPECT_FALSE(Has(Touch(15, 4).Input(), "touch_only_with_sex"));  // 27%
}

TEST(TouchOnlyWithSex, MostlyMeansThreeQuartersOfTouchDays) {
  // Touch on only 6 of the 12 near days, plus `away_touch` days of touch away from sex.
  auto fixture = [](int away_touch) {
    Diary d;
    for (int s : {5, 12, 19, 26}) d.Sex(s);
    for (int s : {5, 4, 12, 11, 19, 18}) d.Moment(s, "hug_or_kiss");
    d.Plain(69, 33);
    for (int i = 0; i < away_touch; ++i) d.Moment(33 + 3 * i, "held_hands");
    return d.Input();
  };
  EXPECT_TRUE(Has(fixture(2), "touch_only_with_sex"));   // 6 of 8 = 75%
  EXPECT_FALSE(Has(fixture(3), "touch_only_with_sex"));  // 6 of 9 = 67%
}

TEST(TouchOnlyWithSex, MostlyAtSeventyFivePercentExactly) {
  // Touch on `near` of the 12 near days and on 4 of 37 days away from sex (11%).
  auto fixture = [](int near) {
    Diary d;
    for (int s : {5, 12, 19, 26}) d.Sex(s);
    int added = 0;
    for (int s : {5, 12, 19, 26})
      for (int k = 0; k < 3; ++k)
        if (added++ < near) d.Moment(s - k, "hug_or_kiss");
    d.Plain(69, 33);
    for (int ago : {35, 45, 55, 65}) d.Moment(ago, "held_hands");
    return d.Input();
  };
  EXPECT_TRUE(Has(fixture(12), "touch_only_with_sex"));   // 12 of 16 = 75%
  EXPECT_FALSE(Has(fixture(11), "touch_only_with_sex"));  // 11 of 15 = 73%
}

TEST(TouchOnlyWithSex, RarelyAtTwentyPercentExactly) {
  // Six sex days (18 near days, all with touch), `away` days away from sex, 5 with touch.
  auto fixture = [](int away) {
    Diary d;
    for (int i = 0; i < 6; ++i) {
      d.Sex(5 + 7 * i);
      for (int k = 0; k < 3; ++k) d.Moment(5 + 7 * i - k, "hug_or_kiss");
    }
    for (int i = 0; i < away; ++i) {
      d.Day(44 + i);
      if (i < 5) d.Moment(44 + i, "held_hands");
    }
    return d.Input();
  };
  EXPECT_TRUE(Has(fixture(25), "touch_only_with_sex"));   // 5 of 25 = 20%
  EXPECT_FALSE(Has(fixture(24), "touch_only_with_sex"));  // 5 of 24 = 21%
}

TEST(TouchOnlyWithSex, NeedsTenDaysAwayFromSex) {
  InsightReport nine = ComputeInsightReport(Touch(9, 0).Input());
  EXPECT_FALSE(FindInsight(nine.insights, "touch_only_with_sex"));
  ASSERT_TRUE(FindWaiting(nine, "touch_only_with_sex"));
  EXPECT_NE(FindWaiting(nine, "touch_only_with_sex")->needs.find("away from sex"), std::string::npos);
  EXPECT_TRUE(Has(Touch(10, 0).Input(), "touch_only_with_sex"));
}

TEST(TouchOnlyWithSex, NearSexMeansTheDayOfSexOrTheNextTwo) {
  auto touch_at = [](int offset) {
    Diary d;
    for (int s : {5, 12, 19, 26}) d.Sex(s).Moment(s - offset, "cuddled_no_expectation");
    d.Plain(69, 33);
    return d.Input();
  };
  EXPECT_TRUE(Has(touch_at(0), "touch_only_with_sex"));
  EXPECT_TRUE(Has(touch_at(2), "touch_only_with_sex"));
  EXPECT_FALSE(Has(touch_at(3), "touch_only_with_sex"));  // three days after: away from sex
}

TEST(TouchOnlyWithSex, NeedsFourTouchDaysAndFourSexDays) {
  Diary three_touch;
  for (int s : {5, 12, 19, 26}) three_touch.Sex(s);
  for (int s : {5, 12, 19}) three_touch.Moment(s, "hug_or_kiss");
  three_touch.Plain(69, 33);
  EXPECT_FALSE(Has(three_touch.Input(), "touch_only_with_sex"));
  three_touch.Moment(26, "hug_or_kiss");
  EXPECT_TRUE(Has(three_touch.Input(), "touch_only_with_sex"));

  Diary three_sex;
  for (int s : {5, 12, 19}) three_sex.Sex(s).Moment(s, "hug_or_kiss").Moment(s - 1, "hug_or_kiss");
  three_sex.Plain(69, 33);
  EXPECT_FALSE(Has(three_sex.Input(), "touch_only_with_sex"));
  three_sex.Sex(26).Moment(26, "hug_or_kiss");
  EXPECT_TRUE(Has(three_sex.Input(), "touch_only_with_sex"));
}

TEST(TouchOnlyWithSex, NoTouchAtAllIsNotThisPattern) {
  Diary d;
  for (int s : {5, 12, 19, 26}) d.Sex(s);
  d.Plain(69, 33);
  EXPECT_FALSE(Has(d.Input(), "touch_only_with_sex"));
}

// ---- sex_over_unresolved_fight ---------------------------------------------------------

Diary Fights(std::initializer_list<int> sex_days, int offset, Conflict state) {
  Diary d;
  d.Plain(29, 0);
  for (int s : sex_days) d.Sex(s).Fight(s - offset, state);
  return d;
}

TEST(SexOverUnresolvedFight, MoreThanOnce) {
  EXPECT_TRUE(Has(Fights({10, 20}, 0, Conflict::kUnresolved).Input(), "sex_over_unresolved_fight"));
  EXPECT_FALSE(Has(Fights({10}, 0, Conflict::kUnresolved).Input(), "sex_over_unresolved_fight"));
  EXPECT_FALSE(Has(Fights({10, 20}, 0, Conflict::kResolved).Input(), "sex_over_unresolved_fight"));
}

TEST(SexOverUnresolvedFight, StillOpenWithinTwoDaysCounts) {
  EXPECT_TRUE(Has(Fights({10, 20}, 2, Conflict::kUnresolved).Input(), "sex_over_unresolved_fight"));
  EXPECT_FALSE(Has(Fights({10, 20}, 3, Conflict::kUnresolved).Input(), "sex_over_unresolved_fight"));
  EXPECT_FALSE(Has(Fights({10, 20}, -1, Conflict::kUnresolved).Input(), "sex_over_unresolved_fight"));
}

TEST(SexOverUnresolvedFight, ConfidenceAndTherapist) {
  auto insights = ComputeInsights(Fights({10, 20}, 0, Conflict::kUnresolved).Input());
  const Insight* i = FindInsight(insights, "sex_over_unresolved_fight");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->confidence, Confidence::kLow);
  EXPECT_NE(i->explanation.find("couples therapist"), std::string::npos);
  EXPECT_EQ(i->evidence.Count("sex_days_with_unresolved_conflict"), 2);
  EXPECT_EQ(i->practices.front(), "repair_talk");
  insights = ComputeInsights(Fights({5, 10, 20}, 0, Conflict::kUnresolved).Input());
  EXPECT_EQ(FindInsight(insights, "sex_over_unresolved_fight")->confidence, Confidence::kMedium);
}

TEST(SexOverUnresolvedFight, NeedsFourteenCheckins) {
  Diary d;
  for (int s : {10, 20}) d.Sex(s).Fight(s, Conflict::kUnresolved);
  while (d.size() < 14) d.Day(30 + d.size());
  EXPECT_TRUE(Has(d.Input(), "sex_over_unresolved_fight"));
  d.Remove(30 + 2);
  EXPECT_FALSE(Has(d.Input(), "sex_over_unresolved_fight"));
}

}  // namespace
}  // namespace rapport::core
