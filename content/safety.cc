#include "core/safety.h"

namespace rapport::core {

const SafetyContent& TheSafetyContent() {
  static const SafetyContent content = {
      "Placeholder.",
      {{"afraid", "Placeholder."}},
      "Placeholder.",
      {{"Placeholder", "Placeholder."}},
      "Placeholder.",
  };
  return content;
}

}  // namespace rapport::core
