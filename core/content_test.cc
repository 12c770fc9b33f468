// Content checks: kinds, cards and their sources, and the voice of every text a person reads
// (VOICE.md): any genders, no judgement of amounts, no diagnosis, no pressure.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/cards.h"
#include "core/demo.h"
#include "core/insights.h"
#include "core/kind_info.h"
#include "core/practices.h"
#include "core/profile.h"

namespace rapport::core {
namespace {

std::string SourcesMd() {
  std::string root;
  if (const char* dir = std::getenv("RAPPORT_SOURCE_DIR")) {
    root = dir;
  } else {
    root = __FILE__;
    root = root.substr(0, root.rfind('/'));  // .../core
    root = root.substr(0, root.rfind('/'));  // repository root
  }
  std::ifstream in(root + "/content/SOURCES.md");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Kinds, EachHasALabelPhraseDescriptionAndExamples) {
  std::set<std::string_view> phrases;
  for (Kind k : kAllKinds) {
    const KindInfo& info = DescribeKind(k);
    EXPECT_EQ(info.kind, k);
    EXPECT_FALSE(info.label.empty());
    EXPECT_TRUE(phrases.insert(info.phrase).second);
    EXPECT_GT(info.description.size(), 40u) << KindId(k);
    EXPECT_GE(info.examples.size(), 3u) << KindId(k);
  }
  EXPECT_NE(DescribeKind(Kind::kSexual).description.find("little or none"), std::string_view::npos);
}

TEST(Cards, AtLeastEightEachWithSourcesListedInSourcesMd) {
  const std::string sources = SourcesMd();
  ASSERT_FALSE(sources.empty()) << "content/SOURCES.md not found";
  const auto& cards = AllCards();
  EXPECT_GE(cards.size(), 8u);
  std::set<std::string_view> ids;
  for (const Card& c : cards) {
    EXPECT_TRUE(ids.insert(c.id).second) << c.id;
    EXPECT_EQ(FindCard(c.id), &c);
    EXPECT_FALSE(c.title.empty());
    EXPECT_FALSE(c.body.empty());
    ASSERT_FALSE(c.sources.empty()) << c.id;
    for (const CardSource& s : c.sources) {
      EXPECT_FALSE(s.strength.empty()) << c.id;
      EXPECT_NE(sources.find("**" + std::string(s.citation) + "**"), std::string::npos)
          << s.citation << " is missing from content/SOURCES.md";
    }
  }
  EXPECT_EQ(FindCard("nope"), nullptr);
}

TEST(Cards, IncludeTheRequiredFacts) {
  auto cites = [](const char* card, const char* citation) {
    const Card* c = FindCard(card);
    if (!c) return false;
    for (const CardSource& s : c->sources)
      if (std::string_view(s.citation).find(citation) != std::string_view::npos) return true;
    return false;
  };
  EXPECT_TRUE(cites("more_is_not_always_better", "Muise"));
  EXPECT_TRUE(cites("afterglow", "Meltzer"));
  EXPECT_TRUE(cites("touch_in_daily_life", "Debrot"));
  EXPECT_TRUE(cites("hugs_and_colds", "Cohen"));
  EXPECT_TRUE(cites("touch_from_the_start", "Vickers"));
  const Card* massage = FindCard("touch_from_the_start");
  EXPECT_NE(std::string_view(massage->body).find("5 grams"), std::string_view::npos);
  EXPECT_NE(std::string_view(massage->body).find("weaknesses"), std::string_view::npos);
}

TEST(Cards, CorrelationalFindingsAreWordedAsAssociations) {
  const std::regex association("went with|tended to|link|associat");
  const std::regex causal("\\b(causes?|proves?|makes you)\\b", std::regex::icase);
  for (const Card& c : AllCards()) {
    std::string body(c.body);
    EXPECT_FALSE(std::regex_search(body, causal)) << c.id;
    bool correlational = false;
    for (const CardSource& s : c.sources) correlational |= s.design == StudyDesign::kCorrelational;
    if (correlational) {
      EXPECT_TRUE(std::regex_search(body, association)) << c.id;
    }
  }
  EXPECT_EQ(StudyDesignId(StudyDesign::kReview), "review");
}

// ---- voice -------------------------------------------------------------------------------

struct Text {
  std::string where;
  std::string text;
};

std::vector<Text> EverythingAPersonReads() {
  std::vector<Text> all;
  auto add = [&](std::string where, std::string_view text) { all.push_back({std::move(where), std::string(text)}); };
  for (const KindInfo& k : AllKindInfo()) {
    add("kind", k.description);
    for (auto e : k.examples) add("kind example", e);
  }
  const ProfileInstrument& p = TheProfileInstrument();
  for (const ProfileItem& i : p.items) add("item " + std::string(i.id), i.text);
  for (const ComfortItem& i : p.comfort_items) add("comfort " + std::string(i.id), i.text);
  for (const Practice& pr : PracticeLibrary()) {
    const std::string id(pr.id);
    add(id, pr.title);
    add(id, pr.why);
    add(id, pr.not_when);
    for (auto s : pr.steps) add(id, s);
  }
  for (const Card& c : AllCards()) {
    add("card " + std::string(c.id), c.title);
    add("card " + std::string(c.id), c.body);
    for (const CardSource& s : c.sources) add("card source", s.strength);
  }
  // Insight texts from the demo couple, every way round, and a busy fixture's waiting notes.
  const Date today = Date::FromYmd(2026, 11, 21);
  for (std::uint64_t seed : {1, 2, 3}) {
    DemoData demo = GenerateDemo(seed, today);
    for (auto [me, other] : {std::pair{&demo.first, &demo.second}, {&demo.second, &demo.first}}) {
      InsightInput in;
      in.today = today;
      in.checkins = me->checkins;
      in.profile_history = me->profile_takes;
      in.practice_events = me->practice_events;
      in.partner = PartnerShare{ScoreProfile(other->profile_takes.back().answers), other->checkins};
      InsightReport r = ComputeInsightReport(in);
      for (const Insight& i : r.insights) {
        add(i.id, i.title);
        add(i.id, i.explanation);
        add(i.id, i.confidence_rule);
      }
      for (const NotEnoughData& w : r.not_enough_data) add("waiting " + w.pattern, w.needs);
      ProfileScores latest = ScoreProfile(LatestTake(in.profile_history)->answers);
      for (const Recommendation& rec : RecommendPractices(r.insights, &latest, in.practice_events, today)) {
        add("reason", rec.reason);
      }
    }
  }
  InsightInput empty;
  empty.today = today;
  for (const NotEnoughData& w : InsightsWaitingForData(empty)) add("waiting " + w.pattern, w.needs);
  return all;
}

TEST(Voice, AnyGendersNoJudgementNoDiagnosisNoPressure) {
  const std::regex banned(
      "\\b(he|she|him|his|her|hers|himself|herself|man|woman|men|women|husband|wife|boyfriend|"
      "girlfriend|normal|abnormal|disorder|avoidant|diagnos\\w*|dysfunction\\w*|frigid|streak\\w*|"
      "you should|you must|you need to|you always|you never|you avoid|your fault|"
      "times a (week|month|day)|per (week|month)|every day for sex|more sex)\\b",
      std::regex::icase);
  const std::regex once_a_week("once a week", std::regex::icase);
  const auto texts = EverythingAPersonReads();
  EXPECT_GT(texts.size(), 300u);
  for (const Text& t : texts) {
    std::smatch m;
    EXPECT_FALSE(std::regex_search(t.text, m, banned)) << t.where << ": \"" << m.str() << "\" in: " << t.text;
    if (t.where != "card more_is_not_always_better") {
      EXPECT_FALSE(std::regex_search(t.text, once_a_week)) << t.where << ": " << t.text;
    }
    EXPECT_EQ(t.text.find("  "), std::string::npos) << t.where << ": double space in: " << t.text;
  }
}

TEST(Voice, ItemsAreShortPlainStatements) {
  for (const ProfileItem& i : TheProfileInstrument().items) {
    EXPECT_LE(i.text.size(), 90u) << i.id;
    EXPECT_EQ(i.text.back(), '.') << i.id;
  }
  for (const ComfortItem& i : TheProfileInstrument().comfort_items) {
    EXPECT_LE(i.text.size(), 90u) << i.id;
  }
}

}  // namespace
}  // namespace rapport::core
