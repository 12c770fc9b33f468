#include "core/profile.h"

#include <gtest/gtest.h>

#include <set>

#include "core/profile_test_util.h"

namespace rapport::core {
namespace {

using testing::Scale;
using testing::SetKeyed;
using testing::UniformAnswers;

TEST(ProfileInstrument, HasEnoughItemsPerKindSomeReversedAndUniqueIds) {
  const ProfileInstrument& p = TheProfileInstrument();
  EXPECT_GE(p.version, 1);
  EXPECT_EQ(FindProfileInstrument(p.version), &p);
  EXPECT_EQ(FindProfileInstrument(p.version + 1), nullptr);
  std::set<std::string_view> ids;
  for (Kind k : kAllKinds) {
    int items = 0, reversed = 0;
    for (const ProfileItem& item : p.items) {
      if (item.kind != k) continue;
      ++items;
      reversed += item.reverse;
    }
    EXPECT_GE(items, 4) << KindId(k);
    EXPECT_GE(reversed, 1) << KindId(k);
    EXPECT_LT(reversed, items) << KindId(k);
  }
  for (const ProfileItem& item : p.items) EXPECT_TRUE(ids.insert(item.id).second) << item.id;
  EXPECT_GE(p.comfort_items.size(), 6u);
  int comfort_reversed = 0;
  for (const ComfortItem& item : p.comfort_items) {
    EXPECT_TRUE(ids.insert(item.id).second) << item.id;
    comfort_reversed += item.reverse;
  }
  EXPECT_GE(comfort_reversed, 1);
  for (std::string_view label : p.scale_labels) EXPECT_FALSE(label.empty());
}

TEST(ProfileScoring, MapsOneToFiveOntoZeroToHundred) {
  for (auto [keyed, score] : {std::pair{1, 0}, {2, 25}, {3, 50}, {4, 75}, {5, 100}}) {
    ProfileScores s = ScoreProfile(UniformAnswers(keyed, keyed, keyed));
    for (const KindScore& k : s.kinds) {
      EXPECT_EQ(k.have.score, score);
      EXPECT_EQ(k.want.score, score);
      EXPECT_EQ(k.gap, 0);
    }
    EXPECT_EQ(s.comfort.score, score);
  }
}

TEST(ProfileScoring, ReverseItemsAreFlipped) {
  ProfileAnswers a = UniformAnswers(3, 3);
  // Raw answer 5 on every item: the reversed item counts as 1.
  for (const ProfileItem& item : TheProfileInstrument().items) {
    if (item.kind == Kind::kEmotional) a.have[std::string(item.id)] = 5;
  }
  // Four items keyed 5 and one keyed 1: mean 4.2 -> 80.
  EXPECT_EQ(ScoreProfile(a).For(Kind::kEmotional).have.score, 80);
}

TEST(ProfileScoring, GapIsWantMinusHave) {
  ProfileAnswers a = UniformAnswers(2, 4);
  ProfileScores s = ScoreProfile(a);
  EXPECT_EQ(s.For(Kind::kSexual).gap, 50);
  a = UniformAnswers(4, 2);
  EXPECT_EQ(ScoreProfile(a).For(Kind::kSexual).gap, -50);
}

TEST(ProfileScoring, EightyPercentRule) {
  EXPECT_EQ(MinAnsweredFor(5), 4);
  EXPECT_EQ(MinAnsweredFor(4), 4);
  EXPECT_EQ(MinAnsweredFor(8), 7);
  EXPECT_EQ(MinAnsweredFor(10), 8);
  ProfileAnswers a = UniformAnswers(3, 3);
  SetKeyed(a, Kind::kIntellectual, Scale::kHave, {3, 3, 3, 4});  // 4 of 5 = 80%
  ProfileScores s = ScoreProfile(a);
  EXPECT_EQ(s.For(Kind::kIntellectual).have.score, 56);  // mean 3.25 -> 56.25, rounded
  EXPECT_EQ(s.For(Kind::kIntellectual).have.answered, 4);
  SetKeyed(a, Kind::kIntellectual, Scale::kHave, {3, 3, 3});  // 60%
  s = ScoreProfile(a);
  EXPECT_FALSE(s.For(Kind::kIntellectual).have.scored());
  EXPECT_TRUE(s.For(Kind::kIntellectual).want.scored());
  EXPECT_FALSE(s.For(Kind::kIntellectual).gap.has_value());
  EXPECT_FALSE(s.For(Kind::kIntellectual).scored());
  // Comfort: 8 items need 7.
  a = UniformAnswers(3, 3);
  a.comfort.erase(a.comfort.begin());
  EXPECT_TRUE(ScoreProfile(a).comfort.scored());
  a.comfort.erase(a.comfort.begin());
  EXPECT_FALSE(ScoreProfile(a).comfort.scored());
}

TEST(ProfileScoring, RoundsHalfUp) {
  ProfileAnswers a = UniformAnswers(3, 3);
  SetKeyed(a, Kind::kSpiritual, Scale::kWant, {4, 4, 4, 5});  // mean 4.25 -> 81.25 -> 81
  EXPECT_EQ(ScoreProfile(a).For(Kind::kSpiritual).want.score, 81);
  SetKeyed(a, Kind::kSpiritual, Scale::kWant, {1, 1, 1, 2});  // mean 1.25 -> 6.25 -> 6
  EXPECT_EQ(ScoreProfile(a).For(Kind::kSpiritual).want.score, 6);
  SetKeyed(a, Kind::kSpiritual, Scale::kWant, {1, 2, 2, 2});  // mean 1.75 -> 18.75 -> 19
  EXPECT_EQ(ScoreProfile(a).For(Kind::kSpiritual).want.score, 19);
}

TEST(ProfileScoring, UnknownVersionScoresNothing) {
  ProfileAnswers a = UniformAnswers(3, 4);
  a.instrument_version = 99;
  ProfileScores s = ScoreProfile(a);
  EXPECT_EQ(s.instrument_version, 99);
  for (const KindScore& k : s.kinds) EXPECT_FALSE(k.scored());
  EXPECT_FALSE(s.comfort.scored());
  EXPECT_EQ(s.For(Kind::kSpiritual).kind, Kind::kSpiritual);
}

TEST(ProfileValidation, AcceptsACompleteTakeAndAPartialDraft) {
  EXPECT_TRUE(ValidateProfileAnswers(UniformAnswers(3, 4), true).ok());
  ProfileAnswers draft;
  draft.instrument_version = TheProfileInstrument().version;
  draft.have["emo_feelings"] = 2;
  EXPECT_TRUE(ValidateProfileAnswers(draft, false).ok());
  Status s = ValidateProfileAnswers(draft, true);
  EXPECT_EQ(s.code(), Code::kInvalid);
}

TEST(ProfileValidation, NamesTheFieldOfUnknownItemsAndBadValues) {
  ProfileAnswers a = UniformAnswers(3, 3);
  a.have["nope"] = 3;
  EXPECT_EQ(ValidateProfileAnswers(a, false).field(), "have");
  a = UniformAnswers(3, 3);
  a.want["com_exit"] = 3;  // a comfort item is not a have/want item
  EXPECT_EQ(ValidateProfileAnswers(a, false).field(), "want");
  a = UniformAnswers(3, 3);
  a.comfort["emo_feelings"] = 3;
  EXPECT_EQ(ValidateProfileAnswers(a, false).field(), "comfort");
  for (int bad : {0, 6, -1}) {
    a = UniformAnswers(3, 3);
    a.want["emo_feelings"] = bad;
    Status s = ValidateProfileAnswers(a, false);
    EXPECT_EQ(s.code(), Code::kInvalid);
    EXPECT_EQ(s.field(), "want");
  }
  a = UniformAnswers(3, 3);
  a.instrument_version = 0;
  EXPECT_EQ(ValidateProfileAnswers(a, false).field(), "version");
}

TEST(ProfileValidation, AFinalTakeNeedsOneScoredKindAndMaySkipTheRest) {
  ProfileAnswers a;
  a.instrument_version = TheProfileInstrument().version;
  SetKeyed(a, Kind::kEmotional, Scale::kHave, {3, 3, 3, 3});
  SetKeyed(a, Kind::kEmotional, Scale::kWant, {3, 3, 3});  // one short of 80%
  Status s = ValidateProfileAnswers(a, true);
  EXPECT_EQ(s.field(), "have");
  EXPECT_NE(s.message().find("at least 4"), std::string::npos) << s.message();
  SetKeyed(a, Kind::kEmotional, Scale::kWant, {3, 3, 3, 3});
  EXPECT_TRUE(ValidateProfileAnswers(a, true).ok());
  ProfileScores scores = ScoreProfile(a);
  EXPECT_TRUE(scores.For(Kind::kEmotional).scored());
  EXPECT_FALSE(scores.For(Kind::kSexual).scored());  // skipped: said so, not guessed
  EXPECT_FALSE(scores.comfort.scored());
}

}  // namespace
}  // namespace rapport::core
