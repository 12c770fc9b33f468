// Each resource file registers its own routes; api.cc calls every one of them.
#pragma once

#include "api/context.h"

namespace rapport::api {

void AddHealthRoutes(ApiRouter& router);
void AddOpenApiRoutes(ApiRouter& router);
void AddAccountRoutes(ApiRouter& router);
void AddSessionRoutes(ApiRouter& router);
void AddPairingRoutes(ApiRouter& router);
void AddCatalogueRoutes(ApiRouter& router);
void AddCheckinRoutes(ApiRouter& router);
void AddProfileRoutes(ApiRouter& router);
void AddInsightRoutes(ApiRouter& router);
void AddPracticeRoutes(ApiRouter& router);
void AddCardRoutes(ApiRouter& router);
void AddSharingRoutes(ApiRouter& router);
void AddPartnerViewRoutes(ApiRouter& router);
void AddDesireRoutes(ApiRouter& router);
void AddSafetyRoutes(ApiRouter& router);

}  // namespace rapport::api
