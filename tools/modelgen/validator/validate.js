// Runs the Khronos glTF Validator on a .glb; exit 0 when it reports no errors and no warnings,
// 1 otherwise, 77 (CTest skip) when the validator package is not installed.
'use strict';
const fs = require('fs');
const path = require('path');
let validator;
try {
  validator = require('gltf-validator');
} catch (e) {
  console.log('gltf-validator not installed: run `npm ci --prefix tools/modelgen/validator` (skipping)');
  process.exit(77);
}
const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.js MODEL.glb');
  process.exit(2);
}
const bytes = new Uint8Array(fs.readFileSync(file));
validator.validateBytes(bytes, {
  uri: path.basename(file),
  maxIssues: 0,
  externalResourceFunction: () => Promise.reject(new Error('no external resources expected')),
}).then((report) => {
  const i = report.issues;
  console.log(`${file}: ${i.numErrors} errors, ${i.numWarnings} warnings, ${i.numInfos} infos, ${i.numHints} hints`);
  for (const m of i.messages) {
    if (m.severity <= 1) {
      console.log(`  [${m.severity === 0 ? 'error' : 'warning'}] ${m.code} ${m.pointer || ''}: ${m.message}`);
    }
  }
  if (process.env.VALIDATOR_VERBOSE) {
    for (const m of i.messages.filter((x) => x.severity > 1).slice(0, 40)) {
      console.log(`  [info] ${m.code} ${m.pointer || ''}: ${m.message}`);
    }
  }
  process.exit(i.numErrors === 0 && i.numWarnings === 0 ? 0 : 1);
}).catch((error) => {
  console.error(`validation failed: ${error}`);
  process.exit(1);
});
