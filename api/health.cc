// GET /healthz: for load balancers and the host's monitoring. Says nothing about any person.
#include "api/respond.h"
#include "api/routes.h"
#include "http/json_error.h"

namespace rapport::api {

void AddHealthRoutes(ApiRouter& router) {
  router.Add(
      "GET", "/healthz",
      [](const http::Request&, const http::PathParams&, Call& call) {
        if (!call.deps.store.Ping().ok()) {
          return http::JsonError(503, "unavailable", "The database is not reachable.");
        }
        http::Response r;
        r.body = R"({"status":"ok"})";
        return r;
      },
      {.requires_session = false});
}

}  // namespace rapport::api
