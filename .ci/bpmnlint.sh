#!/usr/bin/env bash
# The analysts' models as Camunda Modeler checks them: bpmnlint over processes/ with .bpmnlintrc (the
# recommended rules and the Camunda 7.24 compatibility rules), and the element templates against their
# JSON schema. Any lint error or warning, or an invalid template, fails.
set -euo pipefail
cd "$(dirname "$0")/.."

# 12.x of the compatibility plugin does not install here; 2.61.0 has the camunda-platform-7-24 rules.
PACKAGES=(bpmnlint@11.15.0 bpmnlint-plugin-camunda-compat@2.61.0 @bpmn-io/element-templates-validator@2.26.0)
TOOLS=target/model-lint

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm) >/dev/null
fi

mkdir -p "$TOOLS"
npm install --no-save --no-audit --no-fund --no-package-lock --loglevel=error --prefix "$TOOLS" "${PACKAGES[@]}"

echo "bpmnlint: processes/**/*.bpmn"
# bpmnlint finds the plugin named in .bpmnlintrc from the working directory, which is the project root.
NODE_PATH="$PWD/$TOOLS/node_modules" "$TOOLS/node_modules/.bin/bpmnlint" --max-warnings=0 'processes/**/*.bpmn'
echo "bpmnlint: no problems"

echo "element templates: processes/.camunda/element-templates/*.json"
TEMPLATES_VALIDATOR="$PWD/$TOOLS/node_modules/@bpmn-io/element-templates-validator" node - <<'JS'
const { readdirSync, readFileSync } = require('node:fs');
const { validate, validateAll } = require(process.env.TEMPLATES_VALIDATOR);
const folder = 'processes/.camunda/element-templates';
let invalid = 0;
for (const file of readdirSync(folder).filter(f => f.endsWith('.json'))) {
  const templates = JSON.parse(readFileSync(`${folder}/${file}`, 'utf8'));
  const results = Array.isArray(templates) ? validateAll(templates).results : [validate(templates)];
  results.forEach((result, i) => {
    if (!result.valid) {
      invalid++;
      const id = Array.isArray(templates) ? templates[i].id : templates.id;
      console.error(`${file} ${id}:`, JSON.stringify(result.errors.map(e => `${e.dataPath || '/'} ${e.message}`)));
    }
  });
  console.log(`${file}: ${results.length} templates, ${results.filter(r => r.valid).length} valid`);
}
process.exit(invalid ? 1 : 0);
JS
