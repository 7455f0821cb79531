/**
 * Binary search over a list in which every item for which `before` holds comes first:
 * the index of the first item for which it does not (the list's length when it holds for all).
 * The one sorted look-up behind "the last X at or before an offset" and "the first X after it".
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (before(items[middle]!)) low = middle + 1;
		else high = middle;
	}

	return low;
}
