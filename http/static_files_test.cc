#include "http/static_files.h"

#include <gtest/gtest.h>

namespace rapport::http {
namespace {

const Asset kAssets[] = {
    {"/index.html", "text/html; charset=utf-8", "<html>app</html>", ""},
    {"/assets/app-1.js", "text/javascript", "console.log(1)", "GZ"},
};

Request Get(std::string path) {
  Request r;
  r.method = "GET";
  r.path = std::move(path);
  return r;
}

TEST(StaticFilesTest, ServesIndexForRootAndAppRoutes) {
  StaticFiles files(kAssets);
  for (const char* path : {"/", "/checkin/2026-11-20", "/profile", "/insights/closeness_trend.up"}) {
    auto r = files.Serve(Get(path));
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, "<html>app</html>");
  }
}

TEST(StaticFilesTest, UnknownFilesAreNotFoundAndApiIsLeftAlone) {
  StaticFiles files(kAssets);
  auto r = files.Serve(Get("/assets/missing.js"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  EXPECT_FALSE(files.Serve(Get("/api/v1/unknown")));
  EXPECT_FALSE(files.Serve(Get("/healthz")));
  Request post = Get("/");
  post.method = "POST";
  EXPECT_FALSE(files.Serve(post));
}

TEST(StaticFilesTest, GzipOnlyWhenAcceptedAndHashedAssetsAreImmutable) {
  StaticFiles files(kAssets);
  Request req = Get("/assets/app-1.js");
  EXPECT_EQ(files.Serve(req)->body, "console.log(1)");
  req.headers.emplace_back("accept-encoding", "gzip, br");
  auto r = files.Serve(req);
  EXPECT_EQ(r->body, "GZ");
  bool immutable = false;
  for (auto& [k, v] : r->headers) immutable |= k == "Cache-Control" && v.find("immutable") != std::string::npos;
  EXPECT_TRUE(immutable);
}

}  // namespace
}  // namespace rapport::http
