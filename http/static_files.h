// StaticFiles: serves the web app's built files (embedded in the binary) with an SPA fallback:
// a GET outside /api for a path that does not end in a static file's extension (.js, .css,
// .png, …) answers with index.html, so that a reload of a deep link (/checkin/2026-11-20,
// /insights/closeness_trend.up) works.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "http/message.h"

namespace rapport::http {

struct Asset {
  std::string_view path;          // "/index.html", "/assets/app-3f2a.js"
  std::string_view content_type;  // "text/html; charset=utf-8"
  std::string_view body;
  std::string_view gzip_body;     // the same bytes gzip-compressed, or empty
};

class StaticFiles {
 public:
  explicit StaticFiles(std::span<const Asset> assets) : assets_(assets) {}

  // A response for GET/HEAD of an asset or an app route; nullopt when the request is not for
  // static content (other methods, /api, /healthz). An unknown path with an extension gets 404.
  std::optional<Response> Serve(const Request& request) const;

 private:
  const Asset* Find(std::string_view path) const;
  std::span<const Asset> assets_;
};

}  // namespace rapport::http
