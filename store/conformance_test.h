// The Store conformance suite: every test here runs against SQLite and against PostgreSQL
// (conformance_sqlite_test.cc, conformance_postgres_test.cc instantiate it).
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>

#include "crypto/envelope.h"
#include "store/store.h"
#include "store/test_database.h"

namespace rapport {
inline void PrintTo(Code code, std::ostream* os) { *os << CodeName(code); }
}  // namespace rapport

namespace rapport::store::testing {

inline void PrintTo(Engine engine, std::ostream* os) {
  *os << (engine == Engine::kSqlite ? "sqlite" : "postgres");
}

inline std::string EngineName(const ::testing::TestParamInfo<Engine>& info) {
  return info.param == Engine::kSqlite ? "sqlite" : "postgres";
}

inline const Status& StatusOf(const Status& s) { return s; }
template <typename T>
const Status& StatusOf(const Result<T>& r) {
  return r.status();
}

#define ASSERT_OK(expr)                                                    \
  do {                                                                     \
    const auto& assert_ok_ = (expr);                                       \
    ASSERT_TRUE(StatusOf(assert_ok_).ok()) << StatusOf(assert_ok_).ToString(); \
  } while (0)
#define EXPECT_OK(expr)                                                    \
  do {                                                                     \
    const auto& expect_ok_ = (expr);                                       \
    EXPECT_TRUE(StatusOf(expect_ok_).ok()) << StatusOf(expect_ok_).ToString(); \
  } while (0)
#define EXPECT_CODE(expr, expected_code) EXPECT_EQ(StatusOf(expr).code(), (expected_code))

class StoreConformance : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    auto db = TestDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(db).value();
    master_key_ = crypto::NewDataKey();
    auto store = OpenStore(master_key_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
  }

  void TearDown() override {
    store_.reset();
    db_.reset();
  }

  Result<std::unique_ptr<Store>> OpenStore(const Secret<std::string>& master_key,
                                           bool migrate = true, int pool_size = 4) {
    StoreOptions options;
    options.url = db_->url();
    options.master_key = master_key;
    options.migrate = migrate;
    options.pool_size = pool_size;
    return Store::Open(options);
  }

  // A new user with a unique email; fails the test if it cannot be made.
  UserId NewUser(const std::string& name = "person") {
    std::string email = name + std::to_string(++counter_) + "@example.org";
    auto id = store_->CreateUser(email, "$argon2id$fake-hash-of-" + name, 1700000000);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : UserId();
  }

  static core::Checkin SampleCheckin(Date day, std::string note = "talked after dinner") {
    core::Checkin c;
    c.day = day;
    c.moments = {"deep_talk", "sex"};
    c.closeness = 6;
    c.feelings = {"calm", "seen"};
    c.conflict = core::Conflict::kResolved;
    c.after_sex = core::AfterSex::kCloser;
    c.note = std::move(note);
    return c;
  }

  static core::ProfileAnswers SampleAnswers(int seed) {
    core::ProfileAnswers a;
    a.instrument_version = 1;
    a.have = {{"emotional", 1 + seed % 5}, {"sexual", 3}};
    a.want = {{"emotional", 5}, {"sexual", 1 + (seed + 2) % 5}};
    a.comfort = {{"comfort_1", 2}};
    return a;
  }

  std::unique_ptr<TestDatabase> db_;
  Secret<std::string> master_key_;
  std::unique_ptr<Store> store_;
  std::atomic<int> counter_{0};
};

}  // namespace rapport::store::testing
