#include "core/demo.h"

#include <gtest/gtest.h>

#include <set>

#include "core/insights.h"
#include "core/practices.h"

namespace rapport::core {
namespace {

const Date kToday = Date::FromYmd(2026, 11, 21);

// FNV-1a over everything generated, so a change on any platform or in any detail shows.
std::uint64_t Fingerprint(const DemoData& d) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    h = (h ^ 0xFF) * 1099511628211ULL;
  };
  auto num = [&](long long v) { mix(std::to_string(v)); };
  for (const DemoPartner* p : {&d.first, &d.second}) {
    mix(p->name);
    for (const Checkin& c : p->checkins) {
      num(c.day.days());
      for (const auto& m : c.moments) mix(m);
      num(c.closeness);
      for (const auto& f : c.feelings) mix(f);
      num(static_cast<int>(c.conflict));
      num(c.after_sex ? static_cast<int>(*c.after_sex) : -1);
      mix(c.note);
    }
    for (const ProfileTake& t : p->profile_takes) {
      num(t.taken_at);
      num(t.answers.instrument_version);
      for (const auto* m : {&t.answers.have, &t.answers.want, &t.answers.comfort}) {
        for (const auto& [id, v] : *m) {
          mix(id);
          num(v);
        }
      }
    }
    for (const PracticeEvent& e : p->practice_events) {
      mix(e.practice_id);
      num(static_cast<int>(e.state));
      num(e.at);
      num(e.felt_closer.value_or(-1));
    }
  }
  return h;
}

TEST(Demo, SameSeedSameDataOtherSeedOtherData) {
  const DemoData a = GenerateDemo(42, kToday);
  const DemoData b = GenerateDemo(42, kToday);
  EXPECT_EQ(a.first.checkins, b.first.checkins);
  EXPECT_EQ(a.second.checkins, b.second.checkins);
  EXPECT_EQ(a.first.profile_takes, b.first.profile_takes);
  EXPECT_EQ(a.second.practice_events, b.second.practice_events);
  EXPECT_EQ(Fingerprint(a), Fingerprint(b));
  EXPECT_NE(Fingerprint(a), Fingerprint(GenerateDemo(43, kToday)));
  EXPECT_NE(Fingerprint(a), Fingerprint(GenerateDemo(42, kToday + 1)));
}

// The generator uses only its own integer PRNG, so this value is the same on every platform
// and compiler. If you change the generator on purpose, update it (and say so in the commit).
TEST(Demo, GoldenFingerprint) { EXPECT_EQ(Fingerprint(GenerateDemo(42, kToday)), 15008386633773724223ULL); }

TEST(Demo, EverythingIsValid) {
  const DemoData d = GenerateDemo(7, kToday);
  EXPECT_EQ(d.today, kToday);
  EXPECT_NE(d.first.name, d.second.name);
  for (const DemoPartner* p : {&d.first, &d.second}) {
    EXPECT_GT(p->checkins.size(), static_cast<std::size_t>(kDemoDays * 7 / 10)) << p->name;
    EXPECT_LE(p->checkins.size(), static_cast<std::size_t>(kDemoDays));
    Date previous = kToday - kDemoDays;
    for (const Checkin& c : p->checkins) {
      EXPECT_TRUE(ValidateCheckin(c, kToday).ok()) << ValidateCheckin(c, kToday).ToString();
      EXPECT_GT(c.day, previous);  // oldest first, one per day, within the range
      previous = c.day;
    }
    ASSERT_EQ(p->profile_takes.size(), 2u);
    for (const ProfileTake& t : p->profile_takes) {
      EXPECT_TRUE(ValidateProfileAnswers(t.answers, true).ok());
    }
    const int first_ago = kToday - Date::FromUnixSeconds(p->profile_takes[0].taken_at);
    const int second_ago = kToday - Date::FromUnixSeconds(p->profile_takes[1].taken_at);
    EXPECT_NEAR(first_ago, 170, 3);
    EXPECT_NEAR(second_ago, 10, 3);
    for (const PracticeEvent& e : p->practice_events) {
      EXPECT_TRUE(FindPractice(e.practice_id)) << e.practice_id;
      EXPECT_EQ(e.felt_closer.has_value(), e.state == PracticeState::kDone);
      if (e.felt_closer) {
        EXPECT_TRUE(*e.felt_closer >= 1 && *e.felt_closer <= 5);
      }
      EXPECT_LE(Date::FromUnixSeconds(e.at), kToday);
    }
  }
}

TEST(Demo, LengthFollowsDays) {
  const DemoData d = GenerateDemo(1, kToday, 3650);
  EXPECT_GT(d.first.checkins.size(), 3000u);
  EXPECT_GE(d.first.checkins.front().day, kToday - 3649);
  EXPECT_LE(GenerateDemo(1, kToday, 0).first.checkins.size(), 1u);  // days < 1 is treated as 1
}

std::set<std::string> InsightIds(const DemoPartner& me, const DemoPartner& other, Date today) {
  InsightInput in;
  in.today = today;
  in.checkins = me.checkins;
  in.profile_history = me.profile_takes;
  in.practice_events = me.practice_events;
  in.partner = PartnerShare{ScoreProfile(other.profile_takes.back().answers), other.checkins};
  std::set<std::string> ids;
  for (const Insight& i : ComputeInsights(in)) ids.insert(i.id);
  return ids;
}

TEST(Demo, MakesTheIntendedPatternsFire) {
  for (std::uint64_t seed : {1, 2, 3, 7, 42, 2026}) {
    const DemoData d = GenerateDemo(seed, kToday);
    const auto first = InsightIds(d.first, d.second, kToday);
    const auto second = InsightIds(d.second, d.first, kToday);
    for (const char* id : {"touch_only_with_sex", "closeness_trend.up", "practices_help", "needs_differ.sexual"}) {
      EXPECT_TRUE(first.contains(id)) << "seed " << seed << ": " << id;
    }
    for (const char* id : {"distance_after_sex", "unmet_need.emotional", "steady.emotional", "needs_differ.sexual"}) {
      EXPECT_TRUE(second.contains(id)) << "seed " << seed << ": " << id;
    }
    EXPECT_FALSE(first.contains("distance_after_sex")) << seed;
    EXPECT_FALSE(second.contains("touch_only_with_sex")) << seed;
    EXPECT_FALSE(first.contains("sex_over_unresolved_fight")) << seed;
  }
}

}  // namespace
}  // namespace rapport::core
