#include "api/query.h"

namespace rapport::api {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool Decode(std::string_view in, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '+') {
      out += ' ';
    } else if (in[i] == '%') {
      if (i + 2 >= in.size()) return false;
      int hi = HexValue(in[i + 1]), lo = HexValue(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += in[i];
    }
  }
  return true;
}

}  // namespace

Result<QueryParams> ParseQuery(std::string_view query) {
  QueryParams params;
  while (!query.empty()) {
    auto amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (pair.empty()) continue;
    auto eq = pair.find('=');
    std::string key, value;
    if (!Decode(pair.substr(0, eq), key) ||
        !Decode(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1), value)) {
      return Status::Invalid("The query string has a broken %-escape.");
    }
    if (!params.emplace(key, std::move(value)).second) {
      return Status::Invalid("'" + key + "' is given more than once.", key);
    }
  }
  return params;
}

Status OnlyParams(const QueryParams& params, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : params) {
    bool known = false;
    for (auto a : allowed) known |= key == a;
    if (!known) return Status::Invalid("'" + key + "' is not a parameter this route accepts.", key);
  }
  return Status::Ok();
}

}  // namespace rapport::api
