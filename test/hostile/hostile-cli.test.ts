// Every payload in payloads.ts through the printing outputs: --summary and --search print
// no control characters, and no string in the --json model carries one.
import test from 'ava';
import {runCli} from '../helpers/run-cli.js';
import {plainTextProblems} from './check-output.js';
import {payloads} from './payloads.js';
import {storyFile} from './story-file.js';

/** Strings anywhere in a parsed model. */
function strings(value: unknown, found: string[] = []): string[] {
	if (typeof value === 'string') found.push(value);
	else if (Array.isArray(value)) for (const item of value) strings(item, found);
	else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, found);
	return found;
}

for (const [index, payload] of payloads.entries()) {
	test(`--summary, --json, --search: ${payload.name}`, t => {
		const file = storyFile(payload, index);
		const summary = runCli(['--summary', file]);
		t.is(summary.code, 0, summary.stderr);
		t.deepEqual(plainTextProblems(summary.stdout), []);
		for (const needle of payload.forbidden) t.false(summary.stdout.includes(needle), `--summary printed ${JSON.stringify(needle)}`);
		const json = runCli(['--json', file]);
		t.is(json.code, 0, json.stderr);
		const model = JSON.parse(json.stdout) as {text: string};
		for (const value of strings(model)) t.deepEqual(plainTextProblems(value.replaceAll('\n', ' ')), [], `model string ${JSON.stringify(value.slice(0, 80))}`);
		for (const text of payload.visible ?? []) t.true(model.text.replaceAll('\n', ' ').includes(text), `${JSON.stringify(text)} lost from the model text`);
		const search = runCli(['--search', 'a', file]);
		t.is(search.code, 0, search.stderr);
		t.deepEqual(plainTextProblems(search.stdout.replaceAll('\t', ' ')), []);
	});
}

test('error messages quoting a hostile path print no control characters', t => {
	const result = runCli(['/no/such/\u001B]0;pwned\u0007\u001B[2J.txt']);
	t.is(result.code, 2);
	t.deepEqual(plainTextProblems(result.stderr), []);
	t.regex(result.stderr, /^sitrep: no such file: \/no\/such\/␛\]0;pwned␛\[2J\.txt\n$/);
});
