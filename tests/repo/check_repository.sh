#!/usr/bin/env bash
# The repository's own rules, checked on its files (docs/DESIGN.md, sections 4.1 and 5):
#   headers    third-party headers only in the files allowed to include them
#   citations  no file under src/, tests/, tools/ or the README points outside the repository, uses the
#              section sign or names an issue number
#   docs       every docs/ file cited exists, and so does the section a citation names on its line
# Usage: check_repository.sh RULE|all [ROOT]   (ROOT defaults to the repository holding this script)
# Prints one line per violation, "file:line: what is wrong", and exits 1 if there is any.
set -euo pipefail

rule=${1:?usage: check_repository.sh headers|citations|docs|all [ROOT]}
root=${2:-"$(cd "$(dirname "$0")/../.." && pwd)"}
cd "$root"

# The files of the tree: git's view (tracked plus untracked, not ignored) inside a checkout, else every
# file. node_modules (npm's tree for the glTF validator) and build output are never ours.
list_files() {
  if [[ -e .git ]] && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files --cached --others --exclude-standard
  else
    find . -type f -not -path './.git/*' -not -path './build/*' | sed 's|^\./||'
  fi | grep -v -e '/node_modules/' -e '^node_modules/' -e '^build/' | sort -u |
    while IFS= read -r f; do [[ -f "$f" ]] && printf '%s\n' "$f"; done
}
mapfile -t files < <(list_files)

failures=0
cited_count=0
report() {  # file:line: message
  printf '%s\n' "$1" >&2
  failures=$((failures + 1))
}

# --- headers -----------------------------------------------------------------------------------------
# One row per third-party library: the include pattern (extended regex, matched against #include lines)
# and the files that may include it (bash globs on the path). Debian installs these headers on the
# compiler's default path, so the module include roots cannot fence them; this table does.
#   tinygltf: anatomy's glTF reader only (gltf_importer.cpp until the importer is split), and the
#     web build's glue that compiles Debian's header as the implementation
#   glad (OpenGL): the renderer, and render tests that call GL themselves
#   GLES3 (WebGL2 on the web): only the renderer's GL layer, which picks it or glad
#   emscripten: the app's web entry point and its window file (GLFW 3.2 differences)
#   GLFW: the app's window files, its UI layer (the ImGui GLFW backend needs the window) and the web
#     entry point
#   Dear ImGui (core, backends, freetype): the ui module and the app's UI layer
#   FreeType itself: the ui module's font check, which opens a font before ImGui does, and the
#     handout's fonts, which hand DejaVu to cairo
#   cairo: the handout module only (the PDF of the patient handout)
header_rules=(
  'tiny_gltf\.h|src/anatomy/gltf_reader.cpp src/anatomy/gltf_strict.cpp src/anatomy/gltf_importer.cpp third_party/web/tinygltf_glue.cpp'
  'glad/|src/render/* tests/render/*'
  'GLES3/|src/render/gl_api.h'
  'emscripten/|src/app/web_main.cpp src/app/window.cpp'
  'GLFW/|src/app/window*.cpp src/app/ui_layer.* src/app/web_main.cpp'
  '([^">]*/)?imgui[^">/]*\.h|src/ui/* src/app/ui_layer.*'
  'ft2build\.h|src/ui/font_file.cpp src/handout/cairo_fonts.cpp'
  'cairo[^">/]*\.h|src/handout/*'
)

# grep_files PATTERN-OPTIONS... -- FILES...: "file:line:text" for every hit, nothing when none.
grep_files() {
  grep -nH "$@" 2>/dev/null || true
}

# The files of one kind: C and C++ sources, or text files in the given top-level places.
sources() {
  local f
  for f in "${files[@]}"; do
    case "$f" in *.c | *.cc | *.cpp | *.h | *.hpp | *.inl) printf '%s\n' "$f" ;; esac
  done
}
text_files_under() {  # text_files_under GLOB...: files matching a glob, minus the checker itself
  local f glob
  for f in "${files[@]}"; do
    [[ "$f" == tests/repo/* ]] && continue  # the checker and its self-test spell the patterns out
    for glob in "$@"; do
      # shellcheck disable=SC2053  # globs on purpose
      if [[ "$f" == $glob ]]; then
        printf '%s\n' "$f"
        break
      fi
    done
  done
}

check_headers() {
  local entry pattern allowed hit file rest line header ok glob
  local -a cpp
  mapfile -t cpp < <(sources)
  ((${#cpp[@]})) || return 0
  for entry in "${header_rules[@]}"; do
    pattern=${entry%%|*}
    allowed=${entry#*|}
    while IFS= read -r hit; do
      [[ -z "$hit" ]] && continue
      file=${hit%%:*}
      rest=${hit#*:}
      line=${rest%%:*}
      ok=0
      for glob in $allowed; do
        # shellcheck disable=SC2053  # the right side is a glob on purpose
        [[ "$file" == $glob ]] && ok=1
      done
      header=$(grep -oE '[<"][^>"]+[>"]' <<<"${rest#*:}" | head -n1)
      ((ok)) || report "$file:$line: includes $header, which only $allowed may include"
    done < <(grep_files -E "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]${pattern}" -- "${cpp[@]}")
  done
}

# --- citations ---------------------------------------------------------------------------------------
# The design notes and figures live in docs/; a clone must be complete without the workshop's shared
# folder, and an issue number means nothing to a reader of the code.
check_citations() {
  local hit file rest
  local section_sign=$'\xc2\xa7'
  local outside='(\.\./|/work/)shared\b|\bshared/(reference|reviews|article|anatomy-sources)/'
  local issue='\b[Ii]ssues?[[:space:]]*#?[[:space:]]*[0-9]+'
  local -a scope
  mapfile -t scope < <(text_files_under 'src/*' 'tests/*' 'tools/*' README.md)
  ((${#scope[@]})) || return 0
  emit() {  # emit MESSAGE < hits
    while IFS= read -r hit; do
      [[ -z "$hit" ]] && continue
      file=${hit%%:*}
      rest=${hit#*:}
      report "$file:${rest%%:*}: $1: ${rest#*:}"
    done
  }
  # Process substitution, not a pipe: report() must run in this shell to count.
  emit "points outside the repository (cite docs/ instead)" < <(grep_files -IE "$outside" -- "${scope[@]}")
  emit 'uses the section sign (write "section N")' < <(grep_files -IF "$section_sign" -- "${scope[@]}")
  emit "names an issue number (say what it means instead)" < <(grep_files -IE "$issue" -- "${scope[@]}")
}

# --- docs --------------------------------------------------------------------------------------------
# A citation is "docs/<path>.md", optionally followed on the same line by "section N" or "sections N":
# the file must exist and hold a heading "## N." / "### N.M".
check_docs() {
  local hit file rest line cited doc number heading
  local -a scope
  mapfile -t scope < <(text_files_under 'src/*' 'tests/*' 'tools/*' 'bench/*' 'cmake/*' 'scripts/*' \
    'docs/*' 'models/*' 'content/*' 'third_party/*' README.md CMakeLists.txt)
  ((${#scope[@]})) || return 0
  while IFS= read -r hit; do
    [[ -z "$hit" ]] && continue
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    cited=${rest#*:}
    doc=${cited%%[ ,\`)]*}
    cited_count=$((cited_count + 1))
    if [[ ! -f "$doc" ]]; then
      report "$file:$line: cites $doc, which does not exist"
      continue
    fi
    number=$(sed -nE 's/^docs\/[A-Za-z0-9_./-]+\.md`?,?[[:space:]]*\(?sections?[[:space:]]+([0-9]+(\.[0-9]+)*).*/\1/p' \
      <<<"$cited")
    [[ -z "$number" ]] && continue
    heading="^#{2,4} ${number//./\\.}\\.? "
    grep -qE "$heading" "$doc" || report "$file:$line: cites $doc section $number, which has no such heading"
  done < <(grep_files -IoE 'docs/[A-Za-z0-9_./-]+\.md`?,?[[:space:]]*\(?(sections?[[:space:]]+[0-9]+(\.[0-9]+)*)?' \
    -- "${scope[@]}")
}

case "$rule" in
  headers) check_headers ;;
  citations) check_citations ;;
  docs) check_docs ;;
  all) check_headers; check_citations; check_docs ;;
  *) echo "check_repository.sh: unknown rule '$rule' (headers, citations, docs or all)" >&2; exit 2 ;;
esac

if ((failures > 0)); then
  echo "check_repository.sh $rule: $failures problem(s) in ${#files[@]} files under $root" >&2
  exit 1
fi
summary="${#files[@]} files follow the rule"
[[ $rule == docs || $rule == all ]] && summary+=" ($cited_count citations of docs/ resolved)"
echo "check_repository.sh $rule: $summary"
