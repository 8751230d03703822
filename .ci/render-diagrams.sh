#!/usr/bin/env bash
# Every diagram in processes/ rendered as Camunda Modeler draws it (bpmn-js's viewer in headless
# chromium) to target/diagrams/<file>.png, with a layout report: labels over flows, shapes or other
# labels, flows drawn on the same line, names leaving their boxes (.ci/render-diagrams.js).
# LAYOUT_CHECK=1 makes any reported layout problem fail the step. bpmn-js draws text in Arial; Liberation
# Sans (fonts-liberation, installed with chromium) has the same metrics, so the report is the same on
# machines with either font.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(bpmn-js@18.31.1 puppeteer-core@24.43.1)
TOOLS=target/diagram-render
OUT=target/diagrams

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm) >/dev/null
fi
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$CHROMIUM" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation) >/dev/null
  CHROMIUM="$(command -v chromium)"
fi
export CHROMIUM

mkdir -p "$TOOLS" "$OUT"
# puppeteer-core drives the chromium above; it downloads no browser of its own.
npm install --no-save --no-audit --no-fund --no-package-lock --loglevel=error --prefix "$TOOLS" "${PACKAGES[@]}"

CHECK=()
if [ "${LAYOUT_CHECK:-0}" = 1 ]; then CHECK=(--check); fi
NODE_PATH="$PWD/$TOOLS/node_modules" node .ci/render-diagrams.js "${CHECK[@]}" "$OUT" processes/*.bpmn
