// Lints each named service's stored OpenAPI document (../<service>/target/openapi/openapi.yaml) with .spectral.yaml:
// prints the findings, writes them to target/spectral/<service>.txt, and exits 1 if any document has an error or is
// missing. Usage (from this directory): node lint.mjs case-service victim-service ...
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const services = process.argv.slice(2);
if (services.length === 0) {
  console.error('Name the services to lint, e.g. node lint.mjs case-service');
  process.exit(2);
}
mkdirSync('target/spectral', { recursive: true });
const failed = [];
for (const service of services) {
  const document = `../${service}/target/openapi/openapi.yaml`;
  if (!existsSync(document)) {
    console.error(`${document} is missing: build ${service} first`);
    failed.push(service);
    continue;
  }
  const lint = spawnSync('node_modules/.bin/spectral', ['lint', document, '--ruleset', '.spectral.yaml',
    '--fail-severity', 'error', '--format', 'stylish', '--format', 'text',
    '--output.text', `target/spectral/${service}.txt`], { stdio: 'inherit' });
  if (lint.status !== 0) {
    failed.push(service);
  }
}
if (failed.length > 0) {
  console.error(`API quality gate failed for: ${failed.join(', ')} (reports in target/spectral)`);
  process.exit(1);
}
