// The sitrep command: parse flags, read the story, hand the model to a printer or the dashboard.
import process from 'node:process';
import meow from 'meow';
import {bundledStoryPath} from './bundled-story.js';
import {InputError} from './cli/errors.js';
import {normalizeLine} from './parser/normalize.js';
import {readStoryFile} from './cli/read-story.js';
import {formatSummaryReport} from './cli/summary-report.js';
import {isFolder} from './cli/is-folder.js';
import {loadDashboard} from './ui/load-dashboard.js';
import {parseInWorker} from './cli/parse-in-worker.js';
import {takeEarlyWorker} from './cli/early-worker.js';
import {dashboardShown} from './cli/dashboard-shown.js';

const cli = meow(
	`
	Usage
	  $ sitrep [path]         open the dashboard (the bundled story when no path is given)
	  $ sitrep <folder>       every .txt and .md story in it (--json prints JSON Lines, one story a line)
	  $ cat story | sitrep -  read the story from standard input (keys come from the terminal)

	Options
	  --json                  print the parsed story model as JSON
	  --summary               print a plain-text situation report
	  --search <query>        print matching entities: name<TAB>type<TAB>mentions
	  --date YYYY-MM-DD       the story's date, to resolve "last Sunday" and the like
	  --help                  show this help
	  --version               show the version

	When standard output is not a terminal, sitrep prints the --summary report.
	Stories over 10 MB are refused. Control characters and bidirectional overrides in
	a story are removed (escape shows as ␛) so a story cannot drive your terminal.
`,
	{
		importMeta: import.meta,
		// meow's own message spans two lines; we report unknown flags ourselves (one line, exit 2).
		allowUnknownFlags: true,
		flags: {
			json: {type: 'boolean', default: false},
			summary: {type: 'boolean', default: false},
			search: {type: 'string'},
			date: {type: 'string'},
		},
	},
);

const knownFlags = new Set(['json', 'summary', 'search', 'date', 'help', 'version']);

function fail(message: string): never {
	// Messages quote paths and file names, which can hold escape sequences too.
	process.stderr.write(`sitrep: ${normalizeLine(message)}\n`);
	process.exit(2);
}

async function main(): Promise<void> {
	const {flags, input} = cli;
	const unknown = Object.keys(cli.unnormalizedFlags).filter(name => !knownFlags.has(name));
	if (unknown.length > 0) throw new InputError(`unknown flag --${unknown[0]} (see sitrep --help)`);
	if (input.length > 1) throw new InputError(`expected one story, got ${input.length} paths`);
	if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw new InputError(`--date wants YYYY-MM-DD, got "${flags.date}"`);
	const path = input[0] ?? bundledStoryPath;
	// The desk, the parser and the search index are imported where they are used: the dashboard
	// of one story, whose parsing worker the launcher started, needs none of them on this thread
	// (the parser's tables alone took ~10 ms to set up at launch).
	if (isFolder(path)) {
		const {runFolder} = await import('./cli/run-folder.js');
		await runFolder(path, flags, takeEarlyWorker());
		return;
	}

	const text = readStoryFile(path);
	const parseOptions = {date: flags.date, source: path};
	if (!flags.json && flags.search === undefined && !flags.summary && process.stdout.isTTY) {
		// The dashboard: the story parses in a worker while Ink's modules load here.
		const parsing = parseInWorker(text, parseOptions);
		const {openKeyboard, startDashboard} = await loadDashboard();
		const story = await parsing.story();
		// `cat story.txt | sitrep -`: the story came on stdin, so keys come from the controlling terminal, if any.
		const keyboard = openKeyboard();
		if (keyboard === null) {
			process.stdout.write(formatSummaryReport(story));
			return;
		}

		const running = startDashboard(story, {stdin: keyboard});
		// Ink drew the first frame in render(), before startDashboard's first await.
		dashboardShown({parsedHere: parsing.parsedHere()});
		await running;
		return;
	}

	// Front matter (title/date/source/url) is read here too, so one file and a folder agree.
	void takeEarlyWorker()?.terminate();
	const {parseStoryText} = await import('./desk/read-story.js');
	const story = parseStoryText(text, parseOptions);
	// `sitrep --summary | head` closes the pipe early: the reader's choice, not a crash.
	const onPipeClosed = (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
	};

	process.stdout.on('error', onPipeClosed);

	if (flags.json) {
		process.stdout.write(JSON.stringify(story, null, 2) + '\n');
		return;
	}

	if (flags.search !== undefined) {
		// Best first, through the same index as the dashboard's entity pane (fzf-style syntax, see source/search/query.ts).
		const {createNameIndex, searchableFromEntity} = await import('./search/index.js');
		const index = createNameIndex(story.entities.map(entity => searchableFromEntity(entity)));
		for (const {item} of index.search(flags.search)) process.stdout.write(`${item.name}\t${item.type}\t${item.mentionCount}\n`);
		return;
	}

	// What is left is --summary, or an output that is not a terminal.
	process.stdout.write(formatSummaryReport(story));
}

try {
	await main();
} catch (error) {
	if (error instanceof InputError) fail(error.message);
	throw error;
}
