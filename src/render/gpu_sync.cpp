#include "render/gpu_sync.h"

#include "render/gl_api.h"

namespace render {

void finish_gpu_work() { glFinish(); }

}  // namespace render
