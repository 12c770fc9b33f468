// The headers every response carries, whatever produced it (api/, static files, or an error
// the server itself raised before any handler ran).
#pragma once

#include "http/message.h"

namespace rapport::http {

// Adds the security headers to `response`, and Cache-Control: no-store unless the handler set
// its own caching (only static assets do).
void AddSecurityHeaders(const Request& request, Response& response);

}  // namespace rapport::http
