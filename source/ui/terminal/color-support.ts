// Whether the dashboard may use colour. NO_COLOR (https://no-color.org) wins over
// everything: set to any non-empty value it means no colour codes at all.

export type ColorStream = {isTTY?: boolean; hasColors?: (count?: number, env?: Record<string, string | undefined>) => boolean};

export function supportsColor(env: Record<string, string | undefined>, stream: ColorStream): boolean {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
	if (env.TERM === 'dumb') return false;
	if (!stream.isTTY) return false;
	// Node reads TERM, COLORTERM, FORCE_COLOR and the CI variables for us.
	return typeof stream.hasColors === 'function' ? stream.hasColors(16, env) : true;
}
