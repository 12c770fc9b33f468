#include "api/cookies.h"

namespace rapport::api {

std::string SessionCookieName(const ApiOptions& options) {
  return options.secure_cookies ? "__Host-rapport_session" : "rapport_session";
}

namespace {

std::string_view TokenIn(std::string_view header, const std::string& name) {
  while (!header.empty()) {
    auto end = header.find(';');
    std::string_view pair = header.substr(0, end);
    header = end == std::string_view::npos ? std::string_view{} : header.substr(end + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > name.size() && pair.starts_with(name) && pair[name.size()] == '=') {
      return pair.substr(name.size() + 1);
    }
  }
  return {};
}

}  // namespace

std::string_view SessionTokenFrom(const http::Request& request, const ApiOptions& options) {
  const std::string name = SessionCookieName(options);
  // Some proxies pass an HTTP/2 client's cookies as several Cookie headers: read them all.
  for (const auto& [header_name, value] : request.headers) {
    if (header_name != "cookie") continue;
    if (auto token = TokenIn(value, name); !token.empty()) return token;
  }
  return {};
}

namespace {

std::string CookieAttributes(const ApiOptions& options) {
  std::string a = "; Path=/; HttpOnly; SameSite=Strict";
  if (options.secure_cookies) a += "; Secure";
  return a;
}

}  // namespace

void SetSessionCookie(http::Response& response, const ApiOptions& options, std::string_view token,
                      UnixSeconds max_age) {
  response.AddHeader("Set-Cookie", SessionCookieName(options) + "=" + std::string(token) +
                                       CookieAttributes(options) + "; Max-Age=" + std::to_string(max_age));
}

void ClearSessionCookie(http::Response& response, const ApiOptions& options) {
  response.AddHeader("Set-Cookie", SessionCookieName(options) + "=" + CookieAttributes(options) + "; Max-Age=0");
}

}  // namespace rapport::api
