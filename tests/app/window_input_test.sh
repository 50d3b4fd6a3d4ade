#!/usr/bin/env bash
# Drives the real PostureLab window under a virtual X server with real keyboard and mouse events
# (xdotool through X, received by GLFW), then checks what the interface showed (--ui-report).
# Usage: window_input_test.sh POSTURELAB_EXECUTABLE   (run inside xvfb-run)
set -euo pipefail
app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config   # fresh settings, nothing of the user's touched

fail() { echo "FAIL: $*" >&2; exit 1; }
report_has() { python3 - "$work/report.json" "$@" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
expression = sys.argv[2]
ok = eval(expression, {"r": report, "any": any, "all": all, "len": len})
print(("ok   " if ok else "FAIL ") + expression)
sys.exit(0 if ok else 1)
PY
}

"$app" --ui-report "$work/report.json" >"$work/out.txt" 2>&1 &
pid=$!
window=$(xdotool search --sync --onlyvisible --name '^PostureLab$' | head -n 1)
[[ -n "$window" ]] || fail "no PostureLab window appeared"
sleep 1
# Move the pointer into the window so it has the keyboard focus (no window manager runs here).
xdotool mousemove --window "$window" 720 430
sleep 0.3
xdotool key t              # start the guided tour
sleep 0.5
xdotool key Next Next      # PageDown twice, as a presentation clicker sends
sleep 0.5
xdotool key Prior          # PageUp once: step 2
sleep 0.5
xdotool key ctrl+plus      # larger text
sleep 0.5
xdotool key F11            # presentation mode
sleep 1
xdotool key ctrl+q
wait "$pid" || fail "posturelab exited with $? ($(cat "$work/out.txt"))"

report_has 'r["tour"]["active"] and r["tour"]["step"] == 2'
report_has 'r["presentation"] is True'
report_has 'not any(w["name"] == "##readouts" for w in r["windows"])'
report_has 'any(w["name"] == "##controls" for w in r["windows"])'
report_has 'any(w["name"] == "##article_panel" for w in r["windows"])'
[[ -f "$work/config/posturelab/settings.json" ]] || fail "settings were not saved"
python3 -c "import json,sys; s=json.load(open('$work/config/posturelab/settings.json')); sys.exit(0 if s['font_scale'] > 1.0 else 1)" \
  || fail "the larger text size was not remembered"
echo "ok   settings remembered: $(cat "$work/config/posturelab/settings.json" | tr -d '\n ')"

# Second run: the remembered text size comes back; a click on the anatomy opens a structure card.
"$app" --ui-report "$work/report.json" >"$work/out.txt" 2>&1 &
pid=$!
window=$(xdotool search --sync --onlyvisible --name '^PostureLab$' | head -n 1)
sleep 1.5
# Where the anatomy lies at this window size and text size: the same layout code, headless.
"$app" screenshot --out "$work/probe.png" --size 1440x860 --text-scale 1.125 --ui-report "$work/probe.json" >/dev/null 2>&1
xdotool mousemove --window "$window" 720 430
sleep 0.3
# Click the centre of the region left for the anatomy (the thigh and pelvis are there).
read -r cx cy < <(python3 -c "import json; s=json.load(open('$work/probe.json'))['scene']; print(int(s['x']+s['w']/2), int(s['y']+s['h']/2))")
xdotool mousemove --window "$window" "$cx" "$cy" click 1
sleep 1
# A right click on the same spot opens the structure's menu (an ImGui popup) over the card.
xdotool click 3
sleep 1
xdotool key ctrl+q
wait "$pid" || fail "posturelab exited with $?"
report_has 'r["selected"] != ""'
report_has 'any("structure_card" in w["name"] for w in r["windows"])'
report_has 'any(w["name"].startswith("##Popup") for w in r["windows"])'
echo "window input test passed"
