#include "tests/support/server_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

namespace rapport::testing {

std::string RapportBinary() {
  const char* bin = std::getenv("RAPPORT_BIN");
  return bin ? bin : RAPPORT_BIN_PATH;
}

std::string MakeTempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  char* made = ::mkdtemp(pattern.data());
  return made ? std::string(made) : std::string();
}

std::string PostgresUrl() {
  const char* file = std::getenv("RAPPORT_TEST_PG_URL_FILE");
  std::ifstream in(file ? file : RAPPORT_PG_URL_FILE);
  std::string url;
  std::getline(in, url);
  return url;
}

namespace {

pid_t Spawn(const std::vector<std::string>& args, const std::string& log_path) {
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  // If the test process dies without stopping us (a crash), the server goes with it.
  ::prctl(PR_SET_PDEATHSIG, SIGTERM);
  int fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ::dup2(fd, 1);
  ::dup2(fd, 2);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  ::execv(argv[0], argv.data());
  ::_exit(127);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

ServerProcess::ServerProcess(std::string db, std::string data_dir, std::vector<std::string> extra_args)
    : data_dir_(data_dir.empty() ? MakeTempDir("rapport-it") : data_dir), owns_data_dir_(data_dir.empty()) {
  log_path_ = data_dir_ + "/server.log";
  std::vector<std::string> args = {RapportBinary(), "serve", "--data-dir", data_dir_, "--io-threads", "2"};
  if (std::find(extra_args.begin(), extra_args.end(), "--listen") == extra_args.end()) {
    args.insert(args.end(), {"--listen", "127.0.0.1:0"});
  }
  if (!db.empty()) {
    args.push_back("--db");
    args.push_back(db);
  }
  for (auto& a : extra_args) args.push_back(std::move(a));
  // A log left by an earlier server on this directory would name that server's port.
  std::filesystem::remove(log_path_);
  pid_ = Spawn(args, log_path_);
  // The server logs "listening on http(s)://ADDRESS:PORT/" once it accepts connections.
  const std::regex marker(R"(listening on https?://\S+:(\d+)/)");
  for (int i = 0; i < 300 && port_ == 0; ++i) {
    std::string log = ReadFile(log_path_);
    if (std::smatch m; std::regex_search(log, m, marker)) {
      port_ = std::stoi(m[1]);
      break;
    }
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

ServerProcess::~ServerProcess() {
  Stop();
  if (owns_data_dir_) std::filesystem::remove_all(data_dir_);
}

int ServerProcess::Stop() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string ServerProcess::Log() const { return ReadFile(log_path_); }

int RunRapport(const std::vector<std::string>& args, std::string& output) {
  std::string dir = MakeTempDir("rapport-run");
  std::string log = dir + "/out.log";
  std::vector<std::string> full = {RapportBinary()};
  full.insert(full.end(), args.begin(), args.end());
  pid_t pid = Spawn(full, log);
  int status = 0;
  ::waitpid(pid, &status, 0);
  output = ReadFile(log);
  std::filesystem::remove_all(dir);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace rapport::testing
