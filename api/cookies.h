// The session cookie: HttpOnly, SameSite=Strict, Path=/; over HTTPS also Secure with the
// __Host- prefix (which browsers only accept from a secure origin, with no Domain).
#pragma once

#include <string>
#include <string_view>

#include "api/context.h"

namespace rapport::api {

std::string SessionCookieName(const ApiOptions& options);
// The session token from the request's Cookie header, or "" when there is none.
std::string_view SessionTokenFrom(const http::Request& request, const ApiOptions& options);
void SetSessionCookie(http::Response& response, const ApiOptions& options, std::string_view token,
                      UnixSeconds max_age);
void ClearSessionCookie(http::Response& response, const ApiOptions& options);

}  // namespace rapport::api
