// A small blocking HTTP/1.1 client over a plain POSIX socket, for tests against the real server
// on loopback. One request per connection (Connection: close) unless raw bytes are sent.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace rapport::testing {

struct HttpResult {
  int status = 0;  // 0 when the connection failed or the reply could not be parsed
  std::vector<std::pair<std::string, std::string>> headers;  // names lower case
  std::string body;

  std::string Header(const std::string& lower_name) const;
  // The error code of a JSON error body ("" when there is none), e.g. "not_found".
  std::string ErrorCode() const;
  std::string ErrorField() const;
};

// Sends `raw` bytes and reads until the server closes the connection (or `timeout_ms`).
std::string SendRaw(int port, const std::string& raw, int timeout_ms = 5000);
// Parses every response in `raw` (several when requests were pipelined).
std::vector<HttpResult> ParseResponses(const std::string& raw);

// A browser-like client: keeps the session cookie it is given and sends the CSRF header with
// every state-changing request (unless told not to).
class Client {
 public:
  explicit Client(int port) : port_(port) {}

  HttpResult Get(const std::string& target) { return Send("GET", target, ""); }
  HttpResult Delete(const std::string& target, const std::string& body = "") { return Send("DELETE", target, body); }
  HttpResult Post(const std::string& target, const std::string& body = "") { return Send("POST", target, body); }
  HttpResult Put(const std::string& target, const std::string& body) { return Send("PUT", target, body); }
  HttpResult Send(const std::string& method, const std::string& target, const std::string& body,
                  const std::vector<std::pair<std::string, std::string>>& extra_headers = {},
                  bool csrf_header = true);

  const std::string& cookie() const { return cookie_; }
  void set_cookie(std::string cookie) { cookie_ = std::move(cookie); }

 private:
  int port_;
  std::string cookie_;  // "rapport_session=…" or empty
};

}  // namespace rapport::testing
