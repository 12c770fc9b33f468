// The one shape of every error a client receives:
//   {"error":{"code":"invalid","message":"...","field":"closeness"}}
#pragma once

#include <string>
#include <string_view>

#include "http/message.h"

namespace rapport::http {

// Escapes `text` as the inside of a JSON string literal (quotes not included). Bytes that are
// not valid UTF-8 become U+FFFD, so the output is always valid JSON.
std::string JsonEscape(std::string_view text);

// A complete error response. `field` is omitted from the body when empty.
Response JsonError(int status, std::string_view code, std::string_view message,
                   std::string_view field = {});

}  // namespace rapport::http
