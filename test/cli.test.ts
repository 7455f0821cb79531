import {readFileSync} from 'node:fs';
import test from 'ava';
import meow from 'meow';
import {runCli} from './helpers/run-cli.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};

test('an unknown flag is one line on stderr and exit code 2', t => {
	const {stderr, code, stdout} = runCli(['--bogus']);
	t.is(code, 2);
	t.is(stdout, '');
	t.regex(stderr, /^sitrep: unknown flag --bogus/);
	t.is(stderr.trimEnd().split('\n').length, 1);
});

test('a missing path is one line on stderr and exit code 2', t => {
	const {stderr, code} = runCli(['/no/such/story.txt']);
	t.is(code, 2);
	t.is(stderr, 'sitrep: no such file: /no/such/story.txt\n');
});

test('--json on the bundled story prints the model', t => {
	const {stdout, code} = runCli(['--json']);
	t.is(code, 0);
	const story = JSON.parse(stdout);
	t.true(story.text.startsWith('DUSHANBE, Tajikistan (AP)'));
	t.true(Array.isArray(story.sentences) && story.sentences.length > 10);
});

test('with stdout a pipe and no flag, sitrep prints the summary report', t => {
	const {stdout, code} = runCli([]);
	t.is(code, 0);
	t.regex(stdout, /^SUMMARY$/m);
	t.regex(stdout, /^ENTITIES$/m);
});

test('--search folds letters outside ASCII in the built bundle (any-ascii loads from dist/any-ascii.cjs on first use)', t => {
	const story = 'BERLIN (AP) — Police said on Monday that Jürgen Müller, a guard, was wounded when three inmates escaped from the prison. Müller was taken to hospital.\n\nOfficials said Đorđe Petrović, the prison director, had resigned.\n';
	const muller = runCli(['--search', 'muller', '-'], {input: story});
	t.is(muller.code, 0, muller.stderr);
	t.is(muller.stdout, 'Jürgen Müller\tperson\t2\n');
	const dorde = runCli(['--search', 'dorde petrovic', '-'], {input: story});
	t.is(dorde.stdout, 'Đorđe Petrović\tperson\t1\n');
});

test('--version prints the version from package.json (meow reads it; patches/meow+14.1.0.patch only defers normalizing it)', t => {
	const {stdout, code} = runCli(['--version']);
	t.is(code, 0);
	t.is(stdout, `${packageJson.version}\n`);
});

test('meow still normalizes the package data when it is asked for (the patch loads normalize-package-data then)', t => {
	const cli = meow('', {importMeta: import.meta, flags: {}, argv: []});
	t.is(cli.pkg['_id'], `sitrep@${packageJson.version}`);
});
