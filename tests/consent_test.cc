// Consent between partners through the real server: grants take effect on the next request,
// "paused" and a positive safety check read exactly like "nothing new", every read lands in
// the owner's access log, desire matching leaks nothing but agreement, and a read that was not
// granted answers exactly like a thing that does not exist.
#include <gtest/gtest.h>

#include <thread>

#include "tests/support/fixtures.h"
#include "tests/support/server_process.h"

namespace rapport::testing {
namespace {

const char* kCategories[] = {"profile", "closeness", "moments", "insights"};

class ConsentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server_.ok()) << server_.Log();
    a_ = std::make_unique<Person>(SignUp(server_.port(), "a@example.com"));
    b_ = std::make_unique<Person>(SignUp(server_.port(), "b@example.com"));
    Pair(*a_, *b_);
  }

  void Grant(Person& p, const std::string& category, bool granted) {
    auto r = p.client.Put("/api/v1/sharing/grants/" + category, std::string(R"({"granted":)") + (granted ? "true" : "false") + "}");
    ASSERT_EQ(r.status, 200) << r.body;
  }
  void GrantAll(Person& p) {
    for (const char* c : kCategories) Grant(p, c, true);
  }
  // A full profile take with every answer = v.
  void TakeProfile(Person& p, int have, int want) {
    auto items = Json(p.client.Get("/api/v1/profile/items").body);
    boost::json::object h, w;
    for (const auto& i : items.at("items").as_array()) {
      h[std::string(i.at("id").as_string())] = have;
      w[std::string(i.at("id").as_string())] = want;
    }
    auto r = p.client.Post("/api/v1/profile", boost::json::serialize(boost::json::object{{"have", h}, {"want", w}}));
    ASSERT_EQ(r.status, 201) << r.body;
  }
  std::string View(Person& p) { return p.client.Get("/api/v1/partner/view").body; }
  // The view as the partner sees it on `day` (their local date; within a day of UTC).
  std::string ViewOn(Person& p, const std::string& day) { return p.client.Get("/api/v1/partner/view?today=" + day).body; }
  std::size_t LogSize(Person& p) { return Json(p.client.Get("/api/v1/sharing/access-log").body).at("entries").as_array().size(); }

  ServerProcess server_;
  std::unique_ptr<Person> a_, b_;
};

TEST_F(ConsentTest, EverythingIsPrivateByDefault) {
  ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + DayBefore(1), CheckinBody(5)).status, 201);
  auto sharing = Json(a_->client.Get("/api/v1/sharing").body);
  for (const char* c : kCategories) EXPECT_FALSE(sharing.at("grants").at(c).as_bool()) << c;
  auto view = Json(View(*b_));
  for (const char* c : kCategories) EXPECT_FALSE(view.at(c).at("shared").as_bool()) << c;
  EXPECT_TRUE(view.at("notes").as_array().empty());
  EXPECT_EQ(b_->client.Get("/api/v1/partner/checkins/" + DayBefore(1)).status, 404);
}

TEST_F(ConsentTest, GrantsAndRevocationsTakeEffectOnTheNextRequest) {
  const std::string day = DayBefore(1), path = "/api/v1/partner/checkins/" + day;
  ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + day, CheckinBody(6)).status, 201);
  auto missing = b_->client.Get("/api/v1/partner/checkins/" + DayBefore(9));
  auto before = b_->client.Get(path);
  EXPECT_EQ(before.status, 404);
  EXPECT_EQ(before.body, missing.body);

  Grant(*a_, "closeness", true);
  auto granted = b_->client.Get(path);
  ASSERT_EQ(granted.status, 200) << granted.body;
  EXPECT_EQ(Json(granted.body).at("closeness").as_int64(), 6);
  EXPECT_FALSE(Json(granted.body).as_object().contains("moments"));
  EXPECT_EQ(Json(View(*b_)).at("closeness").at("days").as_array().size(), 1u);

  Grant(*a_, "closeness", false);
  auto replay = b_->client.Get(path);  // the very request that worked a moment ago
  EXPECT_EQ(replay.status, 404);
  EXPECT_EQ(replay.body, missing.body);
  EXPECT_FALSE(Json(View(*b_)).at("closeness").at("shared").as_bool());
}

TEST_F(ConsentTest, NotesAreSharedOneCheckinAtATime) {
  ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + DayBefore(2), CheckinBody(4, R"(,"share_note":true)")).status, 201);
  ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + DayBefore(1), CheckinBody(4)).status, 201);
  auto view = Json(View(*b_));
  ASSERT_EQ(view.at("notes").as_array().size(), 1u);
  EXPECT_EQ(view.at("notes").as_array()[0].at("day").as_string(), DayBefore(2));
  auto day = b_->client.Get("/api/v1/partner/checkins/" + DayBefore(2));
  ASSERT_EQ(day.status, 200);
  EXPECT_EQ(Json(day.body).at("note").as_string(), "a quiet evening");
  EXPECT_FALSE(Json(day.body).as_object().contains("closeness"));
  EXPECT_EQ(b_->client.Get("/api/v1/partner/checkins/" + DayBefore(1)).status, 404);
}

// Pausing, and a positive safety check, must look to the partner exactly like nothing new
// happened: same status, byte-identical bodies, while the owner goes on writing.
TEST_F(ConsentTest, PausedAndSafetyLookExactlyLikeNothingNew) {
  GrantAll(*a_);
  ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + DayBefore(3), CheckinBody(5, R"(,"share_note":true)")).status, 201);
  // On the edge of the 90-day window: in it today, out of it tomorrow. A hold must not freeze
  // the window, or tomorrow's view would give the hold away.
  ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + DayBefore(89), CheckinBody(3)).status, 201);
  TakeProfile(*a_, 3, 4);
  TakeProfile(*b_, 3, 3);
  const std::string tomorrow = DayBefore(-1);
  const std::string day_path = "/api/v1/partner/checkins/" + DayBefore(3);
  const std::string new_day_path = "/api/v1/partner/checkins/" + DayBefore(1);

  for (const std::string hold : {"pause", "safety"}) {
    std::string view_before = View(*b_);
    std::string tomorrow_before = ViewOn(*b_, tomorrow);
    ASSERT_NE(view_before, tomorrow_before);
    auto day_before = b_->client.Get(day_path);
    auto new_day_before = b_->client.Get(new_day_path);
    ASSERT_EQ(day_before.status, 200);
    ASSERT_EQ(new_day_before.status, 404);
    if (hold == "pause") {
      ASSERT_EQ(a_->client.Put("/api/v1/sharing/pause", R"({"paused":true})").status, 200);
    } else {
      auto safety = Json(a_->client.Get("/api/v1/safety").body);
      boost::json::object answers;
      for (const auto& item : safety.at("items").as_array()) answers[std::string(item.at("id").as_string())] = false;
      answers.begin()->value() = true;
      auto checked = a_->client.Post("/api/v1/safety/check", boost::json::serialize(boost::json::object{{"answers", answers}}));
      ASSERT_EQ(checked.status, 200) << checked.body;
      EXPECT_TRUE(Json(checked.body).at("positive").as_bool());
      EXPECT_FALSE(Json(checked.body).at("resources").as_array().empty());
    }
    // Holds are kept to the second: what is written in the second of the hold still counts
    // as before it. The owner then keeps living their life: new check-ins, a new take.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + DayBefore(1), CheckinBody(2, R"(,"share_note":true)")).status, 201);
    TakeProfile(*a_, 1, 5);
    EXPECT_EQ(View(*b_), view_before) << hold;
    EXPECT_EQ(ViewOn(*b_, tomorrow), tomorrow_before) << hold;
    auto day_after = b_->client.Get(day_path);
    EXPECT_EQ(day_after.status, day_before.status) << hold;
    EXPECT_EQ(day_after.body, day_before.body) << hold;
    auto new_day_after = b_->client.Get(new_day_path);
    EXPECT_EQ(new_day_after.status, 404) << hold;
    EXPECT_EQ(new_day_after.body, new_day_before.body) << hold;
    // Lifting the hold lets what was written flow again.
    if (hold == "pause") {
      ASSERT_EQ(a_->client.Put("/api/v1/sharing/pause", R"({"paused":false})").status, 200);
    } else {
      ASSERT_EQ(a_->client.Delete("/api/v1/safety").status, 204);
    }
    EXPECT_EQ(b_->client.Get(new_day_path).status, 200) << hold;
    EXPECT_NE(View(*b_), view_before) << hold;
    ASSERT_EQ(a_->client.Delete("/api/v1/checkins/" + DayBefore(1)).status, 204);
  }
}

TEST_F(ConsentTest, SafetyStopsComparisonForThePersonAndCanBeUndone) {
  GrantAll(*a_);
  GrantAll(*b_);
  TakeProfile(*a_, 2, 5);
  TakeProfile(*b_, 3, 1);
  auto view = Json(View(*a_));
  ASSERT_TRUE(view.at("comparison").is_object());
  auto kinds = view.at("comparison").at("kinds").as_array();
  ASSERT_EQ(kinds.size(), 6u);
  EXPECT_TRUE(kinds[0].at("you").at("want").is_int64());
  EXPECT_TRUE(kinds[0].at("partner").at("want").is_int64());
  EXPECT_FALSE(view.at("needs_differ").as_array().empty());
  EXPECT_FALSE(view.at("profile").at("latest").as_object().contains("comfort"));  // private scale

  auto safety = Json(a_->client.Get("/api/v1/safety").body);
  ASSERT_GE(safety.at("items").as_array().size(), 4u);
  boost::json::object no, yes;
  for (const auto& item : safety.at("items").as_array()) no[std::string(item.at("id").as_string())] = false;
  auto negative = Json(a_->client.Post("/api/v1/safety/check", boost::json::serialize(boost::json::object{{"answers", no}})).body);
  EXPECT_FALSE(negative.at("positive").as_bool());
  EXPECT_FALSE(Json(a_->client.Get("/api/v1/safety").body).at("active").as_bool());
  yes = no;
  yes.begin()->value() = true;
  ASSERT_EQ(a_->client.Post("/api/v1/safety/check", boost::json::serialize(boost::json::object{{"answers", yes}})).status, 200);
  EXPECT_TRUE(Json(a_->client.Get("/api/v1/safety").body).at("active").as_bool());
  auto held = Json(View(*a_));
  EXPECT_TRUE(held.at("comparison").is_null());
  EXPECT_TRUE(held.at("needs_differ").as_array().empty());
  // The partner cannot learn any of it: their own safety state is theirs alone.
  EXPECT_FALSE(Json(b_->client.Get("/api/v1/safety").body).at("active").as_bool());
  ASSERT_EQ(a_->client.Delete("/api/v1/safety").status, 204);
  EXPECT_TRUE(Json(View(*a_)).at("comparison").is_object());
  auto bad = a_->client.Post("/api/v1/safety/check", R"({"answers":{"nope":true}})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.ErrorField(), "answers");
}

// The owner's access log must not change with the reader's own safety state, or an abusive
// partner could learn from their log that a safety check was positive.
TEST_F(ConsentTest, TheAccessLogDoesNotRevealTheReadersSafetyCheck) {
  GrantAll(*a_);
  TakeProfile(*a_, 3, 4);
  TakeProfile(*b_, 3, 4);
  ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + DayBefore(1), CheckinBody(5)).status, 201);
  auto reads = [&] {
    std::size_t before = LogSize(*a_);
    for (const char* target : {"/api/v1/insights", "/api/v1/practices", "/api/v1/partner/view", "/api/v1/desires"}) {
      EXPECT_EQ(b_->client.Get(target).status, 200) << target;
    }
    return LogSize(*a_) - before;
  };
  std::size_t normal = reads();
  EXPECT_GT(normal, 0u);
  auto safety = Json(b_->client.Get("/api/v1/safety").body);
  boost::json::object answers;
  for (const auto& item : safety.at("items").as_array()) answers[std::string(item.at("id").as_string())] = true;
  ASSERT_EQ(b_->client.Post("/api/v1/safety/check", boost::json::serialize(boost::json::object{{"answers", answers}})).status, 200);
  EXPECT_EQ(reads(), normal);
}

TEST_F(ConsentTest, TheAccessLogRecordsEveryReadAndOnlyTheOwnerSeesIt) {
  Grant(*a_, "closeness", true);
  ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + DayBefore(1), CheckinBody(5)).status, 201);
  EXPECT_TRUE(Json(a_->client.Get("/api/v1/sharing/access-log").body).at("entries").as_array().empty());
  View(*b_);
  ASSERT_EQ(b_->client.Get("/api/v1/partner/checkins/" + DayBefore(1)).status, 200);
  auto log = Json(a_->client.Get("/api/v1/sharing/access-log").body).at("entries").as_array();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].at("what").as_string(), "closeness");
  EXPECT_EQ(log[0].at("day").as_string(), DayBefore(1));  // newest first
  EXPECT_TRUE(log[1].at("day").is_null());
  // The reader has no way to edit or remove entries, and sees none of them.
  EXPECT_EQ(b_->client.Delete("/api/v1/sharing/access-log").status, 405);
  EXPECT_TRUE(Json(b_->client.Get("/api/v1/sharing/access-log").body).at("entries").as_array().empty());
}

TEST_F(ConsentTest, UnlinkingEndsAllPartnerAccessAndANewCoupleStartsPrivate) {
  GrantAll(*a_);
  ASSERT_EQ(a_->client.Put("/api/v1/checkins/" + DayBefore(1), CheckinBody(5)).status, 201);
  ASSERT_EQ(b_->client.Get("/api/v1/partner/checkins/" + DayBefore(1)).status, 200);
  ASSERT_EQ(a_->client.Delete("/api/v1/partner").status, 204);
  EXPECT_EQ(b_->client.Get("/api/v1/partner/checkins/" + DayBefore(1)).status, 404);
  EXPECT_FALSE(Json(View(*b_)).at("linked").as_bool());
  Pair(*b_, *a_);
  auto view = Json(View(*b_));
  for (const char* c : kCategories) EXPECT_FALSE(view.at(c).at("shared").as_bool()) << c;
}

// Desire matching: a partner flips between no / not now / unanswered, and every response the
// other person can get is byte-identical. Only "both yes or maybe" ever shows, to both.
TEST_F(ConsentTest, DesireMatchesRevealOnlyAgreement) {
  auto ideas = Json(a_->client.Get("/api/v1/desires").body).at("ideas").as_array();
  ASSERT_GE(ideas.size(), 60u);
  std::string yes_idea(ideas[0].at("id").as_string()), no_idea(ideas[1].at("id").as_string()),
      blank_idea(ideas[2].at("id").as_string()), match_idea(ideas[3].at("id").as_string());
  ASSERT_EQ(a_->client.Put("/api/v1/desires/" + yes_idea, R"({"answer":"yes"})").status, 204);
  ASSERT_EQ(a_->client.Put("/api/v1/desires/" + no_idea, R"({"answer":"no"})").status, 204);
  ASSERT_EQ(a_->client.Put("/api/v1/desires/" + match_idea, R"({"answer":"maybe"})").status, 204);
  ASSERT_EQ(b_->client.Put("/api/v1/desires/" + match_idea, R"({"answer":"yes"})").status, 204);

  auto observe = [&] {
    std::vector<std::string> seen;
    for (const char* target : {"/api/v1/desires", "/api/v1/partner/view", "/api/v1/sharing", "/api/v1/me",
                               "/api/v1/insights", "/api/v1/sharing/access-log"}) {
      auto r = a_->client.Get(target);
      seen.push_back(std::to_string(r.status) + " " + r.body);
    }
    auto put = a_->client.Put("/api/v1/desires/" + blank_idea, R"({"answer":null})");
    seen.push_back(std::to_string(put.status) + " " + put.body);
    return seen;
  };
  auto matches = Json(a_->client.Get("/api/v1/desires").body).at("matches").as_array();
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].at("id").as_string(), match_idea);
  EXPECT_EQ(Json(b_->client.Get("/api/v1/desires").body).at("matches").as_array().size(), 1u);
  std::vector<std::string> reference = observe();

  for (const std::string& idea : {yes_idea, no_idea, blank_idea}) {
    for (const char* answer : {R"({"answer":"no"})", R"({"answer":"not_now"})", R"({"answer":null})"}) {
      ASSERT_EQ(b_->client.Put("/api/v1/desires/" + idea, answer).status, 204);
      EXPECT_EQ(observe(), reference) << idea << " " << answer;
    }
  }
  // A yes from the partner on an idea the person said yes to is a match, for both.
  ASSERT_EQ(b_->client.Put("/api/v1/desires/" + yes_idea, R"({"answer":"maybe"})").status, 204);
  EXPECT_EQ(Json(a_->client.Get("/api/v1/desires").body).at("matches").as_array().size(), 2u);
  EXPECT_EQ(Json(b_->client.Get("/api/v1/desires").body).at("matches").as_array().size(), 2u);
  // Changing one's mind removes it at once.
  ASSERT_EQ(a_->client.Put("/api/v1/desires/" + yes_idea, R"({"answer":"not_now"})").status, 204);
  EXPECT_EQ(Json(b_->client.Get("/api/v1/desires").body).at("matches").as_array().size(), 1u);
  auto bad = a_->client.Put("/api/v1/desires/" + yes_idea, R"({"answer":"perhaps"})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.ErrorField(), "answer");
  EXPECT_EQ(a_->client.Put("/api/v1/desires/no-such-idea", R"({"answer":"yes"})").status, 404);
}

// Three couples, every route that takes an id or a date, every grant state: a read that was not
// granted gets the same 404, byte for byte, as a thing that does not exist.
TEST(AuthorizationMatrixTest, NonGrantedReadsAnswerExactlyLikeMissingOnes) {
  ServerProcess server;
  ASSERT_TRUE(server.ok()) << server.Log();
  std::vector<Person> people;
  for (int i = 0; i < 6; ++i) people.push_back(SignUp(server.port(), "m" + std::to_string(i) + "@example.com"));
  for (int c = 0; c < 3; ++c) Pair(people[2 * c], people[2 * c + 1]);
  Person& owner = people[0];
  const std::string day = DayBefore(1), empty_day = DayBefore(40);
  ASSERT_EQ(owner.client.Put("/api/v1/checkins/" + day, CheckinBody(5, R"(,"share_note":false)")).status, 201);
  auto sessions = Json(owner.client.Get("/api/v1/sessions").body).at("sessions").as_array();
  const std::string owner_session = "/api/v1/sessions/" + std::to_string(sessions[0].at("id").as_int64());

  struct State {
    std::string name;
    std::vector<std::string> grants;
    bool paused;
    bool safety = false;
  };
  const std::vector<State> states = {{"none", {}, false},           {"profile", {"profile"}, false},
                                     {"insights", {"insights"}, false}, {"closeness", {"closeness"}, false},
                                     {"moments", {"moments"}, false}, {"all", {"profile", "closeness", "moments", "insights"}, false},
                                     {"all paused", {"profile", "closeness", "moments", "insights"}, true},
                                     {"all, safety check positive", {"profile", "closeness", "moments", "insights"}, false, true}};
  boost::json::object positive;
  auto safety_items = Json(owner.client.Get("/api/v1/safety").body);
  for (const auto& item : safety_items.at("items").as_array()) {
    positive[std::string(item.at("id").as_string())] = true;
  }
  int checked = 0;
  for (const State& state : states) {
    for (const char* c : kCategories) {
      bool on = std::find(state.grants.begin(), state.grants.end(), c) != state.grants.end();
      ASSERT_EQ(owner.client.Put(std::string("/api/v1/sharing/grants/") + c, on ? R"({"granted":true})" : R"({"granted":false})").status, 200);
    }
    ASSERT_EQ(owner.client.Put("/api/v1/sharing/pause", state.paused ? R"({"paused":true})" : R"({"paused":false})").status, 200);
    if (state.safety) {
      ASSERT_EQ(owner.client.Post("/api/v1/safety/check", boost::json::serialize(boost::json::object{{"answers", positive}})).status, 200);
    } else {
      ASSERT_EQ(owner.client.Delete("/api/v1/safety").status, 204);
    }
    bool day_visible = std::find(state.grants.begin(), state.grants.end(), "closeness") != state.grants.end() ||
                       std::find(state.grants.begin(), state.grants.end(), "moments") != state.grants.end();
    for (std::size_t r = 1; r < people.size(); ++r) {
      Person& reader = people[r];
      bool partner = r == 1;
      auto missing = reader.client.Get("/api/v1/partner/checkins/" + empty_day);
      ASSERT_EQ(missing.status, 404);
      auto read = reader.client.Get("/api/v1/partner/checkins/" + day);
      if (partner && day_visible) {
        EXPECT_EQ(read.status, 200) << state.name;
      } else {
        EXPECT_EQ(read.status, 404) << state.name << " reader " << r;
        EXPECT_EQ(read.body, missing.body) << state.name << " reader " << r;
      }
      // Own-only routes: the owner's day and session are never anyone else's.
      auto own_missing = reader.client.Get("/api/v1/checkins/" + empty_day);
      auto owners_day = reader.client.Get("/api/v1/checkins/" + day);
      EXPECT_EQ(owners_day.status, 404) << state.name << " reader " << r;
      EXPECT_EQ(owners_day.body, own_missing.body);
      EXPECT_EQ(reader.client.Delete(owner_session).body, reader.client.Delete("/api/v1/sessions/987654321").body);
      EXPECT_EQ(reader.client.Delete("/api/v1/checkins/" + day).status, 404);
      ++checked;
    }
    EXPECT_EQ(owner.client.Get("/api/v1/checkins/" + day).status, 200);  // nothing was touched
  }
  EXPECT_EQ(checked, static_cast<int>(states.size()) * 5);
}

}  // namespace
}  // namespace rapport::testing
