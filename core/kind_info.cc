#include "core/kind_info.h"

namespace rapport::core {

const KindInfo& DescribeKind(Kind kind) { return AllKindInfo()[KindIndex(kind)]; }

}  // namespace rapport::core
