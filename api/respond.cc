#include "api/respond.h"

#include <boost/json/serialize.hpp>

#include "http/json_error.h"

namespace rapport::api {

int HttpStatusFor(Code code) {
  switch (code) {
    case Code::kOk: return 200;
    case Code::kInvalid: return 400;
    case Code::kUnauthenticated: return 401;
    case Code::kNotFound: return 404;
    case Code::kConflict: return 409;
    case Code::kTooLarge: return 413;
    case Code::kTooMany: return 429;
    case Code::kUnavailable: return 503;
    case Code::kInternal: return 500;
  }
  return 500;
}

http::Response ErrorResponse(const Status& status) {
  if (status.code() == Code::kInternal) {
    return http::JsonError(500, "internal",
                           "Something went wrong on our side. Nothing was changed; please try again.");
  }
  if (status.code() == Code::kUnavailable) {
    return http::JsonError(503, "unavailable",
                           "Rapport can't reach its database right now. Nothing was changed; please "
                           "try again in a moment.");
  }
  return http::JsonError(HttpStatusFor(status.code()), CodeName(status.code()), status.message(),
                         status.field());
}

http::Response JsonResponse(int status, const boost::json::value& body) {
  http::Response r;
  r.status = status;
  r.body = boost::json::serialize(body);
  return r;
}

http::Response NoContent() {
  http::Response r;
  r.status = 204;
  return r;
}

}  // namespace rapport::api
