// The intimacy profile, insights, practices and cards through the real server: the shapes the
// web app relies on, the error rules, and owner scoping.
#include <gtest/gtest.h>

#include "tests/support/fixtures.h"
#include "tests/support/server_process.h"

namespace rapport::testing {
namespace {

class CoreApiTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.ok()) << server_.Log(); }

  // A complete answer set: every item answered, have = `have`, want = `want`, comfort = 4.
  // `skip_kind` leaves one kind unanswered, and the comfort scale with it.
  std::string FullAnswers(Client& c, int have, int want, const std::string& skip_kind = "") {
    auto items = Json(c.Get("/api/v1/profile/items").body);
    boost::json::object h, w, comfort;
    for (const auto& i : items.at("items").as_array()) {
      if (i.at("kind").as_string() == skip_kind) continue;
      std::string id(i.at("id").as_string());
      bool reverse = i.at("reverse").as_bool();
      h[id] = reverse ? 6 - have : have;
      w[id] = reverse ? 6 - want : want;
    }
    if (skip_kind.empty()) {
      for (const auto& i : items.at("comfort_items").as_array()) comfort[std::string(i.at("id").as_string())] = 4;
    }
    return boost::json::serialize(boost::json::object{{"have", h}, {"want", w}, {"comfort", comfort}});
  }

  ServerProcess server_;
};

TEST_F(CoreApiTest, ProfileCanBePausedResumedCompletedAndRetaken) {
  Person p = SignUp(server_.port(), "profile@example.com");
  auto items = Json(p.client.Get("/api/v1/profile/items").body);
  const auto& list = items.at("items").as_array();
  ASSERT_GE(list.size(), 24u);
  EXPECT_GE(items.at("comfort_items").as_array().size(), 6u);
  std::string first(list[0].at("id").as_string());

  EXPECT_EQ(p.client.Get("/api/v1/profile/draft").status, 404);
  ASSERT_EQ(p.client.Put("/api/v1/profile/draft", R"({"have":{")" + first + R"(":4}})").status, 204);
  EXPECT_EQ(Json(p.client.Get("/api/v1/profile/draft").body).at("have").at(first).as_int64(), 4);

  // A take with too few answers is refused and changes nothing.
  auto partial = p.client.Post("/api/v1/profile", R"({"have":{")" + first + R"(":4}})");
  EXPECT_EQ(partial.status, 400);
  EXPECT_TRUE(Json(p.client.Get("/api/v1/profile").body).at("latest").is_null());

  auto done = p.client.Post("/api/v1/profile", FullAnswers(p.client, 2, 5));
  ASSERT_EQ(done.status, 201) << done.body;
  auto result = Json(done.body);
  ASSERT_EQ(result.at("kinds").as_array().size(), 6u);
  for (const auto& k : result.at("kinds").as_array()) {
    EXPECT_TRUE(k.at("scored").as_bool());
    EXPECT_EQ(k.at("have").as_int64(), 25);
    EXPECT_EQ(k.at("want").as_int64(), 100);
    EXPECT_EQ(k.at("gap").as_int64(), 75);
  }
  EXPECT_EQ(p.client.Get("/api/v1/profile/draft").status, 404);  // finished, so not paused

  ASSERT_EQ(p.client.Post("/api/v1/profile", FullAnswers(p.client, 4, 4)).status, 201);
  auto history = Json(p.client.Get("/api/v1/profile").body);
  ASSERT_EQ(history.at("history").as_array().size(), 2u);
  EXPECT_EQ(history.at("latest").at("kinds").as_array()[0].at("gap").as_int64(), 0);
  EXPECT_EQ(history.at("history").as_array()[0].at("kinds").as_array()[0].at("gap").as_int64(), 75);
}

TEST_F(CoreApiTest, AKindAndTheComfortScaleCanBeSkipped) {
  Person p = SignUp(server_.port(), "skip@example.com");
  auto done = p.client.Post("/api/v1/profile", FullAnswers(p.client, 3, 3, "sexual"));
  ASSERT_EQ(done.status, 201) << done.body;
  auto result = Json(done.body);
  for (const auto& k : result.at("kinds").as_array()) {
    bool sexual = k.at("kind").as_string() == "sexual";
    EXPECT_EQ(k.at("scored").as_bool(), !sexual);
    if (sexual) EXPECT_TRUE(k.at("have").is_null());
  }
  EXPECT_FALSE(result.at("comfort").at("scored").as_bool());
}

TEST_F(CoreApiTest, ProfileAnswersAreValidated) {
  Person p = SignUp(server_.port(), "validate@example.com");
  auto r = p.client.Put("/api/v1/profile/draft", R"({"have":{"no_such_item":3}})");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.ErrorField(), "have");
  std::string first(Json(p.client.Get("/api/v1/profile/items").body).at("items").as_array()[0].at("id").as_string());
  r = p.client.Put("/api/v1/profile/draft", R"({"want":{")" + first + R"(":6}})");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.ErrorField(), "want");
  r = p.client.Put("/api/v1/profile/draft", R"({"want":[1,2]})");
  EXPECT_EQ(r.ErrorField(), "want");
  EXPECT_EQ(p.client.Get("/api/v1/profile/draft").status, 404);
}

TEST_F(CoreApiTest, ProfilesAndPracticeHistoryStayWithTheirOwner) {
  Person owner = SignUp(server_.port(), "own@example.com");
  Person partner = SignUp(server_.port(), "partner@example.com");
  Pair(owner, partner);
  ASSERT_EQ(owner.client.Post("/api/v1/profile", FullAnswers(owner.client, 3, 4)).status, 201);
  ASSERT_EQ(owner.client.Put("/api/v1/profile/draft", R"({"comfort":{}})").status, 204);
  auto practices = Json(owner.client.Get("/api/v1/practices").body).at("practices").as_array();
  std::string id(practices[0].at("id").as_string());
  ASSERT_EQ(owner.client.Post("/api/v1/practices/" + id + "/done", R"({"felt_closer":5})").status, 201);

  EXPECT_TRUE(Json(partner.client.Get("/api/v1/profile").body).at("history").as_array().empty());
  EXPECT_EQ(partner.client.Get("/api/v1/profile/draft").status, 404);
  EXPECT_TRUE(Json(partner.client.Get("/api/v1/practices/" + id).body).at("history").as_array().empty());
  EXPECT_EQ(Json(owner.client.Get("/api/v1/practices/" + id).body).at("history").as_array().size(), 1u);
}

TEST_F(CoreApiTest, PracticesCanBeStartedDoneRatedAndSetAside) {
  Person p = SignUp(server_.port(), "practice@example.com");
  auto body = Json(p.client.Get("/api/v1/practices").body);
  const auto& practices = body.at("practices").as_array();
  ASSERT_GE(practices.size(), 24u);
  const auto& recommended = body.at("recommended").as_array();
  ASSERT_FALSE(recommended.empty());  // a new person has somewhere to begin
  std::string id(recommended[0].at("id").as_string());

  auto one = Json(p.client.Get("/api/v1/practices/" + id).body);
  EXPECT_FALSE(one.at("practice").at("steps").as_array().empty());
  EXPECT_EQ(p.client.Post("/api/v1/practices/" + id + "/start").status, 201);
  auto bad = p.client.Post("/api/v1/practices/" + id + "/done", R"({"felt_closer":9})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.ErrorField(), "felt_closer");
  auto done = p.client.Post("/api/v1/practices/" + id + "/done", R"({"felt_closer":4})");
  ASSERT_EQ(done.status, 201);
  EXPECT_EQ(Json(done.body).at("felt_closer").as_int64(), 4);
  auto history = Json(p.client.Get("/api/v1/practices/" + id).body).at("history").as_array();
  ASSERT_EQ(history.size(), 2u);  // started, done; the refused rating left nothing

  // Just done: not recommended again for now. "Not now" sets another aside.
  std::string other(recommended.size() > 1 ? recommended[1].at("id").as_string() : "");
  if (!other.empty()) EXPECT_EQ(p.client.Post("/api/v1/practices/" + other + "/not-now").status, 201);
  auto after = Json(p.client.Get("/api/v1/practices").body);
  for (const auto& r : after.at("recommended").as_array()) {
    EXPECT_NE(r.at("id").as_string(), id);
    EXPECT_NE(r.at("id").as_string(), other);
  }
  EXPECT_EQ(p.client.Get("/api/v1/practices/no-such-practice").status, 404);
  EXPECT_EQ(p.client.Post("/api/v1/practices/no-such-practice/start").status, 404);
}

TEST_F(CoreApiTest, InsightsWaitForDataAndSayWhatTheyNeed) {
  Person p = SignUp(server_.port(), "insights@example.com");
  auto empty = Json(p.client.Get("/api/v1/insights").body);
  EXPECT_TRUE(empty.at("insights").as_array().empty());
  EXPECT_FALSE(empty.at("not_enough_data").as_array().empty());
  EXPECT_EQ(p.client.Get("/api/v1/insights?today=1999-01-01").status, 400);
  EXPECT_EQ(p.client.Get("/api/v1/insights?today=" + DayBefore(0)).status, 200);

  // A large gap on every kind: unmet needs appear, each with its evidence and practices.
  ASSERT_EQ(p.client.Post("/api/v1/profile", FullAnswers(p.client, 1, 5)).status, 201);
  auto report = Json(p.client.Get("/api/v1/insights").body);
  int unmet = 0;
  for (const auto& i : report.at("insights").as_array()) {
    if (i.at("pattern").as_string() != "unmet_need") continue;
    ++unmet;
    EXPECT_FALSE(i.at("title").as_string().empty());
    EXPECT_FALSE(i.at("evidence").at("scores").as_object().empty());
  }
  EXPECT_GE(unmet, 1);
}

TEST_F(CoreApiTest, CardsCarryTheirSources) {
  Client anyone(server_.port());
  auto cards = Json(anyone.Get("/api/v1/cards").body).at("cards").as_array();
  ASSERT_GE(cards.size(), 8u);
  for (const auto& c : cards) EXPECT_FALSE(c.at("sources").as_array().empty()) << c.at("id").as_string();
}

}  // namespace
}  // namespace rapport::testing
