// Server: the HTTP/1.1 front door (Boost.Beast on C++20 coroutines). Only http/server.cc
// includes Beast/Asio; everything behind it sees http::Request and http::Response.
//
// Threads: `io_threads` threads, each running its own io_context with its own acceptor on the
// same port (SO_REUSEPORT), so connections never hop threads. The handler runs on a separate
// pool of `worker_threads`, because it may block on the database or on Argon2id; the io threads
// only read, parse and write.
//
// Limits (each answered with a JSON error and a closed connection): request header bytes
// (431), body bytes (413), a read deadline re-armed before every request (idle connections are
// closed), a write deadline, and a cap on requests per connection. Requests on one connection
// are handled strictly one after another: a pipelining client gets its answers in order and
// can never have more than one request in the handler at a time, and the bytes it may send
// ahead are bounded by the read buffer.
//
// Every response carries the security headers (CSP default-src 'self', frame-ancestors 'none',
// nosniff, no-referrer, ...); responses under /api also carry Cache-Control: no-store.
//
// With a certificate and key it serves HTTPS (TLS 1.2+); requests then carry secure = true.
//
// Shutdown (Stop(), or SIGINT/SIGTERM during Run()): stop accepting, close idle connections,
// let requests already in the handler finish and their responses be written, then return.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "base/status.h"
#include "http/message.h"

namespace rapport::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port (see Server::port())
  int io_threads = 2;
  int worker_threads = 8;
  std::size_t header_limit = 8 * 1024;
  std::size_t body_limit = 64 * 1024;
  std::chrono::milliseconds read_timeout{30'000};
  std::chrono::milliseconds write_timeout{30'000};
  int max_requests_per_connection = 10'000;
  // HTTPS when both are set: PEM files, the chain (leaf first) and its private key. TLS 1.2+.
  std::string tls_cert_file;
  std::string tls_key_file;
};

// Runs on a worker thread. Must not throw; if it does, the client gets a 500 JSON error.
using RequestHandler = std::function<Response(Request&)>;
// Called after each response is written: no bodies, no paths — only the log route.
using AccessLog = std::function<void(const Request&, const Response&, std::chrono::microseconds)>;

class Server {
 public:
  Server(ServerOptions options, RequestHandler handler, AccessLog access_log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Loads the TLS files (kInvalid when unreadable) and binds the listening sockets
  // (kUnavailable with the reason when the address can't be bound).
  Status Bind();
  // The bound port (after Bind()).
  unsigned short port() const;
  // Serves until Stop() or SIGINT/SIGTERM, then drains as described above and returns.
  void Run();
  // Thread-safe; returns at once. Run() returns once the drain is complete.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rapport::http
