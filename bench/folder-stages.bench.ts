// What reading a folder costs besides parsing: per story, on one thread, warm (a
// second pass over the same 2,000 generated stories), the CPU time of each stage
// the desk's pipeline runs: reading the file, parsing (without and with the
// timeline), building the digest, passing it to the main thread (structured clone,
// what postMessage does), recording it in the desk, and for --json stringifying and
// encoding the line. Also the first pass (cold: V8 still optimising the parser).
// Run: npm run bench -- folder-stages
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {Desk} from '../source/desk/desk.js';
import {digestStory} from '../source/desk/digest.js';
import {listStoryFiles} from '../source/desk/list-folder.js';
import {decodeText, parseStoryText} from '../source/desk/read-story.js';
import {parseStory, parseStoryWithoutTimeline} from '../source/parser/index.js';
import {generateStories} from './desk-story-generator.js';

const root = mkdtempSync(path.join(tmpdir(), 'sitrep-folder-stages-'));
const cpuNow = () => {
	const usage = process.cpuUsage();
	return (usage.user + usage.system) / 1000;
};

try {
	const generated = generateStories(root, 2000);
	const listing = listStoryFiles(root);
	const files = listing.files;
	console.log(`\n### ${files.length} stories, ${(generated.bytes / 1024 / 1024).toFixed(1)} MB (load average ${loadavg().map(value => value.toFixed(1)).join(' ')} on ${availableParallelism()} cores)`);
	const encoder = new TextEncoder();
	const stages = ['read', 'parse (no timeline)', 'parse (full, --json)', 'digest', 'clone digest', 'digest via JSON', 'record digest', 'stringify', 'encode'] as const;
	type Stage = (typeof stages)[number];
	const pass = () => {
		const spent = new Map<Stage, number>(stages.map(stage => [stage, 0]));
		const desk = new Desk(listing);
		let cloneBytes = 0;
		let jsonBytes = 0;
		const time = <T>(stage: Stage, work: () => T): T => {
			const started = performance.now();
			const result = work();
			spent.set(stage, spent.get(stage)! + performance.now() - started);
			return result;
		};

		for (const [index, file] of files.entries()) {
			const raw = time('read', () => decodeText(readFileSync(file)));
			const story = time('parse (no timeline)', () => parseStoryText(raw, {source: file}, parseStoryWithoutTimeline));
			const full = time('parse (full, --json)', () => parseStoryText(raw, {source: file}, parseStory));
			const digest = time('digest', () => digestStory(story));
			const cloned = time('clone digest', () => structuredClone(digest));
			cloneBytes += JSON.stringify(digest).length;
			// The same crossing as one string (a string clones as one copy): stringify in the worker, parse on the main thread.
			time('digest via JSON', () => JSON.parse(JSON.stringify(digest)) as unknown);
			time('record digest', () => {
				desk.recordDigest(index, cloned, raw.length);
			});
			const line = time('stringify', () => JSON.stringify(full) + '\n');
			jsonBytes += time('encode', () => encoder.encode(line)).length;
		}

		return {spent, cloneBytes, jsonBytes};
	};

	const cpuCold = cpuNow();
	const cold = pass();
	const coldCpu = cpuNow() - cpuCold;
	const warmRuns: Array<ReturnType<typeof pass>> = [];
	for (let run = 0; run < 3; run++) warmRuns.push(pass());
	const perStory = (value: number) => `${((value / files.length) * 1000).toFixed(0)} µs`;
	const warmOf = (stage: Stage) => warmRuns.map(run => run.spent.get(stage)!).sort((a, b) => a - b)[1]!;
	const parseWarm = warmOf('parse (no timeline)');
	console.log(`  per story, median of 3 warm passes (share of the digest parse); cold first pass in brackets:`);
	for (const stage of stages) {
		console.log(`    ${stage.padEnd(22)} ${perStory(warmOf(stage)).padStart(8)}  ${((warmOf(stage) / parseWarm) * 100).toFixed(0).padStart(4)} %   (cold ${perStory(cold.spent.get(stage)!)})`);
	}

	console.log(`  digest as JSON: ${(cold.cloneBytes / files.length / 1024).toFixed(1)} KB per story; --json line: ${(cold.jsonBytes / files.length / 1024).toFixed(1)} KB per story (${(cold.jsonBytes / generated.bytes).toFixed(1)}× the story)`);
	console.log(`  cold pass CPU ${coldCpu.toFixed(0)} ms (every stage; the warm passes' median wall ${[...warmRuns.map(run => [...run.spent.values()].reduce((a, b) => a + b, 0))].sort((a, b) => a - b)[1]!.toFixed(0)} ms)`);
} finally {
	rmSync(root, {recursive: true, force: true});
}
