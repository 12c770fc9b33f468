#include "tests/support/fixtures.h"

#include <gtest/gtest.h>

#include <chrono>

#include "base/date.h"

namespace rapport::testing {

Person SignUp(int port, const std::string& email) {
  Person p{Client(port), email, 0};
  auto r = p.client.Post("/api/v1/signup", R"({"email":")" + email + R"(","password":")" + kPassword + "\"}");
  EXPECT_EQ(r.status, 201) << r.body;
  if (r.status == 201) p.id = Json(r.body).at("user").at("id").as_int64();
  return p;
}

void Pair(Person& inviter, Person& accepter) {
  auto invite = inviter.client.Post("/api/v1/invites");
  ASSERT_EQ(invite.status, 201) << invite.body;
  std::string code(Json(invite.body).at("code").as_string());
  auto accepted = accepter.client.Post("/api/v1/invites/accept", R"({"code":")" + code + "\"}");
  ASSERT_EQ(accepted.status, 200) << accepted.body;
}

std::string CheckinBody(int closeness, const std::string& extra) {
  return R"({"moments":["shared_feeling","hug_or_kiss"],"closeness":)" + std::to_string(closeness) +
         R"(,"feelings":["calm"],"conflict":"none","note":"a quiet evening")" + extra + "}";
}

std::string DayBefore(int offset) {
  auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  return (Date::FromUnixSeconds(now) - offset).ToString();
}

boost::json::value Json(const std::string& body) {
  boost::system::error_code ec;
  auto v = boost::json::parse(body, ec);
  EXPECT_FALSE(ec) << "not JSON: " << body;
  return v;
}

}  // namespace rapport::testing
