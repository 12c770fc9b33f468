// What the signed-in person may see of their partner at this moment. Every partner-facing
// route starts here, so that a grant or a revocation takes effect on the very next request,
// and "paused" or a positive safety check reads exactly like "nothing new".
#pragma once

#include <optional>

#include "api/context.h"
#include "core/sharing.h"

namespace rapport::api {

struct PartnerAccess {
  UserId partner;
  store::SharingRecord sharing;       // the partner's grants to me, and their holds
  std::optional<UnixSeconds> cutoff;  // the partner's data is seen as of this time, if set
  store::SharingRecord viewer;        // my own pause and safety state

  bool Granted(core::ShareCategory c) const { return sharing.granted.count(c) > 0; }
  // I asked for comparison to stop (my safety check).
  bool ViewerInSafety() const { return viewer.safety_since.has_value(); }
};

// nullopt when the person is not linked with a partner.
Result<std::optional<PartnerAccess>> LoadPartnerAccess(Call& call);

// Appends to the partner's access log that I read `what` (a category id or "note").
// Failing to log refuses the read: a read the owner cannot see must not happen.
Status LogPartnerRead(Call& call, const PartnerAccess& access, std::string_view what,
                      std::optional<Date> day = std::nullopt);

// The partner's check-ins in [from, to] as they may be seen now (as of the cutoff, if any).
Result<std::vector<core::Checkin>> PartnerCheckins(Call& call, const PartnerAccess& access, Date from, Date to);

}  // namespace rapport::api
