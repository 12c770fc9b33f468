#include "http/router.h"

#include <gtest/gtest.h>

namespace rapport::http {
namespace {

struct Ctx {};

Response Named(const char* name) {
  Response r;
  r.body = name;
  return r;
}

Router<Ctx> MakeRouter() {
  Router<Ctx> r;
  r.Add("GET", "/api/v1/checkins/{day}", [](const Request&, const PathParams& p, Ctx&) {
    return Named(p.at("day").c_str());
  });
  r.Add("PUT", "/api/v1/checkins/{day}", [](const Request&, const PathParams&, Ctx&) { return Named("put"); });
  r.Add("GET", "/api/v1/checkins", [](const Request&, const PathParams&, Ctx&) { return Named("list"); });
  return r;
}

TEST(RouterTest, MatchesLiteralAndPlaceholderSegments) {
  auto r = MakeRouter();
  Ctx ctx;
  auto m = r.Find("GET", "/api/v1/checkins/2026-11-21");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->handler(Request{}, m.params, ctx).body, "2026-11-21");
  m = r.Find("GET", "/api/v1/checkins");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.route->handler(Request{}, m.params, ctx).body, "list");
}

TEST(RouterTest, TellsUnknownPathFromWrongMethod) {
  auto r = MakeRouter();
  auto m = r.Find("DELETE", "/api/v1/checkins/2026-11-21");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "PUT"}));
  m = r.Find("GET", "/api/v1/nothing");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.allowed.empty());
}

TEST(RouterTest, TrailingSlashAndEmptySegmentsDoNotMatchPlaceholders) {
  auto r = MakeRouter();
  EXPECT_EQ(r.Find("GET", "/api/v1/checkins/").route, nullptr);
  EXPECT_EQ(r.Find("GET", "/api/v1/checkins/a/b").route, nullptr);
  EXPECT_EQ(r.Routes().size(), 3u);
}

}  // namespace
}  // namespace rapport::http
