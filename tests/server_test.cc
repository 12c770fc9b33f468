// The HTTP server itself, through the real binary: headers on every response, static files and
// deep links, pipelining, health, graceful shutdown without losing acknowledged writes, and the
// command line.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "tests/support/fixtures.h"
#include "tests/support/server_process.h"

namespace rapport::testing {
namespace {

void ExpectSecurityHeaders(const HttpResult& r, const std::string& what) {
  EXPECT_NE(r.Header("content-security-policy").find("default-src 'self'"), std::string::npos) << what;
  EXPECT_NE(r.Header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos) << what;
  EXPECT_EQ(r.Header("x-content-type-options"), "nosniff") << what;
  EXPECT_EQ(r.Header("referrer-policy"), "no-referrer") << what;
}

TEST(ServerTest, SecurityHeadersOnEveryKindOfResponse) {
  ServerProcess server;
  ASSERT_TRUE(server.ok()) << server.Log();
  Client c(server.port());
  auto health = c.Get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(Json(health.body).at("status").as_string(), "ok");
  ExpectSecurityHeaders(health, "healthz");
  auto api_error = c.Get("/api/v1/me");
  EXPECT_EQ(api_error.status, 401);
  ExpectSecurityHeaders(api_error, "401");
  EXPECT_EQ(api_error.Header("cache-control"), "no-store");
  auto not_found = c.Get("/api/v1/nope");
  ExpectSecurityHeaders(not_found, "404");
  EXPECT_EQ(not_found.Header("cache-control"), "no-store");
  auto page = c.Get("/");
  ExpectSecurityHeaders(page, "static");
  auto raw = ParseResponses(SendRaw(server.port(), "BROKEN\r\n\r\n"));
  ASSERT_EQ(raw.size(), 1u);
  EXPECT_EQ(raw[0].status, 400);
  ExpectSecurityHeaders(raw[0], "malformed http");
}

TEST(ServerTest, DeepLinksServeTheAppAndUnknownFilesAre404) {
  ServerProcess server;
  ASSERT_TRUE(server.ok()) << server.Log();
  Client c(server.port());
  auto root = c.Get("/");
  auto deep = c.Get("/checkin/2026-11-20");
  EXPECT_EQ(root.status, 200);
  EXPECT_EQ(deep.status, 200);
  EXPECT_EQ(root.body, deep.body);
  EXPECT_NE(root.Header("content-type").find("text/html"), std::string::npos);
  EXPECT_EQ(c.Get("/assets/missing-file.js").status, 404);
}

TEST(ServerTest, PipelinedRequestsAreAnsweredInOrder) {
  ServerProcess server;
  ASSERT_TRUE(server.ok()) << server.Log();
  std::string one = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  std::string two = "GET /api/v1/nope HTTP/1.1\r\nHost: x\r\n\r\n";
  std::string last = "GET /api/v1/catalogue HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  auto responses = ParseResponses(SendRaw(server.port(), one + two + one + last));
  ASSERT_EQ(responses.size(), 4u);
  EXPECT_EQ(responses[0].status, 200);
  EXPECT_EQ(responses[1].status, 404);
  EXPECT_EQ(responses[2].status, 200);
  EXPECT_EQ(responses[3].status, 200);
  EXPECT_NE(responses[3].body.find("cuddled_no_expectation"), std::string::npos);
}

// SIGTERM while writes are in flight: the server exits cleanly, and every write it acknowledged
// is there after a restart on the same data directory.
TEST(ServerTest, GracefulShutdownLosesNothingAcknowledged) {
  std::string dir = MakeTempDir("rapport-shutdown");
  std::vector<std::string> acknowledged;
  std::mutex mu;
  {
    ServerProcess server("", dir);
    ASSERT_TRUE(server.ok()) << server.Log();
    std::vector<Person> people;
    for (int i = 0; i < 4; ++i) people.push_back(SignUp(server.port(), "writer" + std::to_string(i) + "@example.com"));
    std::atomic<bool> go{true};
    std::vector<std::thread> writers;
    for (int i = 0; i < 4; ++i) {
      writers.emplace_back([&, i] {
        for (int d = 0; d < 200 && go; ++d) {
          std::string day = DayBefore(d);
          auto r = people[i].client.Put("/api/v1/checkins/" + day, CheckinBody(1 + d % 7));
          if (r.status == 201) {
            std::lock_guard lock(mu);
            acknowledged.push_back(people[i].email + " " + day);
          }
        }
      });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(server.Stop(), 0);
    go = false;
    for (auto& t : writers) t.join();
  }
  ASSERT_FALSE(acknowledged.empty());
  ServerProcess again("", dir);
  ASSERT_TRUE(again.ok()) << again.Log();
  std::map<std::string, Client> clients;
  for (const auto& entry : acknowledged) {
    std::string email = entry.substr(0, entry.find(' ')), day = entry.substr(entry.find(' ') + 1);
    auto [it, fresh] = clients.try_emplace(email, again.port());
    if (fresh) {
      ASSERT_EQ(it->second.Post("/api/v1/login", R"({"email":")" + email + R"(","password":")" + kPassword + "\"}").status, 200);
    }
    EXPECT_EQ(it->second.Get("/api/v1/checkins/" + day).status, 200) << entry;
  }
  std::filesystem::remove_all(dir);
}

TEST(ServerTest, LogsNameRoutesNeverPathsBodiesPasswordsOrTokens) {
  ServerProcess server;
  ASSERT_TRUE(server.ok()) << server.Log();
  const std::string password = "Pa55word-Marker-7781";
  Client c(server.port());
  ASSERT_EQ(c.Post("/api/v1/signup", R"({"email":"logged@example.com","password":")" + password + "\"}").status, 201);
  const std::string day = DayBefore(3);
  ASSERT_EQ(c.Put("/api/v1/checkins/" + day, R"({"moments":["sex"],"closeness":2,"note":"NOTE-MARKER-5521"})").status, 201);
  std::string token = c.cookie().substr(c.cookie().find('=') + 1);
  ASSERT_GT(token.size(), 20u);
  server.Stop();
  std::string log = server.Log();
  EXPECT_NE(log.find("PUT /api/v1/checkins/{day} 201"), std::string::npos) << log;
  EXPECT_NE(log.find("POST /api/v1/signup 201"), std::string::npos) << log;
  for (const std::string& secret : {password, std::string("NOTE-MARKER-5521"), token, day, std::string("logged@example.com")}) {
    EXPECT_EQ(log.find(secret), std::string::npos) << "the log holds " << secret;
  }
}

TEST(CommandLineTest, RefusesPlainHttpOffLoopbackAndReportsVersion) {
  std::string out;
  EXPECT_EQ(RunRapport({"serve", "--listen", "0.0.0.0:0", "--data-dir", MakeTempDir("rapport-cli")}, out), 2);
  EXPECT_NE(out.find("--insecure-http"), std::string::npos) << out;
  EXPECT_EQ(RunRapport({"--version"}, out), 0);
  EXPECT_NE(out.find("rapport "), std::string::npos) << out;
  EXPECT_EQ(RunRapport({"serve", "--listen", "nonsense"}, out), 2);
}

TEST(CommandLineTest, MigrateCreatesTheDatabaseAndKeyFilePrivately) {
  std::string dir = MakeTempDir("rapport-migrate");
  std::string out;
  ASSERT_EQ(RunRapport({"migrate", "--data-dir", dir}, out), 0) << out;
  EXPECT_NE(out.find("schema is at version"), std::string::npos) << out;
  auto perms = std::filesystem::status(dir + "/master.key").permissions();
  EXPECT_EQ(perms & std::filesystem::perms::all, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  EXPECT_TRUE(std::filesystem::exists(dir + "/rapport.db"));
  EXPECT_EQ(RunRapport({"migrate", "--data-dir", dir}, out), 0) << out;  // idempotent
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rapport::testing
