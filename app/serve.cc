#include "app/serve.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <thread>

#include "api/api.h"
#include "app/setup.h"
#include "app/web_assets.h"
#include "auth/login_limiter.h"
#include "auth/sessions.h"
#include "http/forwarded.h"
#include "http/server.h"
#include "http/static_files.h"

namespace rapport::app {
namespace {

UnixSeconds Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

int RunMigrate(const ServeOptions& options) {
  auto store = OpenStore(options.data_dir, options.db);
  if (!store.ok()) {
    spdlog::error("Could not open the database: {}", store.status().message());
    return 1;
  }
  auto version = (*store)->Migrate();
  if (!version.ok()) {
    spdlog::error("Migration failed: {}", version.status().message());
    return 1;
  }
  spdlog::info("The database schema is at version {}.", *version);
  return 0;
}

int RunServe(const ServeOptions& options) {
  http::ServerOptions server_options;
  if (Status s = ParseListen(options.listen, server_options.address, server_options.port); !s.ok()) {
    spdlog::error("{}", s.message());
    return 2;
  }
  server_options.tls_cert_file = options.tls_cert;
  server_options.tls_key_file = options.tls_key;
  const bool tls = !options.tls_cert.empty();
  if (!IsLoopback(server_options.address) && !tls && !options.insecure_http) {
    spdlog::error(
        "Refusing to listen on {} without TLS: people's most private data must not cross a network "
        "unencrypted. Pass --tls-cert and --tls-key, or listen on 127.0.0.1 behind a TLS reverse proxy "
        "(with --public-origin https://your.host), or pass --insecure-http if you really mean it.",
        server_options.address);
    return 2;
  }
  auto store = OpenStore(options.data_dir, options.db);
  if (!store.ok()) {
    spdlog::error("Could not open the database: {}", store.status().message());
    return 1;
  }

  const bool behind_tls_proxy = options.public_origin.starts_with("https://");
  api::ApiOptions api_options;
  api_options.public_origin = options.public_origin;
  api_options.secure_cookies = tls || options.public_origin.starts_with("https://");
  auth::Sessions sessions(**store, api_options.sessions);
  auth::LoginLimiter login_limiter(api_options.login_limits);
  auth::LoginLimiter signup_limiter(api_options.signup_limits);
  api::Api api(api::Deps{**store, sessions, login_limiter, signup_limiter, Now, api_options});
  http::StaticFiles static_files(WebAssets());

  server_options.io_threads = options.io_threads > 0 ? options.io_threads
                                                     : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  server_options.worker_threads = options.worker_threads;
  http::Server server(
      server_options,
      [&](http::Request& request) {
        // Behind a TLS proxy the person is on HTTPS: the response must say so (HSTS).
        if (behind_tls_proxy) request.secure = true;
        if (options.trust_forwarded_for) http::UseForwardedFor(request);
        if (auto page = static_files.Serve(request)) return std::move(*page);
        return api.Handle(request);
      },
      [](const http::Request& request, const http::Response& response, std::chrono::microseconds took) {
        // Method, route pattern, status and time only: never paths, bodies, cookies or notes.
        spdlog::info("{} {} {} {:.1f}ms", request.method, response.log_route, response.status, took.count() / 1000.0);
      });
  if (Status s = server.Bind(); !s.ok()) {
    spdlog::error("{}", s.message());
    return 1;
  }
  spdlog::info("Rapport is listening on {}://{}:{}/ (data in {})", tls ? "https" : "http", server_options.address,
               server.port(), options.data_dir);
  server.Run();
  spdlog::info("Rapport stopped; every answered request was saved.");
  return 0;
}

}  // namespace rapport::app
