#pragma once
// Waiting for the GPU, for timing: frames are queued, so a clock read right after drawing measures
// only the submission.
namespace render {

// Returns once the GPU has finished all submitted work.
void finish_gpu_work();

}  // namespace render
