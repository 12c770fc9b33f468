#include "store/group_commit.h"

#include <soci/soci.h>

#include "store/sql_error.h"

namespace rapport::store::internal {
namespace {

// Runs one control statement (BEGIN, SAVEPOINT, ...); false when it failed.
bool Exec(soci::session& sql, const char* statement) {
  try {
    sql << statement;
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

GroupCommitter::GroupCommitter(std::unique_ptr<soci::session> writer, std::size_t max_batch)
    : sql_(std::move(writer)), max_batch_(max_batch == 0 ? 1 : max_batch) {
  thread_ = std::thread([this] { Loop(); });
}

GroupCommitter::~GroupCommitter() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

Status GroupCommitter::Run(Job job) {
  std::future<Status> done;
  {
    std::lock_guard lock(mu_);
    if (stopping_) return Status::Unavailable("the store is shutting down");
    queue_.push_back(Pending{std::move(job), {}});
    done = queue_.back().done.get_future();
  }
  wake_.notify_one();
  return done.get();
}

std::size_t GroupCommitter::queued() const {
  std::lock_guard lock(mu_);
  return queue_.size();
}

GroupCommitter::Stats GroupCommitter::stats() const {
  std::lock_guard lock(mu_);
  return stats_;
}

void GroupCommitter::Loop() {
  for (;;) {
    std::deque<Pending> batch;
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to do
      while (!queue_.empty() && batch.size() < max_batch_) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    RunBatch(batch);
  }
}

void GroupCommitter::RunBatch(std::deque<Pending>& batch) {
  soci::session& sql = *sql_;
  std::vector<Status> results(batch.size());
  // IMMEDIATE takes the write lock now, so no statement inside can fail with SQLITE_BUSY
  // halfway through (another process, e.g. a backup, may hold the database briefly).
  bool healthy = Exec(sql, "BEGIN IMMEDIATE");
  for (std::size_t i = 0; healthy && i < batch.size(); ++i) {
    if (!Exec(sql, "SAVEPOINT job")) {
      healthy = false;
      break;
    }
    Status s;
    try {
      s = batch[i].job(sql);
    } catch (const std::exception& e) {
      s = FromSqlException("write", e);
    } catch (...) {
      s = Status::Internal("write: unexpected error");
    }
    if (s.ok()) {
      healthy = Exec(sql, "RELEASE job");
    } else {
      healthy = Exec(sql, "ROLLBACK TO job") && Exec(sql, "RELEASE job");
    }
    results[i] = std::move(s);
  }
  if (healthy) healthy = Exec(sql, "COMMIT");
  if (!healthy) {
    // The transaction as a whole failed (disk full, I/O error, lock timeout): nothing of this
    // batch is kept, and every caller hears so.
    Exec(sql, "ROLLBACK");
    for (auto& r : results) {
      r = Status::Unavailable("the database could not commit this write; please retry");
    }
  }
  {
    std::lock_guard lock(mu_);
    ++stats_.transactions;
    stats_.jobs += batch.size();
  }
  for (std::size_t i = 0; i < batch.size(); ++i) batch[i].done.set_value(std::move(results[i]));
}

}  // namespace rapport::store::internal
