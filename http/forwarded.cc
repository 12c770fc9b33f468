#include "http/forwarded.h"

namespace rapport::http {

void UseForwardedFor(Request& request) {
  std::string_view header = request.Header("x-forwarded-for");
  auto comma = header.rfind(',');
  std::string_view last = comma == std::string_view::npos ? header : header.substr(comma + 1);
  while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
  while (!last.empty() && last.back() == ' ') last.remove_suffix(1);
  if (last.empty() || last.size() > 45) return;  // 45: the longest textual IPv6 address
  for (char c : last) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
    if (!ok) return;
  }
  request.remote_address = std::string(last);
}

}  // namespace rapport::http
