// Router: maps (method, path pattern) to a handler. Patterns are literal segments and
// "{name}" placeholders that match one non-empty segment: "/api/v1/checkins/{day}".
//
// Match() tells apart "no such path" (404) from "path exists, other method" (405) and returns
// the methods the path allows, for the Allow header. Routes() lists every registered route so
// a test can compare the router with the OpenAPI document.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.h"

namespace rapport::http {

using PathParams = std::map<std::string, std::string, std::less<>>;

struct RouteOptions {
  bool requires_session = true;  // false for signup, login, catalogue, openapi
};

// The handler gets the request, the path parameters, and the opaque context the dispatcher
// supplies (api/ passes the signed-in person).
template <typename Context>
using Handler = std::function<Response(const Request&, const PathParams&, Context&)>;

struct RouteInfo {
  std::string method;
  std::string pattern;
};

template <typename Context>
class Router {
 public:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    RouteOptions options;
    Handler<Context> handler;
  };

  struct Match {
    const Route* route = nullptr;      // set when path and method matched
    PathParams params;
    std::vector<std::string> allowed;  // methods for this path, when the method did not match
  };

  void Add(std::string method, std::string pattern, Handler<Context> handler,
           RouteOptions options = {}) {
    routes_.push_back(Route{std::move(method), pattern, Split(pattern), options, std::move(handler)});
  }

  Match Find(std::string_view method, std::string_view path) const {
    Match m;
    auto segments = Split(path);
    for (const Route& r : routes_) {
      PathParams params;
      if (!MatchSegments(r.segments, segments, params)) continue;
      if (r.method == method) {
        m.route = &r;
        m.params = std::move(params);
        m.allowed.clear();
        return m;
      }
      m.allowed.push_back(r.method);
    }
    return m;
  }

  std::vector<RouteInfo> Routes() const {
    std::vector<RouteInfo> out;
    for (const Route& r : routes_) out.push_back({r.method, r.pattern});
    return out;
  }

 private:
  static std::vector<std::string> Split(std::string_view path) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < path.size()) {
      if (path[i] == '/') { ++i; continue; }
      std::size_t j = path.find('/', i);
      if (j == std::string_view::npos) j = path.size();
      out.emplace_back(path.substr(i, j - i));
      i = j;
    }
    // A trailing slash is a different path: "/api/v1/checkins/" must not match ".../{day}".
    if (!path.empty() && path.back() == '/' && path.size() > 1) out.emplace_back();
    return out;
  }

  static bool MatchSegments(const std::vector<std::string>& pattern,
                            const std::vector<std::string>& path, PathParams& params) {
    if (pattern.size() != path.size()) return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      const std::string& p = pattern[i];
      if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
        if (path[i].empty()) return false;
        params[p.substr(1, p.size() - 2)] = path[i];
      } else if (p != path[i]) {
        return false;
      }
    }
    return true;
  }

  std::vector<Route> routes_;
};

}  // namespace rapport::http
