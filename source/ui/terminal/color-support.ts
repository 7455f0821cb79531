// Whether the dashboard may use colour, and how much. NO_COLOR (https://no-color.org)
// wins over everything: set to any non-empty value it means no colour codes at all.

export type ColorStream = {isTTY?: boolean; getColorDepth?: (env?: Record<string, string | undefined>) => number};

/** 0 none, 1 basic 16, 2 256, 3 truecolor: chalk's levels. */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The environment as Node's colour check should see it. `CI=false` (or 0) says "not a
 * CI", but Node and chalk treat any CI variable as a CI and drop colour; Ink needs CI
 * unset or false to draw interactively. And an empty NO_COLOR does not disable colour
 * (no-color.org), though Node's check treats it as set.
 */
function forColorDepth(env: Record<string, string | undefined>): Record<string, string | undefined> {
	const copy = {...env};
	if (copy.CI !== undefined && ['false', '0', ''].includes(copy.CI.toLowerCase())) delete copy.CI;
	if (copy.NO_COLOR === '') delete copy.NO_COLOR;
	return copy;
}

export function colorLevel(env: Record<string, string | undefined>, stream: ColorStream): ColorLevel {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
	if (env.TERM === 'dumb') return 0;
	if (!stream.isTTY) return 0;
	// Node reads TERM, COLORTERM, FORCE_COLOR and the CI variables for us.
	const depth = typeof stream.getColorDepth === 'function' ? stream.getColorDepth(forColorDepth(env)) : 4;
	if (depth >= 24) return 3;
	if (depth >= 8) return 2;
	if (depth >= 4) return 1;
	return 0;
}

export function supportsColor(env: Record<string, string | undefined>, stream: ColorStream): boolean {
	return colorLevel(env, stream) > 0;
}
