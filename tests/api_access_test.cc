// Nobody but the owner can read or change a check-in or end a session: every route that takes
// an id or a date, attacked by the owner's partner and by someone from another couple. A thing
// that is not yours answers exactly like a thing that does not exist.
#include <gtest/gtest.h>

#include "tests/support/fixtures.h"
#include "tests/support/server_process.h"

namespace rapport::testing {
namespace {

class AccessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server_.ok()) << server_.Log();
    owner_ = std::make_unique<Person>(SignUp(server_.port(), "owner@example.com"));
    partner_ = std::make_unique<Person>(SignUp(server_.port(), "partner@example.com"));
    stranger_ = std::make_unique<Person>(SignUp(server_.port(), "stranger@example.com"));
    Person stranger_partner = SignUp(server_.port(), "stranger-partner@example.com");
    Pair(*owner_, *partner_);
    Pair(*stranger_, stranger_partner);
    ASSERT_EQ(owner_->client.Put("/api/v1/checkins/" + day_, CheckinBody(6, R"(,"feelings":["loved"])")).status, 201);
  }

  std::vector<Person*> Attackers() { return {partner_.get(), stranger_.get()}; }

  ServerProcess server_;
  std::unique_ptr<Person> owner_, partner_, stranger_;
  const std::string day_ = DayBefore(1);
};

TEST_F(AccessTest, CheckinsOfOthersAnswerLikeMissingOnes) {
  const std::string path = "/api/v1/checkins/" + day_;
  const std::string missing = "/api/v1/checkins/" + DayBefore(20);
  for (Person* attacker : Attackers()) {
    auto theirs = attacker->client.Get(path);
    auto nothing = attacker->client.Get(missing);
    EXPECT_EQ(theirs.status, 404) << attacker->email;
    EXPECT_EQ(theirs.body, nothing.body) << attacker->email;
    EXPECT_EQ(attacker->client.Delete(path).status, 404) << attacker->email;
    EXPECT_TRUE(Json(attacker->client.Get("/api/v1/checkins?from=" + DayBefore(30)).body).at("checkins").as_array().empty());
  }
  // A PUT on the same day writes the attacker's own check-in and leaves the owner's alone.
  ASSERT_EQ(partner_->client.Put(path, CheckinBody(1)).status, 201);
  auto owners = Json(owner_->client.Get(path).body);
  EXPECT_EQ(owners.at("closeness").as_int64(), 6);
  EXPECT_EQ(owners.at("feelings").as_array().at(0).as_string(), "loved");
  EXPECT_EQ(Json(partner_->client.Get(path).body).at("closeness").as_int64(), 1);
}

TEST_F(AccessTest, SessionsOfOthersCannotBeEnded) {
  auto sessions = Json(owner_->client.Get("/api/v1/sessions").body).at("sessions").as_array();
  ASSERT_EQ(sessions.size(), 1u);
  const std::string path = "/api/v1/sessions/" + std::to_string(sessions[0].at("id").as_int64());
  for (Person* attacker : Attackers()) {
    auto r = attacker->client.Delete(path);
    EXPECT_EQ(r.status, 404) << attacker->email;
    EXPECT_EQ(r.body, attacker->client.Delete("/api/v1/sessions/999999999").body);
    EXPECT_EQ(attacker->client.Delete("/api/v1/sessions/not-a-number").status, 404);
  }
  EXPECT_EQ(owner_->client.Get("/api/v1/me").status, 200);
}

TEST_F(AccessTest, UnlinkingEndsThePairForBothAndTouchesNoData) {
  ASSERT_EQ(partner_->client.Delete("/api/v1/partner").status, 204);
  EXPECT_FALSE(Json(owner_->client.Get("/api/v1/me").body).at("partner").at("linked").as_bool());
  EXPECT_EQ(owner_->client.Get("/api/v1/checkins/" + day_).status, 200);
  // The stranger's couple is untouched.
  EXPECT_TRUE(Json(stranger_->client.Get("/api/v1/me").body).at("partner").at("linked").as_bool());
}

}  // namespace
}  // namespace rapport::testing
