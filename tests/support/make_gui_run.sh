#!/bin/sh
# The GUI tests' run file: a real 16-step ROME run on the test world with every schedule on (retention,
# downstream, generation every 4 steps) and a detector tuned so that real steps get flagged (steps 5 and
# 13 with this world). Usage: make_gui_run.sh CLI TEST_WORLD OUT_DIR
set -eu
cli="$1"; world="$2"; out="$3"
rm -rf "$out"
mkdir -p "$out"
"$cli" stats --model "$world/model" --corpus "$world/corpus.txt" --layers 0 --samples 40 --dataset demo_corpus \
    --stats-dir "$out/stats" --quiet >/dev/null
"$cli" run --model "$world/model" --dataset "$world/counterfact.json" --method rome \
    --hparams "$world/hparams/ROME/demo.json" --stats-dir "$out/stats" --db "$out/run.db" --edits 16 \
    --retention-every 4 --downstream "$world" --downstream-every 4 --downstream-per-class 8 --generation-every 4 \
    --detector '{"update_norm_factor": 1.15, "min_history": 3}' --name "gui fixture" --quiet
