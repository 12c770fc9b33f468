// Api: every request for /api/v1/... and /healthz passes through Handle(), which in order
// matches the route (404 / 405), refuses cross-site state changes (403 csrf), refuses bodies
// that are not JSON (415), resolves the session (401), then runs the resource's handler.
// Thread-safe: Handle() is called concurrently from the server's worker threads.
#pragma once

#include <vector>

#include "api/context.h"

namespace rapport::api {

class Api {
 public:
  explicit Api(Deps deps);

  // Handles /api/... and /healthz. Never throws for bad input: every refusal is a JSON error.
  http::Response Handle(const http::Request& request);

  // Every (method, pattern) the API serves, for the OpenAPI comparison test.
  static std::vector<http::RouteInfo> Routes();

 private:
  Deps deps_;
  ApiRouter router_;
};

}  // namespace rapport::api
