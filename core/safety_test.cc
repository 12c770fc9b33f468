#include "core/safety.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

namespace rapport::core {
namespace {

std::map<std::string, bool> AllAnswers(bool value) {
  std::map<std::string, bool> answers;
  for (const SafetyItem& item : TheSafetyContent().items) answers[std::string(item.id)] = value;
  return answers;
}

TEST(SafetyCheck, AllNoIsNegative) {
  auto r = EvaluateSafetyCheck(AllAnswers(false));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(*r);
}

TEST(SafetyCheck, AnyYesIsPositive) {
  for (const SafetyItem& item : TheSafetyContent().items) {
    auto answers = AllAnswers(false);
    answers[std::string(item.id)] = true;
    auto r = EvaluateSafetyCheck(answers);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(*r) << item.id;
  }
  auto all = EvaluateSafetyCheck(AllAnswers(true));
  ASSERT_TRUE(all.ok());
  EXPECT_TRUE(*all);
}

TEST(SafetyCheck, MissingOrUnknownAnswersAreInvalid) {
  for (const SafetyItem& item : TheSafetyContent().items) {
    auto answers = AllAnswers(true);  // even with a yes elsewhere: the form is incomplete
    answers.erase(std::string(item.id));
    auto r = EvaluateSafetyCheck(answers);
    EXPECT_EQ(r.status().code(), Code::kInvalid) << item.id;
    EXPECT_EQ(r.status().field(), "answers");
  }
  auto extra = AllAnswers(false);
  extra["something_else"] = false;
  auto r = EvaluateSafetyCheck(extra);
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  EXPECT_EQ(r.status().field(), "answers");
  EXPECT_EQ(r.status().message().find("something_else"), std::string::npos)
      << "the message echoes nothing that was sent";
  EXPECT_EQ(EvaluateSafetyCheck({}).status().code(), Code::kInvalid);
}

// ---- content ----------------------------------------------------------------------------

std::vector<std::string> EverythingInTheCheck() {
  const SafetyContent& c = TheSafetyContent();
  std::vector<std::string> all = {std::string(c.intro), std::string(c.positive_message),
                                  std::string(c.negative_message)};
  for (const SafetyItem& i : c.items) all.emplace_back(i.text);
  for (const SafetyResource& r : c.resources) {
    all.emplace_back(r.title);
    all.emplace_back(r.body);
  }
  return all;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

bool Has(std::string_view text, const char* phrase) {
  return Lower(text).find(phrase) != std::string::npos;
}

TEST(SafetyContent, AtLeastFourItemsCoveringFearControlForceAndHarm) {
  const SafetyContent& c = TheSafetyContent();
  ASSERT_GE(c.items.size(), 4u);
  std::set<std::string_view> ids;
  for (const SafetyItem& i : c.items) {
    EXPECT_TRUE(ids.insert(i.id).second) << i.id;
    EXPECT_EQ(i.text.back(), '?') << i.id << ": each item is a yes/no question";
    EXPECT_LE(i.text.size(), 160u) << i.id;
  }
  auto any_item = [&](const char* phrase) {
    for (const SafetyItem& i : c.items)
      if (Has(i.text, phrase)) return true;
    return false;
  };
  EXPECT_TRUE(any_item("afraid"));
  EXPECT_TRUE(any_item("money"));
  EXPECT_TRUE(any_item("phone"));
  EXPECT_TRUE(any_item("who you see"));
  EXPECT_TRUE(any_item("forced into sex"));
  EXPECT_TRUE(any_item("hurt"));
  EXPECT_TRUE(any_item("threatened"));
}

TEST(SafetyContent, SaysWhatItDoesAndHowToUndoIt) {
  const SafetyContent& c = TheSafetyContent();
  EXPECT_TRUE(Has(c.intro, "only for you"));
  EXPECT_TRUE(Has(c.intro, "not saved"));
  EXPECT_TRUE(Has(c.intro, "not told"));
  EXPECT_TRUE(Has(c.intro, "undo"));
  EXPECT_TRUE(Has(c.positive_message, "not alone"));
  EXPECT_TRUE(Has(c.positive_message, "stopped sharing"));
  EXPECT_TRUE(Has(c.positive_message, "comparison"));
  EXPECT_TRUE(Has(c.positive_message, "\"nothing new\""));
  EXPECT_TRUE(Has(c.positive_message, "to undo"));
  EXPECT_TRUE(Has(c.negative_message, "nothing has changed"));
  EXPECT_TRUE(Has(c.negative_message, "again"));
}

TEST(SafetyContent, ResourcesAreGenericAndIncludeLeavingSafely) {
  const SafetyContent& c = TheSafetyContent();
  ASSERT_GE(c.resources.size(), 5u);
  std::string all;
  for (const SafetyResource& r : c.resources) {
    EXPECT_FALSE(r.title.empty());
    EXPECT_GT(r.body.size(), 60u) << r.title;
    all += Lower(r.title) + "\n" + Lower(r.body) + "\n";
  }
  for (const char* needed : {"emergency number", "helpline", "someone you trust", "doctor",
                             "counsellor", "quick exit", "private browsing", "history",
                             "safety plan", "couples therapy"}) {
    EXPECT_NE(all.find(needed), std::string::npos) << needed;
  }
  // No phone numbers and no links: a wrong country's number, or a third-party address in a
  // network log, could hurt the person reading this.
  EXPECT_FALSE(std::regex_search(all, std::regex("[0-9]{3}|https?:|www\\.|\\.(org|com)\\b")));
}

TEST(SafetyContent, CalmPlainWordsWithoutBlame) {
  const std::regex banned(
      "\\b(he|she|him|his|her|hers|himself|herself|man|woman|men|women|husband|wife|boyfriend|"
      "girlfriend|normal|abnormal|disorder|diagnos\\w*|you should|you must|you need to|"
      "you always|you never|your fault|abuser|victim|why didn't you|why don't you|just leave|"
      "overreact\\w*|urgent\\w*|immediately)\\b",
      std::regex::icase);
  for (const std::string& text : EverythingInTheCheck()) {
    std::smatch m;
    EXPECT_FALSE(std::regex_search(text, m, banned)) << "\"" << m.str() << "\" in: " << text;
    EXPECT_EQ(text.find("  "), std::string::npos) << text;
    EXPECT_EQ(text.find('!'), std::string::npos) << "no alarm: " << text;
    EXPECT_FALSE(text.empty());
  }
}

}  // namespace
}  // namespace rapport::core
