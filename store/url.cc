#include "store/url.h"

#include <vector>

namespace rapport::store::internal {
namespace {

constexpr std::string_view kSqlite = "sqlite:";

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool PercentDecode(std::string_view in, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out.push_back(in[i]);
      continue;
    }
    if (i + 2 >= in.size()) return false;
    int hi = HexValue(in[i + 1]), lo = HexValue(in[i + 2]);
    if (hi < 0 || lo < 0) return false;
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return true;
}

class Conninfo {
 public:
  void Add(std::string_view key, std::string_view value) {
    if (!text_.empty()) text_ += ' ';
    text_ += key;
    text_ += '=';
    text_ += QuoteConninfoValue(value);
  }
  std::string Take() { return std::move(text_); }

 private:
  std::string text_;
};

Status BadPostgresUrl(std::string_view why) {
  return Status::Invalid("database URL is not a valid postgresql:// URI: " + std::string(why),
                         "url");
}

Result<std::string> PostgresConninfo(std::string_view rest) {
  Conninfo info;
  std::string decoded;
  std::string_view query;
  if (auto q = rest.find('?'); q != std::string_view::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  std::string_view authority = rest, path;
  if (auto slash = rest.find('/'); slash != std::string_view::npos) {
    authority = rest.substr(0, slash);
    path = rest.substr(slash + 1);
  }
  if (auto at = authority.rfind('@'); at != std::string_view::npos) {
    std::string_view userinfo = authority.substr(0, at);
    authority = authority.substr(at + 1);
    std::string_view user = userinfo, password;
    if (auto colon = userinfo.find(':'); colon != std::string_view::npos) {
      user = userinfo.substr(0, colon);
      password = userinfo.substr(colon + 1);
    }
    if (!user.empty()) {
      if (!PercentDecode(user, decoded)) return BadPostgresUrl("bad percent-encoding in user");
      info.Add("user", decoded);
    }
    if (!password.empty()) {
      if (!PercentDecode(password, decoded)) return BadPostgresUrl("bad percent-encoding");
      info.Add("password", decoded);
    }
  }
  // host[:port], possibly a comma-separated list, IPv6 literals in brackets.
  std::string hosts, ports;
  bool any_port = false;
  std::size_t start = 0;
  while (start <= authority.size() && !authority.empty()) {
    std::size_t comma = authority.find(',', start);
    std::string_view item = authority.substr(start, comma == std::string_view::npos
                                                        ? std::string_view::npos
                                                        : comma - start);
    std::string_view host = item, port;
    if (!item.empty() && item.front() == '[') {
      auto close = item.find(']');
      if (close == std::string_view::npos) return BadPostgresUrl("unclosed [ in host");
      host = item.substr(1, close - 1);
      std::string_view after = item.substr(close + 1);
      if (!after.empty()) {
        if (after.front() != ':') return BadPostgresUrl("unexpected text after ]");
        port = after.substr(1);
      }
    } else if (auto colon = item.rfind(':'); colon != std::string_view::npos) {
      host = item.substr(0, colon);
      port = item.substr(colon + 1);
    }
    for (char c : port) {
      if (c < '0' || c > '9') return BadPostgresUrl("port is not a number");
    }
    if (!PercentDecode(host, decoded)) return BadPostgresUrl("bad percent-encoding in host");
    if (start > 0) {
      hosts += ',';
      ports += ',';
    }
    hosts += decoded;
    ports += port;
    any_port = any_port || !port.empty();
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (!hosts.empty() && hosts != std::string(hosts.size(), ',')) info.Add("host", hosts);
  if (any_port) info.Add("port", ports);
  if (!path.empty()) {
    if (!PercentDecode(path, decoded)) return BadPostgresUrl("bad percent-encoding in dbname");
    info.Add("dbname", decoded);
  }
  bool has_timeout = false;
  while (!query.empty()) {
    auto amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    auto eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) return BadPostgresUrl("query parameter without =");
    std::string key;
    if (!PercentDecode(pair.substr(0, eq), key)) return BadPostgresUrl("bad percent-encoding");
    for (char c : key) {
      if (!((c >= 'a' && c <= 'z') || c == '_')) return BadPostgresUrl("bad parameter name");
    }
    // SOCI would treat these as its own options; they are not libpq's.
    if (key == "singlerow" || key == "singlerows") return BadPostgresUrl("unsupported parameter");
    if (!PercentDecode(pair.substr(eq + 1), decoded)) return BadPostgresUrl("bad percent-encoding");
    has_timeout = has_timeout || key == "connect_timeout";
    info.Add(key, decoded);
  }
  // Without a timeout libpq may wait for minutes on an unreachable host; we would rather
  // answer kUnavailable promptly.
  if (!has_timeout) info.Add("connect_timeout", "10");
  return info.Take();
}

}  // namespace

std::string QuoteConninfoValue(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\\' || c == '\'') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('\'');
  return out;
}

Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url) {
  DatabaseUrl out;
  if (StartsWith(url, kSqlite)) {
    std::string_view path = url.substr(kSqlite.size());
    if (StartsWith(path, "//")) path.remove_prefix(2);
    if (path.empty()) return Status::Invalid("sqlite: URL names no database file", "url");
    if (path == ":memory:" || StartsWith(path, "file:")) {
      return Status::Invalid("sqlite: URL must name a database file path", "url");
    }
    if (path.find('"') != std::string_view::npos) {
      return Status::Invalid("sqlite: database path may not contain a double quote", "url");
    }
    out.dialect = Dialect::kSqlite;
    out.sqlite_path = std::string(path);
    return out;
  }
  for (std::string_view scheme : {"postgresql://", "postgres://"}) {
    if (StartsWith(url, scheme)) {
      RAPPORT_ASSIGN_OR_RETURN(out.pg_conninfo, PostgresConninfo(url.substr(scheme.size())));
      out.dialect = Dialect::kPostgres;
      return out;
    }
  }
  return Status::Invalid("database URL must start with sqlite: or postgresql://", "url");
}

}  // namespace rapport::store::internal
