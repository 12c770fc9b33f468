// Every error class of the API: the right status, a JSON error body naming the problem, and
// nothing changed by the refused request.
#include <gtest/gtest.h>

#include "tests/support/fixtures.h"
#include "tests/support/server_process.h"

namespace rapport::testing {
namespace {

class ErrorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(); }
  static void TearDownTestSuite() { delete server_; }
  void SetUp() override { ASSERT_TRUE(server_->ok()) << server_->Log(); }
  int port() { return server_->port(); }
  static ServerProcess* server_;
};
ServerProcess* ErrorsTest::server_ = nullptr;

void ExpectError(const HttpResult& r, int status, const std::string& code, const std::string& field = "") {
  EXPECT_EQ(r.status, status) << r.body;
  EXPECT_EQ(r.ErrorCode(), code) << r.body;
  EXPECT_EQ(r.ErrorField(), field) << r.body;
  EXPECT_EQ(r.Header("content-type"), "application/json");
}

TEST_F(ErrorsTest, MalformedJsonIsRefusedSayingWhere) {
  Person p = SignUp(port(), "json@example.com");
  auto r = p.client.Put("/api/v1/checkins/" + DayBefore(0), "{\"moments\": [\"sex\",],\n\"closeness\": 3}");
  ExpectError(r, 400, "invalid");
  EXPECT_NE(r.body.find("line 1, column"), std::string::npos) << r.body;
  EXPECT_EQ(p.client.Get("/api/v1/checkins/" + DayBefore(0)).status, 404);
}

TEST_F(ErrorsTest, WrongTypesAndOutOfRangeValuesNameTheField) {
  Person p = SignUp(port(), "types@example.com");
  const std::string day = "/api/v1/checkins/" + DayBefore(0);
  ExpectError(p.client.Put(day, R"({"moments":[],"closeness":"5"})"), 400, "invalid", "closeness");
  ExpectError(p.client.Put(day, R"({"moments":[],"closeness":8})"), 400, "invalid", "closeness");
  ExpectError(p.client.Put(day, R"({"moments":[],"closeness":0})"), 400, "invalid", "closeness");
  ExpectError(p.client.Put(day, R"({"moments":"sex","closeness":4})"), 400, "invalid", "moments");
  ExpectError(p.client.Put(day, R"({"moments":["flying"],"closeness":4})"), 400, "invalid", "moments");
  ExpectError(p.client.Put(day, R"({"moments":["hug_or_kiss"],"closeness":4,"after_sex":"closer"})"), 400, "invalid", "after_sex");
  ExpectError(p.client.Put(day, R"({"moments":[],"closeness":4,"conflict":"maybe"})"), 400, "invalid", "conflict");
  ExpectError(p.client.Put(day, R"({"moments":[],"closeness":4,"feelings":["bored"]})"), 400, "invalid", "feelings");
  ExpectError(p.client.Put(day, R"({"moments":[],"closeness":4,"mood":"x"})"), 400, "invalid", "mood");
  ExpectError(p.client.Put(day, R"({"moments":[],"closeness":4,"note":")" + std::string(4001, 'x') + "\"}"), 400, "invalid", "note");
  ExpectError(p.client.Put("/api/v1/checkins/2026-02-30", R"({"moments":[],"closeness":4})"), 400, "invalid", "day");
  ExpectError(p.client.Put("/api/v1/checkins/" + DayBefore(-3), R"({"moments":[],"closeness":4})"), 400, "invalid", "day");
  ExpectError(p.client.Get("/api/v1/checkins?from=2026-13-01"), 400, "invalid", "from");
  ExpectError(p.client.Get("/api/v1/checkins?from=2020-01-01&to=2026-01-01"), 400, "invalid", "from");
  ExpectError(p.client.Get("/api/v1/checkins?day=2026-01-01"), 400, "invalid", "day");
  ExpectError(p.client.Post("/api/v1/signup", R"({"email":"not-an-email","password":"long enough pass"})"), 400, "invalid", "email");
  ExpectError(p.client.Post("/api/v1/signup", R"({"email":"short@example.com","password":"2short"})"), 400, "invalid", "password");
  // None of the refused requests saved anything.
  EXPECT_EQ(p.client.Get("/api/v1/checkins/" + DayBefore(0)).status, 404);
}

TEST_F(ErrorsTest, ARefusedReplacementKeepsWhatWasSaved) {
  Person p = SignUp(port(), "keep@example.com");
  const std::string day = "/api/v1/checkins/" + DayBefore(2);
  ASSERT_EQ(p.client.Put(day, CheckinBody(6)).status, 201);
  ExpectError(p.client.Put(day, R"({"moments":[],"closeness":99})"), 400, "invalid", "closeness");
  EXPECT_EQ(Json(p.client.Get(day).body).at("closeness").as_int64(), 6);
}

TEST_F(ErrorsTest, UnknownRouteWrongMethodAndUnsupportedMediaType) {
  Person p = SignUp(port(), "routes@example.com");
  ExpectError(p.client.Get("/api/v1/nothing-here"), 404, "not_found");
  auto wrong = p.client.Send("PATCH", "/api/v1/checkins/" + DayBefore(0), "{}");
  ExpectError(wrong, 405, "method_not_allowed");
  EXPECT_EQ(wrong.Header("allow"), "PUT, GET, DELETE");
  ExpectError(p.client.Send("PUT", "/api/v1/checkins/" + DayBefore(0), "moments=sex", {{"Content-Type", "application/x-www-form-urlencoded"}}),
              415, "unsupported_media_type");
}

TEST_F(ErrorsTest, TooLargeBodiesAndHeadersAreRefused) {
  Person p = SignUp(port(), "large@example.com");
  std::string huge = R"({"moments":[],"closeness":4,"note":")" + std::string(70 * 1024, 'x') + "\"}";
  auto r = p.client.Put("/api/v1/checkins/" + DayBefore(0), huge);
  ExpectError(r, 413, "too_large");
  EXPECT_EQ(p.client.Get("/api/v1/checkins/" + DayBefore(0)).status, 404);
  auto headers = p.client.Send("GET", "/api/v1/me", "", {{"X-Padding", std::string(9000, 'a')}});
  EXPECT_EQ(headers.status, 431);
  EXPECT_EQ(headers.ErrorCode(), "too_large");
}

TEST_F(ErrorsTest, NotSignedInIs401Everywhere) {
  Client anonymous(port());
  for (const char* target : {"/api/v1/me", "/api/v1/sessions", "/api/v1/checkins", "/api/v1/checkins/2026-01-01"}) {
    ExpectError(anonymous.Get(target), 401, "unauthenticated");
  }
  ExpectError(anonymous.Put("/api/v1/checkins/2026-01-01", CheckinBody(4)), 401, "unauthenticated");
  ExpectError(anonymous.Post("/api/v1/invites"), 401, "unauthenticated");
  anonymous.set_cookie("rapport_session=forged-token-value");
  ExpectError(anonymous.Get("/api/v1/me"), 401, "unauthenticated");
}

TEST_F(ErrorsTest, ConflictsAre409) {
  Person a = SignUp(port(), "conflict-a@example.com");
  Person b = SignUp(port(), "conflict-b@example.com");
  Person c = SignUp(port(), "conflict-c@example.com");
  ExpectError(Client(port()).Post("/api/v1/signup", R"({"email":"Conflict-A@example.com ","password":"another password"})"), 409, "conflict");
  Pair(a, b);
  ExpectError(a.client.Post("/api/v1/invites"), 409, "conflict");
  auto invite = c.client.Post("/api/v1/invites");
  ASSERT_EQ(invite.status, 201);
  std::string code(Json(invite.body).at("code").as_string());
  ExpectError(a.client.Post("/api/v1/invites/accept", R"({"code":")" + code + "\"}"), 409, "conflict");
}

TEST_F(ErrorsTest, InviteCodesWorkOnceAndNotForTheirMaker) {
  Person a = SignUp(port(), "invite-a@example.com");
  Person b = SignUp(port(), "invite-b@example.com");
  Person c = SignUp(port(), "invite-c@example.com");
  auto invite = a.client.Post("/api/v1/invites");
  std::string code(Json(invite.body).at("code").as_string());
  EXPECT_GE(code.size(), 26u);
  ExpectError(a.client.Post("/api/v1/invites/accept", R"({"code":")" + code + "\"}"), 404, "not_found");
  ExpectError(b.client.Post("/api/v1/invites/accept", R"({"code":"AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG"})"), 404, "not_found");
  // Typed in lower case with spaces instead of dashes, the code still works.
  std::string typed = code;
  for (char& ch : typed) ch = ch == '-' ? ' ' : static_cast<char>(std::tolower(ch));
  ASSERT_EQ(b.client.Post("/api/v1/invites/accept", R"({"code":")" + typed + "\"}").status, 200);
  ASSERT_EQ(b.client.Delete("/api/v1/partner").status, 204);
  ExpectError(c.client.Post("/api/v1/invites/accept", R"({"code":")" + code + "\"}"), 404, "not_found");
}

TEST_F(ErrorsTest, CrossSiteStateChangesAre403) {
  Person p = SignUp(port(), "csrf@example.com");
  const std::string day = "/api/v1/checkins/" + DayBefore(0);
  ExpectError(p.client.Send("PUT", day, CheckinBody(4), {}, /*csrf_header=*/false), 403, "csrf");
  ExpectError(p.client.Send("PUT", day, CheckinBody(4), {{"Origin", "https://evil.example"}}), 403, "csrf");
  ExpectError(p.client.Send("PUT", day, CheckinBody(4), {{"Sec-Fetch-Site", "cross-site"}}), 403, "csrf");
  ExpectError(p.client.Send("POST", "/api/v1/logout", "", {}, false), 403, "csrf");
  EXPECT_EQ(p.client.Get(day).status, 404);
  EXPECT_EQ(p.client.Get("/api/v1/me").status, 200);
  auto same_origin = p.client.Send("PUT", day, CheckinBody(4), {{"Origin", "http://127.0.0.1:" + std::to_string(port())}});
  EXPECT_EQ(same_origin.status, 201) << same_origin.body;
}

TEST_F(ErrorsTest, FailedLoginsAreLimitedAndUnknownEmailsLookTheSame) {
  SignUp(port(), "limited@example.com");
  Client c(port());
  auto known = c.Post("/api/v1/login", R"({"email":"limited@example.com","password":"wrong password 1"})");
  auto unknown = c.Post("/api/v1/login", R"({"email":"nobody@example.com","password":"wrong password 1"})");
  ExpectError(known, 401, "unauthenticated");
  ExpectError(unknown, 401, "unauthenticated");
  EXPECT_EQ(known.body, unknown.body);
  for (int i = 0; i < 9; ++i) c.Post("/api/v1/login", R"({"email":"limited@example.com","password":"wrong password 2"})");
  // Ten failures for the account (and the address) within 15 minutes: the next try waits,
  // even with the right password.
  auto limited = c.Post("/api/v1/login", R"({"email":"limited@example.com","password":")" + std::string(kPassword) + "\"}");
  ExpectError(limited, 429, "too_many_requests");
  EXPECT_GT(std::stoi(limited.Header("retry-after")), 0);
}

TEST_F(ErrorsTest, SignUpsAreLimitedPerAddress) {
  Client c(port());
  for (int i = 0; i < 20; ++i) {
    auto r = c.Post("/api/v1/signup", R"({"email":"many)" + std::to_string(i) + R"(@example.com","password":"long enough pass"})");
    ASSERT_EQ(r.status, 201) << i << r.body;
  }
  auto limited = c.Post("/api/v1/signup", R"({"email":"one-more@example.com","password":"long enough pass"})");
  ExpectError(limited, 429, "too_many_requests");
  EXPECT_GT(std::stoi(limited.Header("retry-after")), 0);
  EXPECT_EQ(c.Post("/api/v1/login", R"({"email":"one-more@example.com","password":"long enough pass"})").status, 401);
}

// Behind a TLS reverse proxy: HSTS is sent, and the sign-in limit counts the client address the
// proxy appended, so one person's failures don't lock everyone out.
TEST(ProxyTest, BehindATlsProxyTheClientAddressAndHttpsAreHonoured) {
  ServerProcess server("", "", {"--public-origin", "https://rapport.example", "--trust-forwarded-for"});
  ASSERT_TRUE(server.ok()) << server.Log();
  Client c(server.port());
  EXPECT_EQ(c.Get("/healthz").Header("strict-transport-security"), "max-age=31536000");
  for (int i = 0; i < 10; ++i) {
    c.Send("POST", "/api/v1/login", R"({"email":"x@example.com","password":"wrong password"})",
           {{"X-Forwarded-For", "198.51.100.1, 203.0.113.5"}, {"Origin", "https://rapport.example"}});
  }
  auto blocked = c.Send("POST", "/api/v1/login", R"({"email":"y@example.com","password":"wrong password"})",
                        {{"X-Forwarded-For", "203.0.113.5"}, {"Origin", "https://rapport.example"}});
  EXPECT_EQ(blocked.status, 429);
  auto other = c.Send("POST", "/api/v1/login", R"({"email":"y@example.com","password":"wrong password"})",
                      {{"X-Forwarded-For", "203.0.113.9"}, {"Origin", "https://rapport.example"}});
  EXPECT_EQ(other.status, 401) << other.body;
}

}  // namespace
}  // namespace rapport::testing
