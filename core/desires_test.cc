#include "core/desires.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <string>

namespace rapport::core {
namespace {

using Records = std::vector<DesireAnswerRecord>;

constexpr DesireAnswer kYes = DesireAnswer::kYes, kMaybe = DesireAnswer::kMaybe,
                       kNotNow = DesireAnswer::kNotNow, kNo = DesireAnswer::kNo;

std::string IdAt(std::size_t i) { return std::string(DesireCatalogue().at(i).id); }

// ---- answers and fresh looks ------------------------------------------------------------

TEST(DesireAnswers, IdsRoundTrip) {
  EXPECT_EQ(DesireAnswerId(kYes), "yes");
  EXPECT_EQ(DesireAnswerId(kMaybe), "maybe");
  EXPECT_EQ(DesireAnswerId(kNotNow), "not_now");
  EXPECT_EQ(DesireAnswerId(kNo), "no");
  for (DesireAnswer a : {kYes, kMaybe, kNotNow, kNo}) EXPECT_EQ(DesireAnswerFromId(DesireAnswerId(a)), a);
  for (const char* bad : {"", "Yes", "not now", "notnow", "none", "skip"}) {
    EXPECT_FALSE(DesireAnswerFromId(bad)) << bad;
  }
}

TEST(DesireAnswers, FreshLookAfterNinetyDaysExactly) {
  const DesireAnswerRecord r{"x", kNo, 1'000'000};
  EXPECT_FALSE(OffersFreshLook(r, r.answered_at));
  EXPECT_FALSE(OffersFreshLook(r, r.answered_at + kFreshLookAfter - 1));
  EXPECT_TRUE(OffersFreshLook(r, r.answered_at + kFreshLookAfter));
  EXPECT_TRUE(OffersFreshLook(r, r.answered_at + 10 * kFreshLookAfter));
  EXPECT_FALSE(OffersFreshLook(r, r.answered_at - 5));  // a clock behind the answer
  EXPECT_EQ(kFreshLookAfter, 90 * 86400);
}

TEST(DesireCatalogue, FindsEveryIdeaAndNothingElse) {
  for (const DesireIdea& idea : DesireCatalogue()) EXPECT_EQ(FindDesireIdea(idea.id), &idea);
  EXPECT_EQ(FindDesireIdea(""), nullptr);
  EXPECT_EQ(FindDesireIdea("no_such_idea"), nullptr);
  EXPECT_EQ(FindDesireIdea(std::string(DesireCatalogue().front().id) + " "), nullptr);
}

// ---- matching ---------------------------------------------------------------------------

TEST(MatchDesires, OnlyYesOrMaybeOnBothSidesMatches) {
  const std::map<std::pair<DesireAnswer, DesireAnswer>, bool> expected = {
      {{kYes, kYes}, true},      {{kYes, kMaybe}, true},     {{kMaybe, kMaybe}, true},
      {{kYes, kNotNow}, false},  {{kYes, kNo}, false},       {{kMaybe, kNotNow}, false},
      {{kMaybe, kNo}, false},    {{kNotNow, kNotNow}, false}, {{kNo, kNo}, false},
      {{kNotNow, kNo}, false}};
  for (const auto& [pair, match] : expected) {
    for (bool flip : {false, true}) {
      const DesireAnswer mine = flip ? pair.second : pair.first;
      const DesireAnswer theirs = flip ? pair.first : pair.second;
      auto result = MatchDesires({{IdAt(3), mine, 10}}, std::nullopt, {{IdAt(3), theirs, 10}},
                                 std::nullopt);
      EXPECT_EQ(result, match ? std::vector<std::string>{IdAt(3)} : std::vector<std::string>{})
          << DesireAnswerId(mine) << "/" << DesireAnswerId(theirs);
    }
  }
  EXPECT_TRUE(MatchDesires({{IdAt(3), kYes, 1}}, std::nullopt, {}, std::nullopt).empty());
  EXPECT_TRUE(MatchDesires({}, std::nullopt, {}, std::nullopt).empty());
}

TEST(MatchDesires, ResultIsInCatalogueOrderWhateverTheInputOrder) {
  const std::size_t n = DesireCatalogue().size();
  Records mine, theirs;
  for (std::size_t i : {n - 1, std::size_t{0}, n / 2, std::size_t{7}}) mine.push_back({IdAt(i), kYes, 1});
  for (std::size_t i : {std::size_t{7}, n / 2, n - 1, std::size_t{0}}) theirs.push_back({IdAt(i), kMaybe, 1});
  EXPECT_EQ(MatchDesires(mine, std::nullopt, theirs, std::nullopt),
            (std::vector<std::string>{IdAt(0), IdAt(7), IdAt(n / 2), IdAt(n - 1)}));
}

TEST(MatchDesires, UnknownIdsAreIgnored) {
  Records mine = {{"not_an_idea", kYes, 1}, {IdAt(2), kYes, 1}, {"", kYes, 1}};
  Records theirs = {{"not_an_idea", kYes, 1}, {IdAt(2), kMaybe, 1}, {"", kYes, 1}};
  EXPECT_EQ(MatchDesires(mine, std::nullopt, theirs, std::nullopt), std::vector<std::string>{IdAt(2)});
}

TEST(MatchDesires, AnswersGivenAfterACutoffDoNotCount) {
  const Records mine = {{IdAt(0), kYes, 100}, {IdAt(1), kYes, 200}, {IdAt(2), kYes, 300}};
  const Records theirs = {{IdAt(0), kYes, 150}, {IdAt(1), kMaybe, 150}, {IdAt(2), kYes, 150}};
  const std::vector<std::string> all = {IdAt(0), IdAt(1), IdAt(2)};
  EXPECT_EQ(MatchDesires(mine, std::nullopt, theirs, std::nullopt), all);
  EXPECT_EQ(MatchDesires(mine, 200, theirs, std::nullopt),  // at the cutoff still counts
            (std::vector<std::string>{IdAt(0), IdAt(1)}));
  EXPECT_EQ(MatchDesires(mine, 199, theirs, std::nullopt), std::vector<std::string>{IdAt(0)});
  EXPECT_EQ(MatchDesires(mine, std::nullopt, theirs, 149), std::vector<std::string>{});
  EXPECT_EQ(MatchDesires(mine, std::nullopt, theirs, 150), all);
  // The other side's cutoff is applied to the other side's answers only.
  EXPECT_EQ(MatchDesires(theirs, 150, mine, std::nullopt), all);
  EXPECT_EQ(MatchDesires(mine, 99, theirs, 10'000), std::vector<std::string>{});
}

TEST(MatchDesires, AChangedAnswerAfterTheCutoffHidesTheOldOneToo) {
  // Only the latest answer is kept, so a change after the cutoff leaves nothing to show:
  // the idea simply stops matching, like any "no".
  const Records mine = {{IdAt(4), kYes, 500}};
  const Records theirs = {{IdAt(4), kYes, 50}};
  EXPECT_TRUE(MatchDesires(mine, 400, theirs, std::nullopt).empty());
}

// Random answers for a random subset of the catalogue (and a few unknown ids).
Records RandomAnswers(std::mt19937& rng) {
  Records out;
  std::uniform_int_distribution<int> pick(0, 4);
  std::uniform_int_distribution<UnixSeconds> when(0, 1000);
  for (const DesireIdea& idea : DesireCatalogue()) {
    const int p = pick(rng);
    if (p == 4) continue;  // not answered
    out.push_back({std::string(idea.id), static_cast<DesireAnswer>(p), when(rng)});
  }
  if (pick(rng) == 0) out.push_back({"retired_idea", kYes, when(rng)});
  std::shuffle(out.begin(), out.end(), rng);
  return out;
}

std::optional<UnixSeconds> RandomCutoff(std::mt19937& rng) {
  std::uniform_int_distribution<int> pick(0, 2);
  if (pick(rng) == 0) return std::nullopt;
  return std::uniform_int_distribution<UnixSeconds>(0, 1000)(rng);
}

TEST(MatchDesires, IsSymmetric) {
  std::mt19937 rng(20240601);
  for (int round = 0; round < 300; ++round) {
    const Records a = RandomAnswers(rng), b = RandomAnswers(rng);
    const auto ca = RandomCutoff(rng), cb = RandomCutoff(rng);
    EXPECT_EQ(MatchDesires(a, ca, b, cb), MatchDesires(b, cb, a, ca)) << "round " << round;
  }
}

Records WithTheirAnswer(Records theirs, const std::string& id, std::optional<DesireAnswer> a,
                        UnixSeconds at) {
  std::erase_if(theirs, [&](const DesireAnswerRecord& r) { return r.idea_id == id; });
  if (a) theirs.push_back({id, *a, at});
  return theirs;
}

// The leak property: a "no", a "not now" and no answer at all are indistinguishable from
// the result, whatever "mine" is, for every idea. So matching reveals nothing but agreement.
TEST(MatchDesires, NoNotNowAndUnansweredLookTheSame) {
  std::mt19937 rng(7);
  std::vector<Records> mines = {{}, RandomAnswers(rng), RandomAnswers(rng)};
  Records all_yes;
  for (const DesireIdea& idea : DesireCatalogue()) all_yes.push_back({std::string(idea.id), kYes, 10});
  mines.push_back(all_yes);
  for (const Records& mine : mines) {
    const Records base = RandomAnswers(rng);
    for (const DesireIdea& idea : DesireCatalogue()) {
      const std::string id(idea.id);
      const auto absent = MatchDesires(mine, std::nullopt, WithTheirAnswer(base, id, std::nullopt, 0),
                                       std::nullopt);
      for (DesireAnswer closed : {kNo, kNotNow}) {
        for (UnixSeconds at : {UnixSeconds{5}, UnixSeconds{900}}) {
          EXPECT_EQ(MatchDesires(mine, std::nullopt, WithTheirAnswer(base, id, closed, at), std::nullopt),
                    absent)
              << id << " " << DesireAnswerId(closed);
          // ... and the same from the other side of the call.
          EXPECT_EQ(MatchDesires(WithTheirAnswer(base, id, closed, at), std::nullopt, mine, std::nullopt),
                    absent);
        }
      }
      // An answer given after the other side's cutoff also looks like no answer.
      EXPECT_EQ(MatchDesires(mine, std::nullopt, WithTheirAnswer(base, id, kYes, 2000), 1000),
                MatchDesires(mine, std::nullopt, WithTheirAnswer(base, id, std::nullopt, 0), 1000));
    }
  }
}

TEST(MatchDesires, OnlyAgreementIsReturned) {
  std::mt19937 rng(99);
  for (int round = 0; round < 200; ++round) {
    const Records a = RandomAnswers(rng), b = RandomAnswers(rng);
    std::map<std::string, DesireAnswer> ma, mb;
    for (const auto& r : a) ma[r.idea_id] = r.answer;
    for (const auto& r : b) mb[r.idea_id] = r.answer;
    std::vector<std::string> expected;
    for (const DesireIdea& idea : DesireCatalogue()) {
      const std::string id(idea.id);
      auto open = [&](const std::map<std::string, DesireAnswer>& m) {
        auto it = m.find(id);
        return it != m.end() && (it->second == kYes || it->second == kMaybe);
      };
      if (open(ma) && open(mb)) expected.push_back(id);
    }
    EXPECT_EQ(MatchDesires(a, std::nullopt, b, std::nullopt), expected);
  }
}

// ---- content ----------------------------------------------------------------------------

// The voice rules of VOICE.md that a machine can check (the same list as content_test.cc).
const std::regex& Banned() {
  static const std::regex banned(
      "\\b(he|she|him|his|her|hers|himself|herself|man|woman|men|women|husband|wife|boyfriend|"
      "girlfriend|normal|abnormal|disorder|avoidant|diagnos\\w*|dysfunction\\w*|frigid|streak\\w*|"
      "you should|you must|you need to|you always|you never|you avoid|your fault|"
      "times a (week|month|day)|per (week|month)|every day for sex|more sex|once a week|often enough)\\b",
      std::regex::icase);
  return banned;
}

int Sentences(std::string_view text) {
  int n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') &&
        (i + 1 == text.size() || text[i + 1] == ' ')) {
      ++n;
    }
  }
  return n;
}

TEST(DesireCatalogue, SixtyIdeasAcrossEveryKindWithStableIds) {
  const auto& ideas = DesireCatalogue();
  EXPECT_GE(ideas.size(), 60u);
  std::set<std::string_view> ids, titles;
  std::map<Kind, int> per_kind;
  for (const DesireIdea& idea : ideas) {
    EXPECT_TRUE(ids.insert(idea.id).second) << "duplicate id " << idea.id;
    EXPECT_TRUE(titles.insert(idea.title).second) << "duplicate title " << idea.title;
    EXPECT_FALSE(idea.id.empty());
    for (char c : idea.id) {
      EXPECT_TRUE(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_')
          << idea.id;
    }
    ++per_kind[idea.kind];
  }
  for (Kind k : kAllKinds) EXPECT_GE(per_kind[k], 8) << KindId(k);
  // Grouped by kind, in the order of kAllKinds: the order people see.
  for (std::size_t i = 1; i < ideas.size(); ++i) {
    EXPECT_LE(KindIndex(ideas[i - 1].kind), KindIndex(ideas[i].kind)) << ideas[i].id;
  }
}

TEST(DesireCatalogue, ShortTitlesAndOneOrTwoPlainSentences) {
  for (const DesireIdea& idea : DesireCatalogue()) {
    EXPECT_GE(idea.title.size(), 5u) << idea.id;
    EXPECT_LE(idea.title.size(), 45u) << idea.id;
    EXPECT_NE(idea.title.back(), '.') << idea.id;
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(idea.title.front()))) << idea.id;
    EXPECT_GE(idea.description.size(), 30u) << idea.id;
    EXPECT_LE(idea.description.size(), 200u) << idea.id;
    EXPECT_EQ(idea.description.back(), '.') << idea.id;
    const int n = Sentences(idea.description);
    EXPECT_TRUE(n == 1 || n == 2) << idea.id << " has " << n << " sentences";
    for (std::string_view text : {idea.title, idea.description}) {
      const std::string s(text);
      std::smatch m;
      EXPECT_FALSE(std::regex_search(s, m, Banned())) << idea.id << ": \"" << m.str() << "\"";
      EXPECT_EQ(s.find("  "), std::string::npos) << idea.id;
      EXPECT_EQ(s.find('!'), std::string::npos) << idea.id << ": no exclamations";
    }
  }
}

TEST(DesireCatalogue, SexualIdeasAreTastefulAndIncludeTalkingAndGentleOptions) {
  const std::regex graphic(
      "\\b(penis|vagina\\w*|genital\\w*|orgasm\\w*|anal|oral|penetrat\\w*|nude|naked|porn\\w*|"
      "kink\\w*|bdsm|fuck\\w*|cock|pussy|dick|breasts?|nipples?|spank\\w*|tie|tied|rough)\\b",
      std::regex::icase);
  int talks = 0, gentle = 0;
  for (const DesireIdea& idea : DesireCatalogue()) {
    if (idea.kind != Kind::kSexual) continue;
    const std::string text = std::string(idea.title) + " " + std::string(idea.description);
    std::smatch m;
    EXPECT_FALSE(std::regex_search(text, m, graphic)) << idea.id << ": \"" << m.str() << "\"";
    if (std::regex_search(text, std::regex("\\b(talk|tell|say)\\b", std::regex::icase))) ++talks;
    if (idea.id == "sx_without_intercourse" || idea.id == "sx_slow_kissing" ||
        idea.id == "sx_sensual_massage") {
      ++gentle;
    }
  }
  EXPECT_GE(talks, 3) << "ideas that are about talking, not doing";
  EXPECT_EQ(gentle, 3) << "the gentle, non-penetrative ideas are still there";
}

TEST(DesireCatalogue, AffectionateIdeasStayNonSexual) {
  const std::regex sexual("\\b(sex\\w*|sensual|arous\\w*|erotic|foreplay|undress\\w*)\\b",
                          std::regex::icase);
  for (const DesireIdea& idea : DesireCatalogue()) {
    if (idea.kind != Kind::kAffectionate) continue;
    const std::string text = std::string(idea.title) + " " + std::string(idea.description);
    EXPECT_FALSE(std::regex_search(text, sexual)) << idea.id;
  }
}

}  // namespace
}  // namespace rapport::core
