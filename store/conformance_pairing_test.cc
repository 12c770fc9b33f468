#include <thread>

#include "store/conformance_test.h"

namespace rapport::store::testing {
namespace {

TEST_P(StoreConformance, InviteAcceptedLinksBothPeople) {
  UserId a = NewUser("a"), b = NewUser("b");
  ASSERT_OK(store_->CreateInvite(a, "code", 100, 100 + 86400));
  auto couple = store_->AcceptInvite(b, "code", 200);
  ASSERT_OK(couple);
  EXPECT_TRUE(couple->id.valid());
  EXPECT_EQ(couple->first, a);
  EXPECT_EQ(couple->second, b);
  EXPECT_EQ(couple->since, 200);
  EXPECT_EQ(couple->PartnerOf(a), b);
  for (UserId who : {a, b}) {
    auto found = store_->FindCouple(who);
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, couple->id);
    EXPECT_EQ((*found)->first, a);
    EXPECT_EQ((*found)->second, b);
    EXPECT_EQ((*found)->since, 200);
  }
}

TEST_P(StoreConformance, UnpairedPersonHasNoCouple) {
  UserId a = NewUser();
  auto found = store_->FindCouple(a);
  ASSERT_OK(found);
  EXPECT_FALSE(found->has_value());
  EXPECT_CODE(store_->Unlink(a, 100), Code::kNotFound);
}

TEST_P(StoreConformance, InvalidInvitesAreNotFound) {
  UserId a = NewUser("a"), b = NewUser("b"), c = NewUser("c");
  ASSERT_OK(store_->CreateInvite(a, "code-a", 100, 1000));
  EXPECT_CODE(store_->AcceptInvite(b, "no-such-code", 200), Code::kNotFound);
  EXPECT_CODE(store_->AcceptInvite(a, "code-a", 200), Code::kNotFound);   // one's own
  EXPECT_CODE(store_->AcceptInvite(b, "code-a", 1000), Code::kNotFound);  // expired
  EXPECT_CODE(store_->AcceptInvite(b, "code-a", 5000), Code::kNotFound);
  // None of those consumed it.
  ASSERT_OK(store_->AcceptInvite(b, "code-a", 999));
  EXPECT_CODE(store_->AcceptInvite(c, "code-a", 999), Code::kNotFound);  // used
}

TEST_P(StoreConformance, NewInviteReplacesTheOpenOne) {
  UserId a = NewUser("a"), b = NewUser("b");
  ASSERT_OK(store_->CreateInvite(a, "old", 100, 1000));
  ASSERT_OK(store_->CreateInvite(a, "new", 110, 1000));
  EXPECT_CODE(store_->AcceptInvite(b, "old", 200), Code::kNotFound);
  EXPECT_OK(store_->AcceptInvite(b, "new", 200));
}

TEST_P(StoreConformance, PairedPeopleCannotInviteOrAccept) {
  UserId a = NewUser("a"), b = NewUser("b"), c = NewUser("c");
  ASSERT_OK(store_->CreateInvite(c, "code-c", 100, 1000));
  ASSERT_OK(store_->CreateInvite(a, "code-a", 100, 1000));
  ASSERT_OK(store_->AcceptInvite(b, "code-a", 200));
  EXPECT_CODE(store_->CreateInvite(a, "again", 300, 1000), Code::kConflict);
  EXPECT_CODE(store_->CreateInvite(b, "again", 300, 1000), Code::kConflict);
  EXPECT_CODE(store_->AcceptInvite(b, "code-c", 300), Code::kConflict);
  // The failed accept changed nothing: c's invite is still open, a and b still a couple.
  EXPECT_EQ((*store_->FindCouple(b))->PartnerOf(b), a);
  UserId d = NewUser("d");
  EXPECT_OK(store_->AcceptInvite(d, "code-c", 300));
}

TEST_P(StoreConformance, AcceptingRemovesTheAcceptorsOwnInvite) {
  UserId a = NewUser("a"), b = NewUser("b"), c = NewUser("c");
  ASSERT_OK(store_->CreateInvite(a, "code-a", 100, 1000));
  ASSERT_OK(store_->CreateInvite(b, "code-b", 100, 1000));
  ASSERT_OK(store_->AcceptInvite(b, "code-a", 200));
  EXPECT_CODE(store_->AcceptInvite(c, "code-b", 300), Code::kNotFound);
}

TEST_P(StoreConformance, UnlinkEndsTheCoupleForBothAndAllowsNewPairs) {
  UserId a = NewUser("a"), b = NewUser("b");
  ASSERT_OK(store_->CreateInvite(a, "c1", 100, 1000));
  auto first = store_->AcceptInvite(b, "c1", 200);
  ASSERT_OK(first);
  ASSERT_OK(store_->Unlink(b, 300));
  EXPECT_FALSE(store_->FindCouple(a)->has_value());
  EXPECT_FALSE(store_->FindCouple(b)->has_value());
  EXPECT_CODE(store_->Unlink(a, 301), Code::kNotFound);
  ASSERT_OK(store_->CreateInvite(b, "c2", 400, 1000));
  auto second = store_->AcceptInvite(a, "c2", 500);
  ASSERT_OK(second);
  EXPECT_NE(second->id, first->id);
  EXPECT_EQ(second->first, b);
  EXPECT_EQ((*store_->FindCouple(a))->id, second->id);
}

TEST_P(StoreConformance, TwoPeopleAcceptingOneCodeAtOnceExactlyOneWins) {
  for (int round = 0; round < 5; ++round) {
    UserId inviter = NewUser("inviter"), x = NewUser("x"), y = NewUser("y");
    std::string code = "race-" + std::to_string(round);
    ASSERT_OK(store_->CreateInvite(inviter, code, 100, 1000));
    Result<CoupleRecord> rx = Status::Internal("not run"), ry = Status::Internal("not run");
    std::thread tx([&] { rx = store_->AcceptInvite(x, code, 200); });
    std::thread ty([&] { ry = store_->AcceptInvite(y, code, 200); });
    tx.join();
    ty.join();
    ASSERT_NE(rx.ok(), ry.ok()) << rx.status().ToString() << " / " << ry.status().ToString();
    const auto& loser = rx.ok() ? ry : rx;
    EXPECT_CODE(loser, Code::kNotFound);
    UserId winner = rx.ok() ? x : y, other = rx.ok() ? y : x;
    EXPECT_EQ((*store_->FindCouple(inviter))->PartnerOf(inviter), winner);
    EXPECT_FALSE(store_->FindCouple(other)->has_value());
  }
}

TEST_P(StoreConformance, OnePersonAcceptingTwoCodesAtOnceJoinsOneCouple) {
  for (int round = 0; round < 5; ++round) {
    UserId p = NewUser("p"), q = NewUser("q"), acceptor = NewUser("acceptor");
    std::string cp = "p-" + std::to_string(round), cq = "q-" + std::to_string(round);
    ASSERT_OK(store_->CreateInvite(p, cp, 100, 1000));
    ASSERT_OK(store_->CreateInvite(q, cq, 100, 1000));
    Result<CoupleRecord> rp = Status::Internal("not run"), rq = Status::Internal("not run");
    std::thread tp([&] { rp = store_->AcceptInvite(acceptor, cp, 200); });
    std::thread tq([&] { rq = store_->AcceptInvite(acceptor, cq, 200); });
    tp.join();
    tq.join();
    ASSERT_NE(rp.ok(), rq.ok()) << rp.status().ToString() << " / " << rq.status().ToString();
    EXPECT_CODE(rp.ok() ? rq : rp, Code::kConflict);
    auto couple = store_->FindCouple(acceptor);
    ASSERT_OK(couple);
    ASSERT_TRUE(couple->has_value());
    EXPECT_EQ((*couple)->PartnerOf(acceptor), rp.ok() ? p : q);
    EXPECT_FALSE(store_->FindCouple(rp.ok() ? q : p)->has_value());
  }
}

TEST_P(StoreConformance, CrossedAcceptsMakeOneCouple) {
  for (int round = 0; round < 5; ++round) {
    UserId a = NewUser("a"), b = NewUser("b");
    std::string ca = "ca-" + std::to_string(round), cb = "cb-" + std::to_string(round);
    ASSERT_OK(store_->CreateInvite(a, ca, 100, 1000));
    ASSERT_OK(store_->CreateInvite(b, cb, 100, 1000));
    Result<CoupleRecord> ra = Status::Internal("not run"), rb = Status::Internal("not run");
    std::thread ta([&] { ra = store_->AcceptInvite(a, cb, 200); });
    std::thread tb([&] { rb = store_->AcceptInvite(b, ca, 200); });
    ta.join();
    tb.join();
    ASSERT_NE(ra.ok(), rb.ok()) << ra.status().ToString() << " / " << rb.status().ToString();
    const auto& loser = ra.ok() ? rb : ra;
    EXPECT_TRUE(loser.status().code() == Code::kNotFound ||
                loser.status().code() == Code::kConflict)
        << loser.status().ToString();
    EXPECT_EQ((*store_->FindCouple(a))->PartnerOf(a), b);
  }
}

}  // namespace
}  // namespace rapport::store::testing
