// Request and Response as the rest of Rapport sees them: plain structs with no Boost.Beast in
// sight, so api/ and the router compile fast and are tested without sockets.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::http {

struct Request {
  std::string method;   // upper case: "GET", "PUT", ...
  std::string target;   // raw request target, e.g. "/api/v1/checkins?from=2026-01-01"
  std::string path;     // target without the query string (not percent-decoded)
  std::string query;    // text after '?', raw
  std::vector<std::pair<std::string, std::string>> headers;  // names lower case
  std::string body;
  std::string remote_address;  // the peer's IP address
  bool secure = false;         // served over TLS

  // First value of a header (name in lower case), or "" when absent.
  std::string_view Header(std::string_view lower_name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra: Set-Cookie, Retry-After…
  // What the access log names instead of the path: the matched route pattern (paths may carry
  // dates or ids a log has no business keeping), or a fixed word such as "static".
  std::string log_route;

  void AddHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
};

}  // namespace rapport::http
