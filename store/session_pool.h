// A fixed set of database sessions shared by threads. Internal to store/.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace soci {
class session;
}

namespace rapport::store::internal {

// Opens one new, fully configured session; throws (a soci::soci_error) when it cannot.
using SessionFactory = std::function<std::unique_ptr<soci::session>()>;
using Work = std::function<Status(soci::session&)>;

class SessionPool {
 public:
  // Opens `size` sessions at once, so a wrong URL or a database that is down is reported by
  // Store::Open (kUnavailable) and not by the first request.
  static Result<std::unique_ptr<SessionPool>> Create(int size, SessionFactory factory);
  ~SessionPool();

  // Runs `work` on a session nobody else is using, waiting for one to be free. An exception
  // thrown by `work` becomes a Status (see FromSqlException, `what` names the operation).
  // A session whose connection was lost is reconnected before its next use; if that fails the
  // call answers kUnavailable.
  Status With(std::string_view what, const Work& work);

 private:
  explicit SessionPool(SessionFactory factory);

  SessionFactory factory_;
  std::mutex mu_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<soci::session>> sessions_;  // null: must be (re)opened
  std::vector<std::size_t> free_;                         // indexes into sessions_
};

}  // namespace rapport::store::internal
