// Shared steps of the integration tests: people signing up, pairing, checking in.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "tests/support/http_client.h"

namespace rapport::testing {

inline constexpr const char* kPassword = "correct horse battery";

// A signed-up, signed-in person with their own cookie jar.
struct Person {
  Client client;
  std::string email;
  std::int64_t id = 0;
};

// Signs up `email` (unique per test) and returns the signed-in person; fails the test on error.
Person SignUp(int port, const std::string& email);
// `inviter` makes a code and `accepter` accepts it; fails the test on error.
void Pair(Person& inviter, Person& accepter);
// A valid check-in body with the given closeness.
std::string CheckinBody(int closeness, const std::string& extra = "");
// Today's UTC date ("YYYY-MM-DD") and the day `offset` days before it.
std::string DayBefore(int offset);
boost::json::value Json(const std::string& body);

}  // namespace rapport::testing
