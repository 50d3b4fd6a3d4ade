#include "render/gpu_sync.h"

#include <glad/gl.h>

namespace render {

void finish_gpu_work() { glFinish(); }

}  // namespace render
