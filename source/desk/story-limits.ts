// How big a story file sitrep reads, in one module of its own: the launcher checks it before it loads the parser.

/**
 * The largest story sitrep reads: 10 MiB. Real wire stories are a few KB; a 10 MB single line still opens, but
 * peaks at ~670 MB to parse and lay out (test/hostile/big-input.test.ts logs it), and one parse holds the thread it
 * runs on for seconds. A bigger file in a folder (a log, a dump saved as .txt) is skipped and counted, unread.
 */
export const maxStoryBytes = 10 * 1024 * 1024;
export const tooBigReason = 'over 10 MB';
