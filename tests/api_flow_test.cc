// The whole path a couple takes, against the real server on loopback with a real database:
// sign up → pair → check in → read back → sessions → password → unlink → delete account.
// Runs on SQLite and on the PostgreSQL cluster `make test` starts.
#include <gtest/gtest.h>

#include "tests/support/fixtures.h"
#include "tests/support/server_process.h"

namespace rapport::testing {
namespace {

class FlowTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string db;
    if (GetParam() == "postgresql") {
      db = PostgresUrl();
      ASSERT_FALSE(db.empty()) << "no PostgreSQL URL: the postgres CTest fixture did not run";
    }
    server_ = std::make_unique<ServerProcess>(db);
    ASSERT_TRUE(server_->ok()) << server_->Log();
    // PostgreSQL is shared by every test of the run: keep emails unique.
    static int counter = 0;
    prefix_ = std::to_string(::getpid()) + "-" + std::to_string(++counter) + "-";
  }
  std::string Email(const std::string& who) { return prefix_ + who + "@example.com"; }

  std::unique_ptr<ServerProcess> server_;
  std::string prefix_;
};

TEST_P(FlowTest, SignUpPairCheckInReadBackUnlink) {
  Person ana = SignUp(server_->port(), Email("ana"));
  Person bo = SignUp(server_->port(), Email("bo"));
  EXPECT_FALSE(Json(ana.client.Get("/api/v1/me").body).at("partner").at("linked").as_bool());
  Pair(ana, bo);
  EXPECT_TRUE(Json(ana.client.Get("/api/v1/me").body).at("partner").at("linked").as_bool());
  EXPECT_TRUE(Json(bo.client.Get("/api/v1/me").body).at("partner").at("linked").as_bool());

  const std::string today = DayBefore(0), yesterday = DayBefore(1);
  auto put = ana.client.Put("/api/v1/checkins/" + yesterday, CheckinBody(5));
  ASSERT_EQ(put.status, 201) << put.body;
  put = ana.client.Put("/api/v1/checkins/" + today,
                       R"({"moments":["sex","cuddled_no_expectation"],"closeness":6,"after_sex":"closer","note":"é ✓"})");
  ASSERT_EQ(put.status, 201) << put.body;
  auto replaced = ana.client.Put("/api/v1/checkins/" + yesterday, CheckinBody(3));
  EXPECT_EQ(replaced.status, 200);

  auto got = ana.client.Get("/api/v1/checkins/" + yesterday);
  ASSERT_EQ(got.status, 200);
  auto g = Json(got.body).as_object();
  EXPECT_EQ(g.at("closeness").as_int64(), 3);
  EXPECT_EQ(g.at("note").as_string(), "a quiet evening");
  EXPECT_TRUE(g.at("after_sex").is_null());
  auto today_json = Json(ana.client.Get("/api/v1/checkins/" + today).body);
  EXPECT_EQ(today_json.at("after_sex").as_string(), "closer");
  EXPECT_EQ(today_json.at("note").as_string(), "é ✓");

  auto list = Json(ana.client.Get("/api/v1/checkins?from=" + DayBefore(7) + "&to=" + today).body);
  auto& items = list.at("checkins").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("day").as_string(), yesterday);  // oldest first
  EXPECT_EQ(items[1].at("day").as_string(), today);

  // The partner sees none of it: check-ins are private until sharing exists.
  EXPECT_EQ(bo.client.Get("/api/v1/checkins/" + today).status, 404);
  EXPECT_TRUE(Json(bo.client.Get("/api/v1/checkins").body).at("checkins").as_array().empty());

  EXPECT_EQ(ana.client.Delete("/api/v1/checkins/" + yesterday).status, 204);
  EXPECT_EQ(ana.client.Get("/api/v1/checkins/" + yesterday).status, 404);
  EXPECT_EQ(ana.client.Delete("/api/v1/checkins/" + yesterday).status, 404);

  // Either partner unlinks alone, at once, for both.
  EXPECT_EQ(bo.client.Delete("/api/v1/partner").status, 204);
  EXPECT_FALSE(Json(ana.client.Get("/api/v1/me").body).at("partner").at("linked").as_bool());
  EXPECT_EQ(ana.client.Delete("/api/v1/partner").status, 404);
  // …and can pair again afterwards.
  Pair(bo, ana);
}

TEST_P(FlowTest, SessionsPasswordChangeAndAccountDeletion) {
  Person ana = SignUp(server_->port(), Email("ana"));
  Client phone(server_->port());
  auto login = phone.Post("/api/v1/login", R"({"email":")" + ana.email + R"(","password":")" + kPassword + "\"}");
  ASSERT_EQ(login.status, 200) << login.body;
  auto sessions = Json(ana.client.Get("/api/v1/sessions").body).at("sessions").as_array();
  ASSERT_EQ(sessions.size(), 2u);

  // Changing the password ends every other session, keeps this one.
  auto changed = ana.client.Post("/api/v1/password",
                                 R"({"current_password":")" + std::string(kPassword) + R"(","new_password":"a brand new passphrase"})");
  ASSERT_EQ(changed.status, 204) << changed.body;
  EXPECT_EQ(phone.Get("/api/v1/me").status, 401);
  EXPECT_EQ(ana.client.Get("/api/v1/me").status, 200);
  Client old(server_->port());
  EXPECT_EQ(old.Post("/api/v1/login", R"({"email":")" + ana.email + R"(","password":")" + kPassword + "\"}").status, 401);

  // Ending a session by id; ending the current one signs out.
  auto mine = Json(ana.client.Get("/api/v1/sessions").body).at("sessions").as_array();
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_TRUE(mine[0].at("current").as_bool());
  EXPECT_EQ(ana.client.Delete("/api/v1/sessions/" + std::to_string(mine[0].at("id").as_int64())).status, 204);
  EXPECT_EQ(ana.client.Get("/api/v1/me").status, 401);

  // Delete the account: a wrong password changes nothing; the right one removes everything.
  Client again(server_->port());
  ASSERT_EQ(again.Post("/api/v1/login", R"({"email":")" + ana.email + R"(","password":"a brand new passphrase"})").status, 200);
  ASSERT_EQ(again.Put("/api/v1/checkins/" + DayBefore(0), CheckinBody(4)).status, 201);
  auto refused = again.Delete("/api/v1/account", R"({"password":"not my password"})");
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.ErrorField(), "password");
  EXPECT_EQ(again.Get("/api/v1/checkins/" + DayBefore(0)).status, 200);
  EXPECT_EQ(again.Delete("/api/v1/account", R"({"password":"a brand new passphrase"})").status, 204);
  EXPECT_EQ(again.Get("/api/v1/me").status, 401);
  Client after(server_->port());
  EXPECT_EQ(after.Post("/api/v1/login", R"({"email":")" + ana.email + R"(","password":"a brand new passphrase"})").status, 401);
  // The email is free again.
  SignUp(server_->port(), ana.email);
}

TEST_P(FlowTest, LogoutEndsTheSession) {
  Person ana = SignUp(server_->port(), Email("ana"));
  std::string cookie = ana.client.cookie();
  auto out = ana.client.Post("/api/v1/logout");
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(out.Header("set-cookie").find("Max-Age=0"), std::string::npos);
  Client replay(server_->port());
  replay.set_cookie(cookie);
  EXPECT_EQ(replay.Get("/api/v1/me").status, 401);
}

INSTANTIATE_TEST_SUITE_P(Engines, FlowTest, ::testing::Values("sqlite", "postgresql"));

}  // namespace
}  // namespace rapport::testing
