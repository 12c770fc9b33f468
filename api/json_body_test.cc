#include "api/json_body.h"

#include <gtest/gtest.h>

#include "api/cookies.h"
#include "api/query.h"

namespace rapport::api {
namespace {

TEST(JsonBodyTest, MalformedJsonSaysWhere) {
  auto r = ParseObjectBody("{\n  \"closeness\": 5,\n  \"moments\": [\"a\",]\n}");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  EXPECT_NE(r.status().message().find("line 3, column"), std::string::npos) << r.status().message();
}

TEST(JsonBodyTest, TruncatedAndTrailingTextAreRefused) {
  EXPECT_FALSE(ParseObjectBody("{\"a\":1").ok());
  auto trailing = ParseObjectBody("{\"a\":1} x");
  ASSERT_FALSE(trailing.ok());
  EXPECT_NE(trailing.status().message().find("extra text"), std::string::npos);
  EXPECT_FALSE(ParseObjectBody("[1,2]").ok());
  EXPECT_FALSE(ParseObjectBody("").ok());
  EXPECT_TRUE(ParseObjectBody("  ", /*empty_ok=*/true).ok());
}

TEST(JsonBodyTest, TypesAreCheckedAndFieldsNamed) {
  auto body = ParseObjectBody(R"({"closeness":"5","moments":["a",1],"n":2.5,"ok":"x"})");
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(RequireInt(*body, "closeness").status().field(), "closeness");
  EXPECT_EQ(GetStringList(*body, "moments").status().field(), "moments");
  EXPECT_EQ(GetInt(*body, "n").status().field(), "n");
  EXPECT_EQ(RequireString(*body, "missing").status().field(), "missing");
  EXPECT_EQ(*RequireString(*body, "ok"), "x");
  EXPECT_EQ(OnlyFields(*body, {"closeness", "moments", "n"}).field(), "ok");
}

TEST(QueryTest, DecodesAndRefusesRepeatsAndBrokenEscapes) {
  auto q = ParseQuery("from=2026-01-01&to=2026%2D01%2D31");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->at("to"), "2026-01-31");
  EXPECT_FALSE(ParseQuery("from=a&from=b").ok());
  EXPECT_FALSE(ParseQuery("from=%2").ok());
  EXPECT_FALSE(ParseQuery("from=%zz").ok());
  EXPECT_EQ(OnlyParams(*q, {"from"}).field(), "to");
}

TEST(CookieTest, FindsTheSessionCookieAmongOthers) {
  ApiOptions plain, secure;
  secure.secure_cookies = true;
  http::Request r;
  r.headers.emplace_back("cookie", "theme=dark; rapport_session=abc; x=1");
  EXPECT_EQ(SessionTokenFrom(r, plain), "abc");
  EXPECT_EQ(SessionTokenFrom(r, secure), "");
  r.headers[0].second = "__Host-rapport_session=def";
  EXPECT_EQ(SessionTokenFrom(r, secure), "def");
  r.headers[0].second = "rapport_sessionX=zzz";
  EXPECT_EQ(SessionTokenFrom(r, plain), "");
  r.headers.emplace_back("cookie", "rapport_session=second-header");  // split by a proxy
  EXPECT_EQ(SessionTokenFrom(r, plain), "second-header");

  http::Response out;
  SetSessionCookie(out, secure, "tok", 60);
  EXPECT_EQ(out.headers[0].second, "__Host-rapport_session=tok; Path=/; HttpOnly; SameSite=Strict; Secure; Max-Age=60");
}

}  // namespace
}  // namespace rapport::api
