#include "http/static_files.h"

#include "http/json_error.h"

namespace rapport::http {
namespace {

bool AcceptsGzip(const Request& request) {
  return request.Header("accept-encoding").find("gzip") != std::string_view::npos;
}

// App routes may hold dots (an insight id like "closeness_trend.up"), so only paths that end
// in an extension of a file the build could have made count as files.
bool LooksLikeFile(std::string_view path) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
  std::string_view ext = path.substr(dot + 1);
  for (std::string_view known : {"js", "mjs", "css", "html", "map", "json", "webmanifest", "txt", "svg", "png",
                                 "ico", "jpg", "jpeg", "webp", "woff", "woff2"}) {
    if (ext == known) return true;
  }
  return false;
}

}  // namespace

const Asset* StaticFiles::Find(std::string_view path) const {
  for (const Asset& a : assets_) {
    if (a.path == path) return &a;
  }
  return nullptr;
}

std::optional<Response> StaticFiles::Serve(const Request& request) const {
  if (request.method != "GET" && request.method != "HEAD") return std::nullopt;
  const std::string& path = request.path;
  if (path == "/api" || path.starts_with("/api/") || path == "/healthz") return std::nullopt;

  const Asset* asset = Find(path == "/" ? "/index.html" : path);
  bool is_app_route = false;
  if (!asset && !LooksLikeFile(path)) {
    asset = Find("/index.html");
    is_app_route = true;
  }
  if (!asset) {
    Response r = JsonError(404, "not_found", "There is nothing at this address.");
    r.log_route = "static";
    return r;
  }
  Response r;
  r.log_route = "static";
  r.content_type = std::string(asset->content_type);
  // Files under /assets/ carry a content hash in their names, so they never change: cache them
  // for a long time. Everything else (index.html) is revalidated on every visit.
  if (!is_app_route && path.starts_with("/assets/")) {
    r.AddHeader("Cache-Control", "public, max-age=31536000, immutable");
  } else {
    r.AddHeader("Cache-Control", "no-cache");
  }
  r.AddHeader("Vary", "Accept-Encoding");
  if (!asset->gzip_body.empty() && AcceptsGzip(request)) {
    r.AddHeader("Content-Encoding", "gzip");
    r.body = std::string(asset->gzip_body);
  } else {
    r.body = std::string(asset->body);
  }
  if (request.method == "HEAD") r.body.clear();
  return r;
}

}  // namespace rapport::http
