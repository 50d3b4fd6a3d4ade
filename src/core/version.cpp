#include "core/version.h"

namespace core {

std::string_view version() { return POSTURELAB_VERSION; }

}  // namespace core
