#include "app/setup.h"

#include <sys/stat.h>

#include <charconv>
#include <filesystem>

#include "crypto/keyfile.h"

namespace rapport::app {

std::string DatabaseUrl(const std::string& data_dir, const std::string& db) {
  if (!db.empty()) return db;
  return "sqlite:" + (std::filesystem::path(data_dir) / "rapport.db").string();
}

Result<std::unique_ptr<store::Store>> OpenStore(const std::string& data_dir, const std::string& db) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return Status::Unavailable("Can't create the data directory " + data_dir + ": " + ec.message());
  ::chmod(data_dir.c_str(), 0700);
  RAPPORT_ASSIGN_OR_RETURN(auto key, crypto::LoadOrCreateMasterKey((std::filesystem::path(data_dir) / "master.key").string()));
  store::StoreOptions options;
  options.url = DatabaseUrl(data_dir, db);
  options.master_key = std::move(key);
  return store::Store::Open(options);
}

Status ParseListen(const std::string& listen, std::string& address, unsigned short& port) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    return Status::Invalid("--listen takes ADDRESS:PORT, for example 127.0.0.1:8080.", "listen");
  }
  address = listen.substr(0, colon);
  if (address.size() > 2 && address.front() == '[' && address.back() == ']') address = address.substr(1, address.size() - 2);
  if (address == "localhost") address = "127.0.0.1";
  std::string_view digits(listen.data() + colon + 1, listen.size() - colon - 1);
  unsigned value = 0;
  auto [end, err] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (err != std::errc() || end != digits.data() + digits.size() || value > 65535 || digits.empty()) {
    return Status::Invalid("The port in --listen must be a number from 0 to 65535.", "listen");
  }
  port = static_cast<unsigned short>(value);
  return Status::Ok();
}

bool IsLoopback(const std::string& address) {
  return address.starts_with("127.") || address == "::1";
}

}  // namespace rapport::app
