// The conformance suite on SQLite, plus what only SQLite has: its pragmas and group commit
// seen through the Store.
#include <soci/soci.h>

#include <sys/stat.h>

#include <thread>

#include "store/conformance_test.h"

namespace rapport::store::testing {
namespace {

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreConformance, ::testing::Values(Engine::kSqlite),
                         EngineName);

class SqliteStore : public StoreConformance {};
INSTANTIATE_TEST_SUITE_P(Sqlite, SqliteStore, ::testing::Values(Engine::kSqlite), EngineName);

TEST_P(SqliteStore, UsesWalAndAPrivateFile) {
  auto sql = db_->Connect();
  std::string mode;
  *sql << "PRAGMA journal_mode", soci::into(mode);
  EXPECT_EQ(mode, "wal");
  std::string path = db_->url().substr(std::string("sqlite:").size());
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 077, 0u) << "database file must not be readable by others";
}

// Duplicate emails inside one group-commit batch: each duplicate fails alone, every other
// write of the batch commits.
TEST_P(SqliteStore, FailingWritesInABatchDoNotTakeOthersDown) {
  constexpr int kThreads = 16;
  std::vector<Result<UserId>> results(kThreads, Status::Internal("not run"));
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      // Even threads all want the same email; odd threads each have their own.
      std::string email = t % 2 == 0 ? "shared@example.org"
                                     : "own" + std::to_string(t) + "@example.org";
      results[t] = store_->CreateUser(email, "h", 1);
    });
  }
  for (auto& th : threads) th.join();
  int shared_ok = 0;
  for (int t = 0; t < kThreads; ++t) {
    if (t % 2 == 1) {
      EXPECT_OK(results[t]);
      EXPECT_OK(store_->FindUserByEmail("own" + std::to_string(t) + "@example.org"));
    } else if (results[t].ok()) {
      ++shared_ok;
    } else {
      EXPECT_CODE(results[t], Code::kConflict);
    }
  }
  EXPECT_EQ(shared_ok, 1);
}

}  // namespace
}  // namespace rapport::store::testing
