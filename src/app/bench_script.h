#pragma once
// The bench's scripted scene, frame by frame: what a user does to the view while it is timed.

namespace app {

// Hamstring strength (%) at frame `frame` (from 0) of `frames`: 100 at the first, 0 halfway and 100
// again at the last, in even steps: the slider dragged down and back up once over the run.
double swept_hamstrings_pct(int frame, int frames);

}  // namespace app
