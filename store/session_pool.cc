#include "store/session_pool.h"

#include <soci/soci.h>

#include "store/sql_error.h"

namespace rapport::store::internal {

SessionPool::SessionPool(SessionFactory factory) : factory_(std::move(factory)) {}
SessionPool::~SessionPool() = default;

Result<std::unique_ptr<SessionPool>> SessionPool::Create(int size, SessionFactory factory) {
  std::unique_ptr<SessionPool> pool(new SessionPool(std::move(factory)));
  for (int i = 0; i < size; ++i) {
    try {
      pool->sessions_.push_back(pool->factory_());
    } catch (const std::exception& e) {
      Status s = FromSqlException("connect", e);
      return Status::Unavailable("cannot connect to the database: " + s.message());
    }
    pool->free_.push_back(static_cast<std::size_t>(i));
  }
  return pool;
}

Status SessionPool::With(std::string_view what, const Work& work) {
  std::size_t slot;
  {
    std::unique_lock lock(mu_);
    freed_.wait(lock, [&] { return !free_.empty(); });
    slot = free_.back();
    free_.pop_back();
  }
  // Only this thread touches sessions_[slot] until it is handed back.
  auto give_back = [&] {
    {
      std::lock_guard lock(mu_);
      free_.push_back(slot);
    }
    freed_.notify_one();
  };
  std::unique_ptr<soci::session>& sql = sessions_[slot];
  if (!sql || !sql->is_connected()) {
    try {
      sql = factory_();  // a new session gets the factory's set-up again
    } catch (const std::exception& e) {
      sql.reset();
      give_back();
      Status s = FromSqlException(what, e);
      return Status::Unavailable("cannot connect to the database: " + s.message());
    }
  }
  Status result;
  try {
    result = work(*sql);
  } catch (const std::exception& e) {
    result = FromSqlException(what, e);
    if (!sql->is_connected()) sql.reset();  // reopened on next use
  }
  give_back();
  return result;
}

}  // namespace rapport::store::internal
