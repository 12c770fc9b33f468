#include "http/security_headers.h"

namespace rapport::http {

void AddSecurityHeaders(const Request& request, Response& response) {
  // Everything is served by rapport itself: no third-party origin is ever needed, and no page
  // may be framed (clickjacking of consent switches would be a real harm).
  response.AddHeader("Content-Security-Policy",
                     "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                     "form-action 'self'; object-src 'none'");
  response.AddHeader("X-Content-Type-Options", "nosniff");
  response.AddHeader("Referrer-Policy", "no-referrer");
  response.AddHeader("X-Frame-Options", "DENY");
  response.AddHeader("Cross-Origin-Opener-Policy", "same-origin");
  response.AddHeader("Cross-Origin-Resource-Policy", "same-origin");
  response.AddHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  if (request.secure) {
    response.AddHeader("Strict-Transport-Security", "max-age=31536000");
  }
  // Nothing personal may sit in a shared or disk cache. Only the static handler opts out, for
  // content-hashed assets that hold no personal data.
  bool has_cache_control = false;
  for (const auto& [name, value] : response.headers) has_cache_control |= name == "Cache-Control";
  if (!has_cache_control) response.AddHeader("Cache-Control", "no-store");
}

}  // namespace rapport::http
