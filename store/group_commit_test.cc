#include "store/group_commit.h"

#include <gtest/gtest.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <future>
#include <thread>

#include "store/database.h"

namespace rapport::store::internal {
namespace {

// Occupies the writer thread with a job that waits until Release(); jobs queued meanwhile
// all land in the next batch.
class Blocker {
 public:
  explicit Blocker(GroupCommitter& committer) {
    std::shared_future<void> released = release_.get_future().share();
    std::promise<void>* started = &started_;
    done_ = std::async(std::launch::async, [&committer, released, started] {
      return committer.Run([released, started](soci::session& sql) -> Status {
        started->set_value();
        released.wait();
        std::string k = "blocker";
        sql << "INSERT INTO t(k, v) VALUES(:k, 0)", soci::use(k);
        return Status::Ok();
      });
    });
    started_.get_future().wait();
  }
  Status Release() {
    release_.set_value();
    return done_.get();
  }

 private:
  std::promise<void> started_, release_;
  std::future<Status> done_;
};

class GroupCommitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/rapport-groupcommit-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    path_ = dir_ + "/g.db";
    auto setup = ConnectSqlite(path_, false);
    *setup << "CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<GroupCommitter> MakeCommitter(int busy_timeout_ms = 5000) {
    auto writer = ConnectSqlite(path_, false);
    *writer << "PRAGMA busy_timeout = " + std::to_string(busy_timeout_ms);
    return std::make_unique<GroupCommitter>(std::move(writer));
  }

  static GroupCommitter::Job Insert(std::string key, int value = 1) {
    return [key, value](soci::session& sql) -> Status {
      sql << "INSERT INTO t(k, v) VALUES(:k, :v)", soci::use(key), soci::use(value);
      return Status::Ok();
    };
  }

  // Read through a separate connection: sees only committed rows.
  int CountCommitted(const std::string& where = "1 = 1") {
    auto reader = ConnectSqlite(path_, true);
    int n = -1;
    *reader << "SELECT COUNT(*) FROM t WHERE " + where, soci::into(n);
    return n;
  }

  std::string dir_, path_;
};

TEST_F(GroupCommitTest, ConcurrentWritersAllCommit) {
  auto committer = MakeCommitter();
  constexpr int kThreads = 16, kEach = 40;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        std::string key = std::to_string(t) + "-" + std::to_string(i);
        if (!committer->Run(Insert(key)).ok()) ++failures;
        // Answered means committed: another connection sees it at once.
        if (CountCommitted("k = '" + key + "'") != 1) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(CountCommitted(), kThreads * kEach);
  auto stats = committer->stats();
  EXPECT_EQ(stats.jobs, static_cast<std::uint64_t>(kThreads * kEach));
  EXPECT_LE(stats.transactions, stats.jobs);
}

TEST_F(GroupCommitTest, OneBatchCommitsGoodJobsAndRollsBackOnlyTheFailingOnes) {
  auto committer = MakeCommitter();
  ASSERT_TRUE(committer->Run(Insert("taken")).ok());

  // Hold the writer inside a first transaction so that the next jobs queue up together.
  Blocker blocker(*committer);
  std::vector<std::future<Status>> results;
  auto submit = [&](GroupCommitter::Job job) {
    results.push_back(std::async(std::launch::async, [&committer, job] {
      return committer->Run(job);
    }));
  };
  submit(Insert("good-1"));
  submit(Insert("taken"));  // throws: UNIQUE constraint
  submit(Insert("good-2"));
  submit([](soci::session& sql) -> Status {  // writes, then fails: its write must vanish
    std::string k = "half-done";
    sql << "INSERT INTO t(k, v) VALUES(:k, 1)", soci::use(k);
    return Status::Invalid("changed my mind");
  });
  submit([](soci::session&) -> Status { throw std::runtime_error("boom"); });
  submit(Insert("good-3"));
  while (committer->queued() != results.size()) std::this_thread::yield();
  const auto before = committer->stats();
  ASSERT_TRUE(blocker.Release().ok());
  EXPECT_TRUE(results[0].get().ok());
  EXPECT_EQ(results[1].get().code(), Code::kConflict);
  EXPECT_TRUE(results[2].get().ok());
  EXPECT_EQ(results[3].get().code(), Code::kInvalid);
  EXPECT_EQ(results[4].get().code(), Code::kInternal);
  EXPECT_TRUE(results[5].get().ok());
  // The blocker's transaction, then ONE transaction for the six queued jobs.
  auto after = committer->stats();
  EXPECT_EQ(after.transactions - before.transactions, 2u);
  EXPECT_EQ(after.jobs - before.jobs, 7u);
  EXPECT_EQ(CountCommitted("k IN ('good-1', 'good-2', 'good-3', 'blocker', 'taken')"), 5);
  EXPECT_EQ(CountCommitted("k = 'half-done'"), 0);
  EXPECT_EQ(CountCommitted(), 5);
}

TEST_F(GroupCommitTest, AFailedTransactionFailsEveryJobAndKeepsNothing) {
  auto committer = MakeCommitter(/*busy_timeout_ms=*/100);
  // Another connection holds the write lock: BEGIN IMMEDIATE cannot start.
  auto other = ConnectSqlite(path_, false);
  *other << "BEGIN IMMEDIATE";
  Status s = committer->Run(Insert("blocked"));
  EXPECT_EQ(s.code(), Code::kUnavailable) << s.ToString();
  *other << "ROLLBACK";
  EXPECT_EQ(CountCommitted(), 0);
  EXPECT_TRUE(committer->Run(Insert("later")).ok());
  EXPECT_EQ(CountCommitted(), 1);
}

TEST_F(GroupCommitTest, DestructorFinishesQueuedJobs) {
  auto committer = MakeCommitter();
  auto blocker = std::make_unique<Blocker>(*committer);
  std::vector<std::future<Status>> results;
  for (int i = 0; i < 5; ++i) {
    results.push_back(std::async(std::launch::async, [&committer, i] {
      return committer->Run(Insert("k" + std::to_string(i)));
    }));
  }
  while (committer->queued() != results.size()) std::this_thread::yield();
  auto destroyed = std::async(std::launch::async, [&] { committer.reset(); });
  EXPECT_TRUE(blocker->Release().ok());
  destroyed.get();
  for (auto& r : results) EXPECT_TRUE(r.get().ok());
  EXPECT_EQ(CountCommitted(), 6);
}

}  // namespace
}  // namespace rapport::store::internal
