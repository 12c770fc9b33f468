// `rapport demo` makes two linked accounts whose generated history makes insights appear.
#include <gtest/gtest.h>

#include <regex>

#include "tests/support/fixtures.h"
#include "tests/support/server_process.h"

namespace rapport::testing {
namespace {

TEST(DemoTest, CreatesTwoLinkedAccountsWithHistoryAndInsights) {
  std::string dir = MakeTempDir("rapport-demo");
  std::string out;
  ASSERT_EQ(RunRapport({"demo", "--data-dir", dir}, out), 0) << out;
  std::regex credentials(R"(email: (\S+)  password: (\S+))");
  std::vector<std::pair<std::string, std::string>> accounts;
  for (std::sregex_iterator it(out.begin(), out.end(), credentials), end; it != end; ++it) {
    accounts.emplace_back((*it)[1], (*it)[2]);
  }
  ASSERT_EQ(accounts.size(), 2u) << out;

  ServerProcess server("", dir);
  ASSERT_TRUE(server.ok()) << server.Log();
  int patterns_seen = 0;
  for (const auto& [email, password] : accounts) {
    Client c(server.port());
    ASSERT_EQ(c.Post("/api/v1/login", R"({"email":")" + email + R"(","password":")" + password + "\"}").status, 200);
    EXPECT_TRUE(Json(c.Get("/api/v1/me").body).at("partner").at("linked").as_bool());
    auto checkins = Json(c.Get("/api/v1/checkins?from=" + DayBefore(179) + "&to=" + DayBefore(0)).body);
    EXPECT_GE(checkins.at("checkins").as_array().size(), 150u);
    auto profile = Json(c.Get("/api/v1/profile").body);
    EXPECT_EQ(profile.at("history").as_array().size(), 2u);
    auto insights = Json(c.Get("/api/v1/insights").body).at("insights").as_array();
    EXPECT_GE(insights.size(), 2u) << email;
    for (const auto& i : insights) patterns_seen += i.at("tone").as_string() == "pattern";
  }
  EXPECT_GE(patterns_seen, 3);
  // Running it again makes two more accounts instead of failing on the first pair.
  EXPECT_EQ(RunRapport({"demo", "--data-dir", dir}, out), 0) << out;
}

}  // namespace
}  // namespace rapport::testing
