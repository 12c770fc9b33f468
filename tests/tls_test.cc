// HTTPS served by rapport itself: real TLS on loopback with a throw-away certificate, checked
// with curl as the client.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>

#include "tests/support/fixtures.h"
#include "tests/support/server_process.h"

namespace rapport::testing {
namespace {

std::string Shell(const std::string& command) {
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 4096> buf;
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
    ::pclose(pipe);
  }
  return out;
}

class TlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir("rapport-tls");
    Shell("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext subjectAltName=IP:127.0.0.1 "
        "-keyout " + dir_ + "/key.pem -out " + dir_ + "/cert.pem 2>/dev/null");
    ASSERT_TRUE(std::filesystem::exists(dir_ + "/cert.pem"));
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::vector<std::string> TlsArgs() { return {"--tls-cert", dir_ + "/cert.pem", "--tls-key", dir_ + "/key.pem"}; }
  std::string dir_;
};

TEST_F(TlsTest, ServesHttpsWithSecureHostCookies) {
  ServerProcess server("", "", TlsArgs());
  ASSERT_TRUE(server.ok()) << server.Log();
  const std::string base = "https://127.0.0.1:" + std::to_string(server.port());
  std::string health = Shell("curl -s -D - --cacert " + dir_ + "/cert.pem " + base + "/healthz");
  EXPECT_NE(health.find("HTTP/1.1 200"), std::string::npos) << health;
  EXPECT_NE(health.find("Strict-Transport-Security: max-age=31536000"), std::string::npos) << health;
  std::string signup = Shell("curl -s -D - -o /dev/null --cacert " + dir_ + "/cert.pem -H 'Content-Type: application/json' "
                           "-H 'X-Rapport-CSRF: 1' -d '{\"email\":\"tls@example.com\",\"password\":\"long enough pass\"}' " +
                           base + "/api/v1/signup");
  EXPECT_NE(signup.find("HTTP/1.1 201"), std::string::npos) << signup;
  EXPECT_NE(signup.find("Set-Cookie: __Host-rapport_session="), std::string::npos) << signup;
  EXPECT_NE(signup.find("; Secure"), std::string::npos) << signup;
  // Plain HTTP to the TLS port gets no HTTP answer.
  EXPECT_TRUE(ParseResponses(SendRaw(server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 2000)).empty());
}

TEST_F(TlsTest, AnyAddressIsAllowedWithTlsAndBrokenFilesAreRefused) {
  std::vector<std::string> args = TlsArgs();
  args.insert(args.end(), {"--listen", "0.0.0.0:0"});
  ServerProcess server("", "", args);
  ASSERT_TRUE(server.ok()) << server.Log();
  auto health = ParseResponses(SendRaw(server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 1000));
  EXPECT_TRUE(health.empty());  // it speaks TLS only
  std::string out;
  std::string data = MakeTempDir("rapport-tls-data");
  EXPECT_EQ(RunRapport({"serve", "--listen", "0.0.0.0:0", "--data-dir", data, "--tls-cert", dir_ + "/missing.pem",
                        "--tls-key", dir_ + "/key.pem"}, out), 1);
  EXPECT_NE(out.find("TLS certificate"), std::string::npos) << out;
  EXPECT_EQ(RunRapport({"serve", "--listen", "0.0.0.0:0", "--data-dir", data, "--tls-cert", dir_ + "/cert.pem"}, out), 1);
  EXPECT_NE(out.find("both a certificate"), std::string::npos) << out;
  std::filesystem::remove_all(data);
}

}  // namespace
}  // namespace rapport::testing
