#!/usr/bin/env bash
# Shows that check_repository.sh can fail: a scratch tree that breaks each rule once must be refused,
# with a message naming the file and line; the same tree with the breakages removed must pass.
# Usage: check_repository_selftest.sh CHECKER
set -uo pipefail

checker=${1:?usage: check_repository_selftest.sh path/to/check_repository.sh}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/posturelab_repo_rules.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failures=0

expect() {  # expect RULE pass|fail [TEXT]: runs the checker and checks its verdict and message
  local rule=$1 verdict=$2 text=${3:-} output status
  output=$("$checker" "$rule" "$scratch" 2>&1)
  status=$?
  if [[ $verdict == pass && $status -ne 0 ]]; then
    echo "FAIL: rule '$rule' refused a clean tree:" >&2
    echo "$output" >&2
    failures=$((failures + 1))
  elif [[ $verdict == fail && $status -ne 1 ]]; then
    echo "FAIL: rule '$rule' passed a tree that breaks it (expected a message with '$text')" >&2
    failures=$((failures + 1))
  elif [[ $verdict == fail && $output != *"$text"* ]]; then
    echo "FAIL: rule '$rule' did not report '$text'; it said:" >&2
    echo "$output" >&2
    failures=$((failures + 1))
  fi
}

put() {  # put PATH TEXT
  mkdir -p "$scratch/$(dirname "$1")"
  printf '%s\n' "$2" >"$scratch/$1"
}

# A clean tree: every header in its place, a citation that resolves, nothing pointing outside.
put docs/reference/biomechanics.md $'# Biomechanics\n\n## 3. Muscles\n\n### 3.3 Parameters\n'
put src/anatomy/gltf_reader.cpp '#include <tiny_gltf.h>'
put src/render/shader_program.cpp '#include <glad/gl.h>'
put src/app/window_app.cpp '#include <GLFW/glfw3.h>'
put src/app/ui_layer.cpp $'#include <GLFW/glfw3.h>\n#include <imgui.h>\n#include <imgui_impl_glfw.h>'
put src/ui/theme.cpp $'#include <imgui.h>\n#include <imgui_freetype.h>'
put src/biomech/muscles.cpp '// Fmax from docs/reference/biomechanics.md, section 3.3.'
put README.md 'Figures: docs/reference/biomechanics.md section 3.'
for rule in headers citations docs all; do expect "$rule" pass; done

# Each breakage alone.
put src/biomech/model.cpp '#include <tiny_gltf.h>'
expect headers fail 'src/biomech/model.cpp:1: includes'
rm "$scratch/src/biomech/model.cpp"

put src/ui/panel.cpp $'#include "ui/panel.h"\n  #  include <glad/gl.h>'
expect headers fail 'src/ui/panel.cpp:2: includes'
rm "$scratch/src/ui/panel.cpp"

put src/app/viewer.cpp '#include <imgui.h>'
expect headers fail 'src/app/viewer.cpp:1: includes'
put src/app/viewer.cpp '#include "backends/imgui_impl_opengl3.h"'
expect headers fail 'src/app/viewer.cpp:1: includes'
rm "$scratch/src/app/viewer.cpp"

put src/render/camera.cpp '#include <GLFW/glfw3.h>'
expect headers fail 'src/render/camera.cpp:1: includes'
rm "$scratch/src/render/camera.cpp"

put tests/biomech/x_test.cpp $'// ok\n// see ../shared/reference/biomechanics.md'
expect citations fail 'tests/biomech/x_test.cpp:2: points outside the repository'
put tests/biomech/x_test.cpp '// from /work/shared/DESIGN.md'
expect citations fail 'tests/biomech/x_test.cpp:1: points outside the repository'
put tests/biomech/x_test.cpp $'// Thelen curve (\xc2\xa73.6)'
expect citations fail 'tests/biomech/x_test.cpp:1: uses the section sign'
put tests/biomech/x_test.cpp '// as issue 3 asks'
expect citations fail 'tests/biomech/x_test.cpp:1: names an issue number'
put tools/modelgen/x.cpp '// see Issue #12'
expect citations fail 'tools/modelgen/x.cpp:1: names an issue number'
rm "$scratch/tests/biomech/x_test.cpp" "$scratch/tools/modelgen/x.cpp"
# Words that merely contain "issue" or "shared" are fine.
put src/render/draw.cpp $'void issue(const Draw& draw);  // shared_ptr\nint tissue_2 = 0;'
expect citations pass

put src/biomech/fatigue.h '// docs/reference/fatigue.md, section 6'
expect docs fail 'src/biomech/fatigue.h:1: cites docs/reference/fatigue.md, which does not exist'
put src/biomech/fatigue.h '// Xia & Frey Law 2008 (docs/reference/biomechanics.md section 6)'
expect docs fail 'cites docs/reference/biomechanics.md section 6, which has no such heading'
put src/biomech/fatigue.h '// docs/reference/biomechanics.md, section 3.4'
expect docs fail 'section 3.4, which has no such heading'
put src/biomech/fatigue.h '// docs/reference/biomechanics.md sections 3.3-3.6'
expect docs pass
rm "$scratch/src/biomech/fatigue.h"

for rule in headers citations docs all; do expect "$rule" pass; done

if ((failures > 0)); then
  echo "check_repository_selftest: $failures expectation(s) failed" >&2
  exit 1
fi
echo "check_repository_selftest: every rule refuses its breakage and passes the clean tree"
