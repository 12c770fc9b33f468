// ServerProcess: runs the real `rapport serve` binary on a free loopback port with its own temp
// data directory, and stops it (SIGTERM, then waits) when destroyed.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace rapport::testing {

// The built binary: $RAPPORT_BIN, else the one this build made.
std::string RapportBinary();
// A fresh temp directory (removed by the caller if it wants).
std::string MakeTempDir(const std::string& prefix);
// The PostgreSQL URL of the cluster `make test` started (CTest fixture "postgres"): the content
// of the file it wrote ($RAPPORT_TEST_PG_URL_FILE overrides the path). Empty when missing.
std::string PostgresUrl();

class ServerProcess {
 public:
  // `db` empty: SQLite in the data directory. `data_dir` empty: a fresh temp directory.
  // `extra_args` may name its own --listen (the default is 127.0.0.1:0).
  explicit ServerProcess(std::string db = "", std::string data_dir = "",
                         std::vector<std::string> extra_args = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  bool ok() const { return port_ > 0; }
  int port() const { return port_; }
  const std::string& data_dir() const { return data_dir_; }
  const std::string& log_path() const { return log_path_; }
  // Sends SIGTERM and waits; returns the exit status (or -1).
  int Stop();
  // Everything the server logged so far.
  std::string Log() const;

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string data_dir_;
  bool owns_data_dir_ = false;  // made here, so removed here
  std::string log_path_;
};

// Runs `rapport ARGS…` to completion; returns the exit status and fills `output` (stdout+stderr).
int RunRapport(const std::vector<std::string>& args, std::string& output);

}  // namespace rapport::testing
