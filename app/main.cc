// The `rapport` command.
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "app/demo.h"
#include "app/serve.h"

#ifndef RAPPORT_VERSION
#define RAPPORT_VERSION "dev"
#endif

int main(int argc, char** argv) {
  CLI::App cli{"Rapport: a private place for partners to tell sex and intimacy apart and grow closeness."};
  cli.set_version_flag("--version", "rapport " RAPPORT_VERSION);
  cli.require_subcommand(1);

  rapport::app::ServeOptions options;
  auto add_storage = [&](CLI::App* cmd) {
    cmd->add_option("--data-dir", options.data_dir, "Directory for the SQLite database and the key file")
        ->capture_default_str();
    cmd->add_option("--db", options.db, "Database URL: sqlite:PATH (default: DATA_DIR/rapport.db) or postgresql://...");
  };

  CLI::App* serve = cli.add_subcommand("serve", "Serve the web app and the API");
  serve->add_option("--listen", options.listen, "Address and port to listen on")->capture_default_str();
  add_storage(serve);
  serve->add_option("--tls-cert", options.tls_cert, "PEM certificate chain: serve HTTPS");
  serve->add_option("--tls-key", options.tls_key, "PEM private key of --tls-cert");
  serve->add_flag("--insecure-http", options.insecure_http, "Allow plain HTTP on a non-loopback address");
  serve->add_option("--public-origin", options.public_origin,
                    "The origin people use, e.g. https://rapport.example (behind a TLS proxy)");
  serve->add_flag("--trust-forwarded-for", options.trust_forwarded_for,
                  "Behind a reverse proxy: take the client address from X-Forwarded-For (for sign-in limits)");
  serve->add_option("--io-threads", options.io_threads, "Network threads (default: one per core)");
  serve->add_option("--worker-threads", options.worker_threads, "Threads for database and password work")
      ->capture_default_str();

  CLI::App* migrate = cli.add_subcommand("migrate", "Apply pending database migrations and exit");
  add_storage(migrate);

  rapport::app::DemoOptions demo_options;
  CLI::App* demo = cli.add_subcommand("demo", "Create two linked demo accounts with 180 days of data");
  demo->add_option("--data-dir", demo_options.data_dir, "Directory for the SQLite database and the key file")
      ->capture_default_str();
  demo->add_option("--db", demo_options.db, "Database URL (default: DATA_DIR/rapport.db)");
  demo->add_option("--seed", demo_options.seed, "Seed of the data generator")->capture_default_str();

  CLI11_PARSE(cli, argc, argv);
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
  if (serve->parsed()) return rapport::app::RunServe(options);
  if (migrate->parsed()) return rapport::app::RunMigrate(options);
  if (demo->parsed()) return rapport::app::RunDemo(demo_options);
  return 2;
}
