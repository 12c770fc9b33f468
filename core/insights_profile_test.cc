// Profile-based insights: unmet_need, more_than_wanted, needs_differ, need_met.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/insights_test_util.h"
#include "core/practices.h"
#include "core/profile_test_util.h"

namespace rapport::core {
namespace {

using testing::FindInsight;
using testing::FindWaiting;
using testing::kToday;
using testing::NoonOf;
using testing::Scale;
using testing::SetKeyed;
using testing::UniformAnswers;

// have 3 / want 3 everywhere (score 50/50), so nothing fires unless a test changes a kind.
ProfileAnswers Neutral() { return UniformAnswers(3, 3); }

InsightInput WithTakes(std::vector<std::pair<int, ProfileAnswers>> takes_days_ago) {
  InsightInput in;
  in.today = kToday;
  for (auto& [ago, answers] : takes_days_ago) in.profile_history.push_back({NoonOf(kToday - ago), answers});
  return in;
}

// Keyed answers for 5 items summing to S score 5·(S − 5); for 4 items, 25·(S − 4)/4 rounded.
TEST(UnmetNeed, FiresAtAGapOfTwentyFive) {
  ProfileAnswers a = Neutral();
  SetKeyed(a, Kind::kEmotional, Scale::kHave, {3, 3, 3, 3, 4});  // 55
  SetKeyed(a, Kind::kEmotional, Scale::kWant, {4, 4, 4, 4, 5});  // 80
  auto insights = ComputeInsights(WithTakes({{10, a}}));
  const Insight* i = FindInsight(insights, "unmet_need.emotional");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->kind, Kind::kEmotional);
  EXPECT_EQ(i->evidence.Score("have"), 55);
  EXPECT_EQ(i->evidence.Score("want"), 80);
  EXPECT_EQ(i->evidence.Score("gap"), 25);
  EXPECT_EQ(i->evidence.days, std::vector<Date>{kToday - 10});
  EXPECT_EQ(i->confidence, Confidence::kMedium);
  ASSERT_FALSE(i->practices.empty());
  for (const std::string& id : i->practices) {
    const Practice* p = FindPractice(id);
    ASSERT_TRUE(p);
    EXPECT_NE(std::find(p->kinds.begin(), p->kinds.end(), Kind::kEmotional), p->kinds.end()) << id;
  }
}

TEST(UnmetNeed, NotAtAGapOfTwentyFour) {
  ProfileAnswers a = Neutral();
  SetKeyed(a, Kind::kEmotional, Scale::kHave, {3, 3, 3, 4});     // 56.25 -> 56
  SetKeyed(a, Kind::kEmotional, Scale::kWant, {4, 4, 4, 4, 5});  // 80
  auto insights = ComputeInsights(WithTakes({{10, a}}));
  EXPECT_FALSE(FindInsight(insights, "unmet_need.emotional"));
}

TEST(UnmetNeed, PersistentAcrossTakesFourWeeksApartIsHigh) {
  ProfileAnswers a = Neutral();
  SetKeyed(a, Kind::kAffectionate, Scale::kHave, std::vector<int>(5, 2));
  SetKeyed(a, Kind::kAffectionate, Scale::kWant, std::vector<int>(5, 4));
  auto confidence = [&](int earlier_ago) {
    auto insights = ComputeInsights(WithTakes({{earlier_ago, a}, {10, a}}));
    return FindInsight(insights, "unmet_need.affectionate")->confidence;
  };
  EXPECT_EQ(confidence(38), Confidence::kHigh);    // 28 days apart
  EXPECT_EQ(confidence(37), Confidence::kMedium);  // 27 days apart: too close to count
  auto insights = ComputeInsights(WithTakes({{100, a}, {10, a}}));
  EXPECT_NE(FindInsight(insights, "unmet_need.affectionate")->explanation.find("couples therapist"),
            std::string::npos);
  // The previous take without the gap: medium.
  EXPECT_EQ(FindInsight(ComputeInsights(WithTakes({{100, Neutral()}, {10, a}})), "unmet_need.affectionate")
                ->confidence,
            Confidence::kMedium);
}

TEST(UnmetNeed, UsesTheLatestTakeWhateverTheOrder) {
  ProfileAnswers gap = Neutral();
  SetKeyed(gap, Kind::kSpiritual, Scale::kWant, std::vector<int>(5, 5));
  EXPECT_FALSE(FindInsight(ComputeInsights(WithTakes({{5, Neutral()}, {50, gap}})), "unmet_need.spiritual"));
  EXPECT_TRUE(FindInsight(ComputeInsights(WithTakes({{50, Neutral()}, {5, gap}})), "unmet_need.spiritual"));
}

TEST(UnmetNeed, AStaleProfileIsLowConfidence) {
  ProfileAnswers a = Neutral();
  SetKeyed(a, Kind::kSpiritual, Scale::kWant, std::vector<int>(5, 5));
  EXPECT_EQ(FindInsight(ComputeInsights(WithTakes({{180, a}})), "unmet_need.spiritual")->confidence,
            Confidence::kMedium);
  EXPECT_EQ(FindInsight(ComputeInsights(WithTakes({{181, a}})), "unmet_need.spiritual")->confidence,
            Confidence::kLow);
}

TEST(UnmetNeed, AnUnscoredKindIsSkipped) {
  ProfileAnswers a = Neutral();
  SetKeyed(a, Kind::kSexual, Scale::kHave, {1, 1, 1});
  SetKeyed(a, Kind::kSexual, Scale::kWant, std::vector<int>(5, 5));
  EXPECT_FALSE(FindInsight(ComputeInsights(WithTakes({{3, a}})), "unmet_need.sexual"));
}

TEST(MoreThanWanted, FiresAtMinusTwentyFive) {
  ProfileAnswers a = Neutral();
  SetKeyed(a, Kind::kSexual, Scale::kHave, {4, 4, 4, 4, 5});  // 80
  SetKeyed(a, Kind::kSexual, Scale::kWant, {3, 3, 3, 3, 4});  // 55
  const auto insights = ComputeInsights(WithTakes({{3, a}}));
  const Insight* i = FindInsight(insights, "more_than_wanted.sexual");
  ASSERT_TRUE(i);
  EXPECT_NE(i->explanation.find("as valid as wanting more"), std::string::npos);
  SetKeyed(a, Kind::kSexual, Scale::kWant, {3, 3, 3, 4});  // 56: gap −24
  EXPECT_FALSE(FindInsight(ComputeInsights(WithTakes({{3, a}})), "more_than_wanted.sexual"));
}

PartnerShare PartnerWanting(Kind kind, std::vector<int> want_keyed) {
  ProfileAnswers theirs = Neutral();
  SetKeyed(theirs, kind, Scale::kWant, std::move(want_keyed));
  PartnerShare p;
  p.profile = ScoreProfile(theirs);
  return p;
}

TEST(NeedsDiffer, FiresAtTwentyFiveAndShowsBothLevels) {
  ProfileAnswers mine = Neutral();
  SetKeyed(mine, Kind::kSexual, Scale::kWant, {4, 4, 4, 4, 4});  // 75
  InsightInput in = WithTakes({{3, mine}});
  in.partner = PartnerWanting(Kind::kSexual, std::vector<int>(5, 3));  // 50
  auto insights = ComputeInsights(in);
  const Insight* i = FindInsight(insights, "needs_differ.sexual");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->evidence.Score("want"), 75);
  EXPECT_EQ(i->evidence.Score("partner_want"), 50);
  EXPECT_EQ(i->evidence.Score("have"), 50);
  EXPECT_EQ(i->evidence.Score("partner_have"), 50);
  EXPECT_NE(i->explanation.find("75"), std::string::npos);
  EXPECT_NE(i->explanation.find("50"), std::string::npos);
  EXPECT_NE(i->explanation.find("neither is the right amount"), std::string::npos);
  EXPECT_EQ(i->confidence, Confidence::kMedium);

  in.partner = PartnerWanting(Kind::kSexual, {3, 3, 3, 3, 4});  // 55: difference 20
  EXPECT_FALSE(FindInsight(ComputeInsights(in), "needs_differ.sexual"));
  in.partner = PartnerWanting(Kind::kSexual, {3, 3, 3, 4});  // 56: difference 19
  EXPECT_FALSE(FindInsight(ComputeInsights(in), "needs_differ.sexual"));
}

TEST(NeedsDiffer, IsSymmetricAndHighFromForty) {
  ProfileAnswers mine = Neutral();
  SetKeyed(mine, Kind::kEmotional, Scale::kWant, {2, 2, 2, 2, 2});  // 25
  InsightInput in = WithTakes({{3, mine}});
  in.partner = PartnerWanting(Kind::kEmotional, {3, 3, 3, 3, 4});  // 55: 30 apart, partner higher
  ASSERT_TRUE(FindInsight(ComputeInsights(in), "needs_differ.emotional"));
  EXPECT_EQ(FindInsight(ComputeInsights(in), "needs_differ.emotional")->confidence, Confidence::kMedium);
  in.partner = PartnerWanting(Kind::kEmotional, {4, 3, 3, 3, 4});  // 60: 35 apart
  EXPECT_EQ(FindInsight(ComputeInsights(in), "needs_differ.emotional")->confidence, Confidence::kMedium);
  mine = Neutral();
  SetKeyed(mine, Kind::kEmotional, Scale::kWant, {2, 2, 2, 2, 3});  // 30
  in = WithTakes({{3, mine}});
  in.partner = PartnerWanting(Kind::kEmotional, {4, 4, 4, 3});  // 68.75 -> 69: 39 apart
  EXPECT_EQ(FindInsight(ComputeInsights(in), "needs_differ.emotional")->confidence, Confidence::kMedium);
  in.partner = PartnerWanting(Kind::kEmotional, {4, 4, 4, 4, 3});  // 70: 40 apart
  EXPECT_EQ(FindInsight(ComputeInsights(in), "needs_differ.emotional")->confidence, Confidence::kHigh);
}

TEST(NeedsDiffer, OnlyWhenBothShared) {
  ProfileAnswers mine = Neutral();
  SetKeyed(mine, Kind::kSexual, Scale::kWant, std::vector<int>(5, 5));
  InsightInput in = WithTakes({{3, mine}});
  InsightReport r = ComputeInsightReport(in);
  EXPECT_FALSE(FindInsight(r.insights, "needs_differ.sexual"));
  EXPECT_TRUE(FindWaiting(r, "needs_differ"));
  in.partner = PartnerShare{};  // linked, but no profile shared
  EXPECT_TRUE(FindWaiting(ComputeInsightReport(in), "needs_differ"));
  // Their profile shared, mine never taken.
  InsightInput none;
  none.today = kToday;
  none.partner = PartnerWanting(Kind::kSexual, std::vector<int>(5, 1));
  r = ComputeInsightReport(none);
  EXPECT_TRUE(r.insights.empty());
  EXPECT_TRUE(FindWaiting(r, "needs_differ"));
  EXPECT_TRUE(FindWaiting(r, "unmet_need"));
}

TEST(NeedMet, HaveAtLeastFiftyAndWithinTen) {
  ProfileAnswers a = UniformAnswers(2, 2);  // 25/25 everywhere: have too low to count
  SetKeyed(a, Kind::kExperiential, Scale::kHave, std::vector<int>(5, 3));   // 50
  SetKeyed(a, Kind::kExperiential, Scale::kWant, {3, 3, 3, 4, 4});         // 60: gap 10
  auto insights = ComputeInsights(WithTakes({{3, a}}));
  const Insight* i = FindInsight(insights, "need_met.experiential");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->tone, Tone::kStrength);
  EXPECT_EQ(insights.size(), 1u);
  SetKeyed(a, Kind::kExperiential, Scale::kWant, {3, 3, 4, 4, 4});  // 65: gap 15
  EXPECT_FALSE(FindInsight(ComputeInsights(WithTakes({{3, a}})), "need_met.experiential"));
  SetKeyed(a, Kind::kExperiential, Scale::kHave, {2, 3, 3, 3, 3});  // 45
  SetKeyed(a, Kind::kExperiential, Scale::kWant, {2, 3, 3, 3, 3});
  EXPECT_FALSE(FindInsight(ComputeInsights(WithTakes({{3, a}})), "need_met.experiential"));
}

TEST(NeedMet, AtMostTwo) {
  auto insights = ComputeInsights(WithTakes({{3, UniformAnswers(4, 4)}}));
  int met = 0;
  for (const Insight& i : insights) met += i.pattern == "need_met";
  EXPECT_EQ(met, 2);
}

}  // namespace
}  // namespace rapport::core
