// `rapport demo`: creates two linked demo accounts with 180 days of generated check-ins, two
// profile takes each and some practice history, so a new person can look around at once.
// Emails get a random suffix (so it can run again); passwords are random and printed once.
#pragma once

#include <cstdint>
#include <string>

namespace rapport::app {

struct DemoOptions {
  std::string data_dir = "var";
  std::string db;
  std::uint64_t seed = 2026;  // the generator is deterministic for a given seed and day
};

int RunDemo(const DemoOptions& options);

}  // namespace rapport::app
