#include "api/openapi.h"

#include "api/routes.h"

namespace rapport::api {

void AddOpenApiRoutes(ApiRouter& router) {
  router.Add(
      "GET", "/api/v1/openapi.json",
      [](const http::Request&, const http::PathParams&, Call&) {
        http::Response r;
        r.body = std::string(OpenApiDocument());
        return r;
      },
      {.requires_session = false});
}

}  // namespace rapport::api
