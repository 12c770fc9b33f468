// Shared start-up steps of the commands: where the data lives, the master key, opening the store.
#pragma once

#include <memory>
#include <string>

#include "base/status.h"
#include "store/store.h"

namespace rapport::app {

// "sqlite:<data_dir>/rapport.db" unless `db` names a database.
std::string DatabaseUrl(const std::string& data_dir, const std::string& db);

// Creates the data directory (0700) if needed, loads or creates <data_dir>/master.key, and
// opens (and migrates) the store.
Result<std::unique_ptr<store::Store>> OpenStore(const std::string& data_dir, const std::string& db);

// Splits "ADDR:PORT" ("[::1]:8080" for IPv6). kInvalid with a clear message otherwise.
Status ParseListen(const std::string& listen, std::string& address, unsigned short& port);
// True for 127.0.0.0/8 and ::1.
bool IsLoopback(const std::string& address);

}  // namespace rapport::app
