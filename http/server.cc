// Boost.Beast/Asio live here and nowhere else (compile time on 2 cores matters).
#include <utility>  // before Asio: GCC 12 needs std::exchange declared first

#include "http/server.h"

#include <sys/socket.h>

#include <atomic>
#include <optional>
#include <set>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "http/json_error.h"
#include "http/security_headers.h"

namespace rapport::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
using boost::system::error_code;
using ReusePort = asio::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

Request ToRequest(bhttp::request<bhttp::string_body>& in, std::string remote, bool secure) {
  Request r;
  r.secure = secure;
  r.method = std::string(in.method_string());
  r.target = std::string(in.target());
  auto q = r.target.find('?');
  r.path = r.target.substr(0, q);
  if (q != std::string::npos) r.query = r.target.substr(q + 1);
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  r.body = std::move(in.body());
  r.remote_address = std::move(remote);
  return r;
}

}  // namespace

struct Server::Impl {
  struct Loop {
    asio::io_context ctx{1};
    std::optional<tcp::acceptor> acceptor;
    std::set<beast::tcp_stream*> idle;  // touched only on ctx's own thread
  };

  ServerOptions options;
  RequestHandler handler;
  AccessLog access_log;
  std::vector<std::unique_ptr<Loop>> loops;
  asio::thread_pool workers;
  std::optional<asio::signal_set> signals;
  std::optional<asio::ssl::context> tls;  // set when serving HTTPS
  std::atomic<bool> stopping{false};
  unsigned short bound_port = 0;

  Impl(ServerOptions o, RequestHandler h, AccessLog l)
      : options(std::move(o)), handler(std::move(h)), access_log(std::move(l)),
        workers(static_cast<std::size_t>(std::max(1, options.worker_threads))) {}

  Response RunHandler(Request& request) {
    try {
      return handler(request);
    } catch (const std::exception&) {
      // The exception text may hold request data: it is not logged or returned.
      Response r = JsonError(500, "internal", "Something went wrong on our side. Nothing was changed; please try again.");
      r.log_route = "error";
      return r;
    }
  }

  asio::awaitable<void> Accept(Loop& loop) {
    for (;;) {
      auto [ec, socket] = co_await loop.acceptor->async_accept(kTuple);
      if (stopping) co_return;
      if (ec) {
        // Out of file descriptors and the like: back off briefly instead of spinning.
        asio::steady_timer pause(loop.ctx, std::chrono::milliseconds(50));
        co_await pause.async_wait(kTuple);
        continue;
      }
      if (tls) {
        asio::co_spawn(loop.ctx, ServeTls(loop, std::move(socket)), asio::detached);
      } else {
        asio::co_spawn(loop.ctx, ServePlain(loop, std::move(socket)), asio::detached);
      }
    }
  }

  template <typename Stream>
  asio::awaitable<bool> WriteResponse(Stream& stream, const Request& request,
                                      Response response, unsigned version, bool keep_alive,
                                      std::chrono::steady_clock::time_point start) {
    AddSecurityHeaders(request, response);
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(response.status), version};
    out.set(bhttp::field::server, "rapport");
    if (response.status != 204 && response.status != 304) {
      out.set(bhttp::field::content_type, response.content_type);
    }
    for (auto& [name, value] : response.headers) out.insert(name, value);
    out.body() = std::move(response.body);
    out.keep_alive(keep_alive && !stopping);
    out.prepare_payload();
    beast::get_lowest_layer(stream).expires_after(options.write_timeout);
    auto [ec, bytes] = co_await bhttp::async_write(stream, out, kTuple);
    if (access_log) {
      access_log(request, response, std::chrono::duration_cast<std::chrono::microseconds>(
                                        std::chrono::steady_clock::now() - start));
    }
    co_return !ec && out.keep_alive();
  }

  asio::awaitable<void> ServePlain(Loop& loop, tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    co_await Serve(loop, stream, /*secure=*/false);
    error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  asio::awaitable<void> ServeTls(Loop& loop, tcp::socket socket) {
    beast::ssl_stream<beast::tcp_stream> stream(beast::tcp_stream(std::move(socket)), *tls);
    // The handshake gets the same deadline as a request: a silent client can't hold a slot.
    beast::get_lowest_layer(stream).expires_after(options.read_timeout);
    loop.idle.insert(&beast::get_lowest_layer(stream));
    auto [ec] = co_await stream.async_handshake(asio::ssl::stream_base::server, kTuple);
    loop.idle.erase(&beast::get_lowest_layer(stream));
    if (ec) co_return;
    co_await Serve(loop, stream, /*secure=*/true);
    beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(5));
    co_await stream.async_shutdown(kTuple);
  }

  // One connection, plain or TLS: requests strictly one after another, each under the limits.
  template <typename Stream>
  asio::awaitable<void> Serve(Loop& loop, Stream& stream, bool secure) {
    beast::tcp_stream& lowest = beast::get_lowest_layer(stream);
    std::string remote;
    {
      error_code ec;
      auto endpoint = lowest.socket().remote_endpoint(ec);
      if (!ec) remote = endpoint.address().to_string();
    }
    // Bounds what a client can make us hold, pipelined requests included.
    beast::flat_buffer buffer(options.header_limit + options.body_limit + 4096);
    for (int served = 0; !stopping;) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
      parser.body_limit(options.body_limit);
      lowest.expires_after(options.read_timeout);
      loop.idle.insert(&lowest);
      auto [ec, bytes] = co_await bhttp::async_read(stream, buffer, parser, kTuple);
      loop.idle.erase(&lowest);
      auto start = std::chrono::steady_clock::now();
      if (ec) {
        Request bare;
        bare.secure = secure;
        bare.method = "?";
        bare.remote_address = remote;
        std::optional<Response> error;
        if (ec == bhttp::error::body_limit) {
          error = JsonError(413, "too_large", "The request is larger than Rapport accepts (64 KB). Nothing was saved.");
        } else if (ec == bhttp::error::header_limit || ec == bhttp::error::buffer_overflow) {
          error = JsonError(431, "too_large", "The request headers are too large.");
        } else if (ec.category() == bhttp::make_error_code(bhttp::error::body_limit).category() &&
                   ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
          error = JsonError(400, "invalid", "The request is not valid HTTP.");
        }
        if (error) {
          error->log_route = "rejected";
          co_await WriteResponse(stream, bare, std::move(*error), 11, false, start);
        }
        break;
      }
      auto in = parser.release();
      Request request = ToRequest(in, remote, secure);
      bool keep_alive = in.keep_alive() && ++served < options.max_requests_per_connection;
      Response response = co_await asio::co_spawn(
          workers.get_executor(),
          [this, &request]() -> asio::awaitable<Response> { co_return RunHandler(request); },
          asio::use_awaitable);
      if (!co_await WriteResponse(stream, request, std::move(response), in.version(), keep_alive, start)) break;
    }
  }
};

Server::Server(ServerOptions options, RequestHandler handler, AccessLog access_log)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), std::move(access_log))) {}

Server::~Server() {
  Stop();
  impl_->workers.join();
}

Status Server::Bind() {
  auto& o = impl_->options;
  error_code ec;
  if (!o.tls_cert_file.empty() || !o.tls_key_file.empty()) {
    if (o.tls_cert_file.empty() || o.tls_key_file.empty()) {
      return Status::Invalid("TLS needs both a certificate chain file and a private key file.", "tls");
    }
    auto& tls = impl_->tls.emplace(boost::asio::ssl::context::tls_server);
    tls.set_options(boost::asio::ssl::context::default_workarounds | boost::asio::ssl::context::no_sslv2 |
                    boost::asio::ssl::context::no_sslv3 | boost::asio::ssl::context::no_tlsv1 |
                    boost::asio::ssl::context::no_tlsv1_1 | boost::asio::ssl::context::single_dh_use);
    tls.use_certificate_chain_file(o.tls_cert_file, ec);
    if (ec) return Status::Invalid("Can't read the TLS certificate chain " + o.tls_cert_file + ": " + ec.message(), "tls");
    tls.use_private_key_file(o.tls_key_file, boost::asio::ssl::context::pem, ec);
    if (ec) return Status::Invalid("Can't read the TLS private key " + o.tls_key_file + ": " + ec.message(), "tls");
  }
  auto address = boost::asio::ip::make_address(o.address, ec);
  if (ec) return Status::Invalid("'" + o.address + "' is not an IP address.", "listen");
  unsigned short port = o.port;
  for (int i = 0; i < std::max(1, o.io_threads); ++i) {
    auto loop = std::make_unique<Impl::Loop>();
    tcp::endpoint endpoint(address, port);
    auto& acceptor = loop->acceptor.emplace(loop->ctx);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec) acceptor.set_option(ReusePort(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(boost::asio::socket_base::max_listen_connections, ec);
    if (ec) {
      return Status::Unavailable("Can't listen on " + o.address + ":" + std::to_string(port) + ": " +
                                 ec.message());
    }
    // Every loop listens on the port the first one got (port 0 means "any free port").
    port = acceptor.local_endpoint().port();
    impl_->loops.push_back(std::move(loop));
  }
  impl_->bound_port = port;
  return Status::Ok();
}

unsigned short Server::port() const { return impl_->bound_port; }

void Server::Run() {
  auto& loops = impl_->loops;
  impl_->signals.emplace(loops.front()->ctx, SIGINT, SIGTERM);
  impl_->signals->async_wait([this](const error_code& ec, int) {
    if (!ec) Stop();
  });
  for (auto& loop : loops) {
    boost::asio::co_spawn(loop->ctx, impl_->Accept(*loop), boost::asio::detached);
  }
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < loops.size(); ++i) {
    threads.emplace_back([ctx = &loops[i]->ctx] { ctx->run(); });
  }
  loops.front()->ctx.run();
  for (auto& t : threads) t.join();
}

void Server::Stop() {
  if (impl_->stopping.exchange(true)) return;
  for (std::size_t i = 0; i < impl_->loops.size(); ++i) {
    Impl::Loop* loop = impl_->loops[i].get();
    boost::asio::post(loop->ctx, [this, loop, first = i == 0] {
      error_code ignored;
      if (loop->acceptor) loop->acceptor->close(ignored);
      for (auto* stream : loop->idle) stream->cancel();
      if (first && impl_->signals) impl_->signals->cancel(ignored);
    });
  }
}

}  // namespace rapport::http
