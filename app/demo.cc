#include "app/demo.h"

#include <chrono>
#include <cstdio>

#include "app/setup.h"
#include "core/demo.h"
#include "crypto/password.h"
#include "crypto/token.h"

namespace rapport::app {
namespace {

struct Account {
  UserId id;
  std::string email;
  std::string password;
};

Result<Account> CreateAccount(store::Store& store, const core::DemoPartner& partner, const std::string& suffix,
                              UnixSeconds now) {
  Account a;
  for (char c : partner.name) a.email += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  a.email += "-" + suffix + "@demo.rapport";
  a.password = crypto::NewToken(12).reveal();
  RAPPORT_ASSIGN_OR_RETURN(std::string hash, crypto::HashPassword(Secret<std::string>(a.password)));
  RAPPORT_ASSIGN_OR_RETURN(a.id, store.CreateUser(a.email, hash, now));
  return a;
}

Status StoreHistory(store::Store& store, UserId user, const core::DemoPartner& partner, UnixSeconds now) {
  for (const auto& checkin : partner.checkins) {
    RAPPORT_RETURN_IF_ERROR(store.PutCheckin(user, checkin, now).status());
  }
  for (const auto& take : partner.profile_takes) {
    RAPPORT_RETURN_IF_ERROR(store.AddProfile(user, take.answers, take.taken_at).status());
  }
  for (const auto& event : partner.practice_events) {
    RAPPORT_RETURN_IF_ERROR(store.AddPracticeEvent(user, event).status());
  }
  return Status::Ok();
}

Status CreateDemo(store::Store& store, const DemoOptions& options, Account& first, Account& second) {
  UnixSeconds now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  core::DemoData demo = core::GenerateDemo(options.seed, Date::FromUnixSeconds(now));
  std::string suffix = crypto::NewToken(3).reveal();
  for (char& c : suffix) c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : 'x';
  RAPPORT_ASSIGN_OR_RETURN(first, CreateAccount(store, demo.first, suffix, now));
  RAPPORT_ASSIGN_OR_RETURN(second, CreateAccount(store, demo.second, suffix, now));
  std::string code_hash = crypto::HashToken(crypto::NormalizeInviteCode(crypto::NewInviteCode().reveal()));
  RAPPORT_RETURN_IF_ERROR(store.CreateInvite(first.id, code_hash, now, now + 60));
  RAPPORT_RETURN_IF_ERROR(store.AcceptInvite(second.id, code_hash, now).status());
  RAPPORT_RETURN_IF_ERROR(StoreHistory(store, first.id, demo.first, now));
  return StoreHistory(store, second.id, demo.second, now);
}

}  // namespace

int RunDemo(const DemoOptions& options) {
  auto store = OpenStore(options.data_dir, options.db);
  if (!store.ok()) {
    std::fprintf(stderr, "Could not open the database: %s\n", store.status().message().c_str());
    return 1;
  }
  Account first, second;
  if (Status s = CreateDemo(**store, options, first, second); !s.ok()) {
    std::fprintf(stderr, "Could not create the demo accounts: %s\n", s.message().c_str());
    return 1;
  }
  std::printf(
      "Two linked demo accounts are ready, each with %d days of check-ins, two profile takes and "
      "some practices done:\n"
      "  email: %s  password: %s\n"
      "  email: %s  password: %s\n"
      "Start Rapport with `make run` (or `rapport serve`) and sign in as either of them.\n",
      core::kDemoDays, first.email.c_str(), first.password.c_str(), second.email.c_str(), second.password.c_str());
  return 0;
}

}  // namespace rapport::app
