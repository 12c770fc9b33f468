#include "http/json_error.h"

#include <cstdio>

namespace rapport::http {

std::string JsonEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

Response JsonError(int status, std::string_view code, std::string_view message,
                   std::string_view field) {
  Response r;
  r.status = status;
  r.body = "{\"error\":{\"code\":\"" + JsonEscape(code) + "\",\"message\":\"" + JsonEscape(message) + "\"";
  if (!field.empty()) r.body += ",\"field\":\"" + JsonEscape(field) + "\"";
  r.body += "}}";
  return r;
}

}  // namespace rapport::http
