// `rapport serve` and `rapport migrate`: the composition root that wires store, sessions, API,
// static files and the HTTP server together.
#pragma once

#include <string>

namespace rapport::app {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string data_dir = "var";
  std::string db;  // empty: sqlite:<data_dir>/rapport.db
  bool insecure_http = false;
  std::string tls_cert;  // PEM certificate chain: serve HTTPS (with tls_key)
  std::string tls_key;
  std::string public_origin;  // "https://…" when behind a TLS reverse proxy
  bool trust_forwarded_for = false;  // the proxy's X-Forwarded-For names the client
  int io_threads = 0;         // 0: one per core
  int worker_threads = 8;
};

// Each returns the process exit code and prints calm, specific errors to stderr.
int RunServe(const ServeOptions& options);
int RunMigrate(const ServeOptions& options);

}  // namespace rapport::app
