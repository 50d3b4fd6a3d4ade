#!/usr/bin/env bash
# The File menu's shortcuts in the real window under a virtual X server, with real key events
# (xdotool through X, received by GLFW): Ctrl+S asks where (no file is open), the name typed into
# the dialog's path field is saved on Enter, the title bar then names it, and a second run opened
# with --scenario shows what was saved and names the file.
# Usage: window_file_test.sh POSTURELAB_EXECUTABLE   (run inside xvfb-run)
set -euo pipefail
app=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config   # fresh settings, nothing of the user's touched
cd "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }
# ImGui 1.86 sees a key only if it is still down when a frame starts: Enter is held as a finger
# holds it, for longer than a software-rendered frame; xdotool's "key" lets go at once.
press_enter() { xdotool keydown Return; sleep 0.6; xdotool keyup Return; }

"$app" --hamstrings 35 >"$work/out.txt" 2>&1 &
pid=$!
window=$(xdotool search --sync --onlyvisible --name '^PostureLab$' | head -n 1)
[[ -n "$window" ]] || fail "no PostureLab window appeared"
sleep 1.5
xdotool mousemove --window "$window" 720 430  # over the anatomy, so the window has the keyboard
sleep 0.3
xdotool key ctrl+s                            # nothing open yet: the save dialog, its path selected
sleep 1
xdotool type --delay 20 "$work/week3"         # replaces the offered name; the extension is added
sleep 0.3
press_enter
sleep 1
saved=$work/week3.posturelab.json
[[ -f "$saved" ]] || fail "Ctrl+S and Enter did not save $saved ($(cat "$work/out.txt"))"
timeout 10 xdotool search --sync --name 'PostureLab – week3\.posturelab\.json' >/dev/null ||
  fail "the title bar does not name the file"
xdotool key ctrl+q
wait "$pid" || fail "posturelab exited with $?"
python3 - "$saved" "$work/config/posturelab/settings.json" <<'PY' || fail "the saved scenario or the recent files are wrong"
import json, sys
scenario, settings = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert scenario["format"] == "posturelab-scenario" and scenario["version"] == 1, scenario
assert scenario["inputs"]["hamstrings"] == 35, scenario["inputs"]
assert settings["recent_files"] == [sys.argv[1]], settings["recent_files"]
print("ok   saved", sys.argv[1], "with hamstrings", scenario["inputs"]["hamstrings"])
PY

# Opened again from the command line: the window shows the file's state and names it.
"$app" --scenario "$saved" --ui-report "$work/report.json" >"$work/out.txt" 2>&1 &
pid=$!
window=$(timeout 20 xdotool search --sync --onlyvisible --name 'PostureLab – week3\.posturelab\.json' | head -n 1)
[[ -n "$window" ]] || fail "the window opened with --scenario does not name the file"
sleep 1.5
xdotool mousemove --window "$window" 720 430
sleep 0.3
xdotool key ctrl+q
wait "$pid" || fail "posturelab exited with $?"
python3 - "$work/report.json" "$saved" <<'PY' || fail "the reopened window is wrong"
import json, sys
report = json.load(open(sys.argv[1]))
assert report["inputs"]["hamstrings"] == 35, "the reopened window does not show the saved inputs"
assert report["scenario_file"] == sys.argv[2], "--scenario did not make the file the open one"
PY
echo "window file test passed"
