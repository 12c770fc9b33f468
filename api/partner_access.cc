#include "api/partner_access.h"

namespace rapport::api {

Result<std::optional<PartnerAccess>> LoadPartnerAccess(Call& call) {
  RAPPORT_ASSIGN_OR_RETURN(auto couple, call.deps.store.FindCouple(call.user()));
  if (!couple) return std::optional<PartnerAccess>();
  PartnerAccess access;
  access.partner = couple->PartnerOf(call.user());
  auto sharing = call.deps.store.GetSharing(access.partner);
  // The couple may have ended between the two reads: then there is nothing to see.
  if (!sharing.ok() && sharing.status().code() == Code::kNotFound) return std::optional<PartnerAccess>();
  if (!sharing.ok()) return sharing.status();
  access.sharing = std::move(*sharing);
  // If the partner unlinked (and perhaps relinked) between the two reads, the grants read may
  // be for another couple: only a couple that is still mine counts.
  RAPPORT_ASSIGN_OR_RETURN(auto still, call.deps.store.FindCouple(call.user()));
  if (!still || still->id != couple->id) return std::optional<PartnerAccess>();
  access.cutoff = access.sharing.Cutoff();
  RAPPORT_ASSIGN_OR_RETURN(access.viewer, call.deps.store.GetOwnSharingState(call.user()));
  return std::optional<PartnerAccess>(std::move(access));
}

Status LogPartnerRead(Call& call, const PartnerAccess& access, std::string_view what, std::optional<Date> day) {
  std::string key = std::string(what) + "|" + (day ? day->ToString() : "");
  if (!call.partner_reads_logged.insert(key).second) return Status::Ok();
  store::AccessRecord record;
  record.at = call.now;
  record.reader = call.user();
  record.what = std::string(what);
  record.day = day;
  return call.deps.store.AddAccess(access.partner, record);
}

Result<std::vector<core::Checkin>> PartnerCheckins(Call& call, const PartnerAccess& access, Date from, Date to) {
  if (access.cutoff) return call.deps.store.ListCheckinsAsOf(access.partner, from, to, *access.cutoff);
  return call.deps.store.ListCheckins(access.partner, from, to);
}

}  // namespace rapport::api
