// `posturelab handout --out F.pdf [state] [--paper a4|letter] [--note TEXT]`: the patient handout of
// one state, written headless (EGL, no display needed).
#include <cstdio>

#include "app/commands.h"
#include "app/handout.h"
#include "app/state.h"
#include "render/gl_context.h"

namespace app {

int run_handout(const CommandLine& line) {
  const HandoutOptions& options = line.handout;
  // Check the output folder before rendering so a typo costs nothing.
  std::error_code ec;
  const auto folder = options.out.has_parent_path() ? options.out.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(folder, ec))
    return fail(core::make_error("--out " + options.out.string() + ": folder " + folder.string() +
                                 " does not exist"));
  auto resolved = resolve_full_state(line.state);
  if (!resolved) return fail(resolved.error());
  HandoutRequest request;
  if (resolved->scenario) {
    request.state = *resolved->scenario;
    if (!line.state.language_given && request.state.language) request.language = *request.state.language;
  }
  request.state.inputs = resolved->inputs;
  if (line.state.language_given) request.language = line.state.language;
  if (options.note) request.state.note = *options.note;  // --note wins over the scenario's
  request.paper = options.paper;

  auto context = render::HeadlessGlContext::create();
  if (!context) return fail(context.error());
  if (auto status = write_handout(request, options.out); !status) return fail(status.error());
  std::printf("wrote %s (%s, %s)\n", options.out.string().c_str(),
              std::string(handout::kPaperNames.name_of(options.paper)).c_str(),
              std::string(content::language_code(request.language)).c_str());
  return kExitOk;
}

}  // namespace app
