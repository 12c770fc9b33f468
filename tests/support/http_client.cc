#include "tests/support/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <chrono>

namespace rapport::testing {

std::string HttpResult::Header(const std::string& lower_name) const {
  for (const auto& [k, v] : headers) {
    if (k == lower_name) return v;
  }
  return "";
}

namespace {

std::string ErrorMember(const std::string& body, const char* member) {
  boost::system::error_code ec;
  auto v = boost::json::parse(body, ec);
  if (ec || !v.is_object()) return "";
  auto* e = v.as_object().if_contains("error");
  if (!e || !e->is_object()) return "";
  auto* m = e->as_object().if_contains(member);
  return m && m->is_string() ? std::string(m->as_string()) : "";
}

}  // namespace

std::string HttpResult::ErrorCode() const { return ErrorMember(body, "code"); }
std::string HttpResult::ErrorField() const { return ErrorMember(body, "field"); }

std::string SendRaw(int port, const std::string& raw, int timeout_ms) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "";
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return "";
  }
  for (std::size_t sent = 0; sent < raw.size();) {
    ssize_t n = ::send(fd, raw.data() + sent, raw.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may close early (e.g. after a 413); read what it said
    sent += static_cast<std::size_t>(n);
  }
  std::string out;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  char buf[16384];
  for (;;) {
    int left = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count());
    if (left <= 0) break;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, left) <= 0) break;
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

std::vector<HttpResult> ParseResponses(const std::string& raw) {
  std::vector<HttpResult> out;
  std::size_t pos = 0;
  while (pos < raw.size()) {
    auto head_end = raw.find("\r\n\r\n", pos);
    if (head_end == std::string::npos) break;
    HttpResult r;
    std::string head = raw.substr(pos, head_end - pos);
    auto line_end = head.find("\r\n");
    std::string status_line = head.substr(0, line_end);
    if (status_line.size() >= 12) r.status = std::stoi(status_line.substr(9, 3));
    std::size_t length = 0;
    for (std::size_t i = line_end; i != std::string::npos && i < head.size();) {
      std::size_t next = head.find("\r\n", i + 2);
      std::string line = head.substr(i + 2, next == std::string::npos ? std::string::npos : next - i - 2);
      auto colon = line.find(':');
      if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.erase(0, 1);
        if (name == "content-length") length = std::stoul(value);
        r.headers.emplace_back(name, value);
      }
      i = next;
    }
    r.body = raw.substr(head_end + 4, length);
    pos = head_end + 4 + length;
    out.push_back(std::move(r));
  }
  return out;
}

HttpResult Client::Send(const std::string& method, const std::string& target, const std::string& body,
                        const std::vector<std::pair<std::string, std::string>>& extra_headers,
                        bool csrf_header) {
  std::string req = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port_) +
                    "\r\nConnection: close\r\nUser-Agent: rapport-tests\r\n";
  if (!cookie_.empty()) req += "Cookie: " + cookie_ + "\r\n";
  if (csrf_header && method != "GET") req += "X-Rapport-CSRF: 1\r\n";
  bool has_type = false;
  for (const auto& [k, v] : extra_headers) {
    req += k + ": " + v + "\r\n";
    has_type |= k == "Content-Type";
  }
  if (!body.empty() && !has_type) req += "Content-Type: application/json\r\n";
  req += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  auto responses = ParseResponses(SendRaw(port_, req));
  if (responses.empty()) return {};
  HttpResult r = std::move(responses.front());
  for (const auto& [k, v] : r.headers) {
    if (k != "set-cookie") continue;
    std::string pair = v.substr(0, v.find(';'));
    auto eq = pair.find('=');
    cookie_ = eq + 1 < pair.size() ? pair : "";
  }
  return r;
}

}  // namespace rapport::testing
