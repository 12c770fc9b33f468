// Group commit for SQLite: one writer thread, many concurrent writes per transaction.
// Internal to store/.
//
// SQLite allows one writer at a time, and with synchronous=FULL each COMMIT costs an fsync
// (a few thousand per second at best). Writes queued while the previous transaction was
// committing therefore run together in ONE transaction, each inside its own SAVEPOINT:
// - a job that returns an error or throws is rolled back to its savepoint and answered with
//   its own error; the other jobs of the batch are unaffected;
// - every caller is answered only after COMMIT has returned (or with an error, having changed
//   nothing, when BEGIN/COMMIT failed for the whole batch).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

#include "base/status.h"

namespace soci {
class session;
}

namespace rapport::store::internal {

class GroupCommitter {
 public:
  // A unit of work: statements on the given session, no BEGIN/COMMIT/ROLLBACK of its own.
  // Must not touch shared state other than through the session and its own captured outputs:
  // those outputs are only meaningful when Run returns ok.
  using Job = std::function<Status(soci::session&)>;

  struct Stats {
    std::uint64_t transactions = 0;  // COMMITs attempted
    std::uint64_t jobs = 0;          // jobs run
  };

  // Takes the writer session (configured already; used only by the writer thread from now on)
  // and starts the thread. At most `max_batch` jobs share one transaction.
  explicit GroupCommitter(std::unique_ptr<soci::session> writer, std::size_t max_batch = 512);
  // Runs every job already queued, then stops the thread.
  ~GroupCommitter();
  GroupCommitter(const GroupCommitter&) = delete;
  GroupCommitter& operator=(const GroupCommitter&) = delete;

  // Queues `job` and blocks until its transaction has committed (returns the job's ok) or the
  // job has been rolled back (returns its error). Thread-safe.
  Status Run(Job job);

  std::size_t queued() const;  // jobs waiting for the writer (for tests and metrics)
  Stats stats() const;

 private:
  struct Pending {
    Job job;
    std::promise<Status> done;
  };

  void Loop();
  void RunBatch(std::deque<Pending>& batch);

  std::unique_ptr<soci::session> sql_;
  const std::size_t max_batch_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::deque<Pending> queue_;
  bool stopping_ = false;
  Stats stats_;
  std::thread thread_;
};

}  // namespace rapport::store::internal
