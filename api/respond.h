// Building responses: JSON bodies, and the one place where a Status becomes an HTTP status.
#pragma once

#include <boost/json/value.hpp>

#include "base/status.h"
#include "http/message.h"

namespace rapport::api {

int HttpStatusFor(Code code);

// The JSON error response for a non-ok Status. kInternal details stay out of the body: the
// client gets a calm generic message, the log gets the code.
http::Response ErrorResponse(const Status& status);

http::Response JsonResponse(int status, const boost::json::value& body);
http::Response NoContent();

}  // namespace rapport::api
